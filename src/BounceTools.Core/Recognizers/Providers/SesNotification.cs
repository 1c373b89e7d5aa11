using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace BounceTools.Recognizers.Providers;

/// <summary>One recipient of an Amazon SES event notification, with the fields SES gives it.</summary>
internal sealed class SesRecipient
{
    public Dictionary<string, string> Fields { get; } = new(System.StringComparer.OrdinalIgnoreCase);

    public string this[string name] => Fields.TryGetValue(name, out var value) ? value : string.Empty;
}

/// <summary>
/// Reads the JSON that Amazon SES sends through SNS for bounces, complaints and deliveries,
/// either bare or wrapped as the escaped "Message" string of an SNS envelope. The objects it
/// needs (bouncedRecipients, complainedRecipients, delivery) hold only flat string fields, so a
/// small scanner does; no JSON library is needed on netstandard2.0.
/// </summary>
internal sealed class SesNotification
{
    // SNS notifications name the kind "notificationType"; configuration sets publishing events name it "eventType".
    private static readonly Regex Type = TextPatterns.Create(@"""(?:notificationType|eventType)""\s*:\s*""(?<type>\w+)""");
    private static readonly Regex Field = TextPatterns.Create(@"""(?<name>\w+)""\s*:\s*(?:""(?<value>(?:[^""\\]|\\.)*)""|(?<value>[\d.\-]+|true|false|null))");
    // Strings may hold brackets and braces: Exchange ends its replies with "[host timestamp]".
    private static readonly Regex FlatObject = TextPatterns.Create(@"\{(?:[^{}\[\]""]|""(?:[^""\\]|\\.)*"")*\}");
    private static readonly Regex Folded = TextPatterns.Create(@"!\r?\n ");
    private static readonly Regex StringItem = TextPatterns.Create(@"""(?<value>(?:[^""\\]|\\.)*)""");

    private SesNotification(string type, string json)
    {
        NotificationType = type;
        Json = json;
    }

    /// <summary>"Bounce", "Complaint", "Delivery" or "DeliveryDelay".</summary>
    public string NotificationType { get; }

    private string Json { get; }

    public static SesNotification? Parse(string body)
    {
        // Sendmail breaks a line longer than SMTP allows with "!", a line break and a space;
        // the JSON of a notification is one long line.
        var json = Folded.SafeReplace(body, string.Empty);
        // An SNS envelope carries the SES event as a JSON string: unescape it once.
        if (json.IndexOf("\\\"notificationType\\\"", System.StringComparison.Ordinal) >= 0 || json.IndexOf("\\\"eventType\\\"", System.StringComparison.Ordinal) >= 0)
            json = Unescape(json);
        var type = Type.SafeMatch(json);
        return type.Success ? new SesNotification(type.Groups["type"].Value, json) : null;
    }

    /// <summary>The flat objects of a named array, such as "bouncedRecipients".</summary>
    public List<SesRecipient> Objects(string arrayName)
    {
        var list = new List<SesRecipient>();
        foreach (Match item in TextPatterns.SafeMatches(FlatObject, ArrayText(arrayName)))
        {
            var recipient = new SesRecipient();
            foreach (Match field in TextPatterns.SafeMatches(Field, item.Value))
                recipient.Fields[field.Groups["name"].Value] = Unescape(field.Groups["value"].Value);
            list.Add(recipient);
        }
        return list;
    }

    /// <summary>The strings of a named array, such as the delivery's "recipients".</summary>
    public List<string> Strings(string arrayName)
    {
        var list = new List<string>();
        foreach (Match item in TextPatterns.SafeMatches(StringItem, ArrayText(arrayName)))
            list.Add(Unescape(item.Groups["value"].Value));
        return list;
    }

    /// <summary>The first string value of a field anywhere in the event, such as "bounceType".</summary>
    public string Value(string name)
    {
        foreach (Match field in TextPatterns.SafeMatches(Field, Json))
            if (field.Groups["name"].Value == name)
                return Unescape(field.Groups["value"].Value);
        return string.Empty;
    }

    private string ArrayText(string name)
    {
        var key = Json.IndexOf("\"" + name + "\"", System.StringComparison.Ordinal);
        var open = key < 0 ? -1 : Json.IndexOf('[', key);
        if (open < 0)
            return string.Empty;
        var depth = 0;
        var inString = false;
        for (var i = open; i < Json.Length; i++)
        {
            var c = Json[i];
            if (inString)
            {
                if (c == '\\') i++;
                else if (c == '"') inString = false;
            }
            else if (c == '"') inString = true;
            else if (c == '[') depth++;
            else if (c == ']' && --depth == 0)
                return Json.Substring(open + 1, i - open - 1);
        }
        return string.Empty;
    }

    private static string Unescape(string text)
    {
        if (text.IndexOf('\\') < 0)
            return text;
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c != '\\' || i + 1 == text.Length)
            {
                result.Append(c);
                continue;
            }
            var next = text[++i];
            switch (next)
            {
                case 'n': result.Append('\n'); break;
                case 'r': result.Append('\r'); break;
                case 't': result.Append('\t'); break;
                case 'u' when i + 4 < text.Length && int.TryParse(text.Substring(i + 1, 4), System.Globalization.NumberStyles.HexNumber, null, out var code):
                    result.Append((char)code);
                    i += 4;
                    break;
                default: result.Append(next); break;
            }
        }
        return result.ToString();
    }
}
