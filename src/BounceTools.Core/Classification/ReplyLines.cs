using System.Text.RegularExpressions;

namespace BounceTools.Classification;

/// <summary>
/// A multi-line SMTP reply repeats its codes at the head of every line ("550-5.7.1 The IP you're
/// using to send mail is not authorized to 550-5.7.1 send email directly ... 550 5.7.1 https://...").
/// Once the lines are joined into one diagnostic, the repeats cut the server's sentences apart, so
/// phrases are matched against the text with them taken out.
/// </summary>
internal static class ReplyLines
{
    private static readonly Regex Head = new CoreRegex(
        @"^\s*(?<reply>[245]\d\d)-(?<status>[245]\.\d{1,3}\.\d{1,3}(?=\s))?",
        RegexOptions.CultureInvariant);

    public static string Unfold(string text)
    {
        if (text.Length < 4 || text.IndexOf('-') < 0)
            return text;
        Match head;
        try
        {
            head = Head.Tiered().Match(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return text;
        }
        if (!head.Success)
            return text;

        var reply = head.Groups["reply"].Value;
        var rest = text.Substring(head.Length);
        if (head.Groups["status"].Success)
        {
            var status = head.Groups["status"].Value;
            rest = rest.Replace(" " + reply + "-" + status + " ", " ").Replace(" " + reply + " " + status + " ", " ");
        }
        else
        {
            rest = rest.Replace(" " + reply + "-", " ");
        }
        return text.Substring(0, head.Length) + rest;
    }
}
