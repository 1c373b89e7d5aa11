using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;
using BounceTools.Parsing;

namespace BounceTools.Recognizers.Providers;

/// <summary>A recipient named in a plain-text notice and the server text that follows it.</summary>
internal sealed class NoticeEntry
{
    public NoticeEntry(string address, string diagnostic)
    {
        Address = address;
        Diagnostic = diagnostic;
    }

    public string Address { get; }
    public string Diagnostic { get; set; }
}

/// <summary>
/// The line patterns of one plain-text notice: where the recipient list starts, what a recipient
/// line looks like (group "address", optionally group "text" for server text on the same line),
/// and where the notice ends (typically the line that introduces the returned message).
/// </summary>
internal sealed class NoticeLayout
{
    public NoticeLayout(Regex? start, Regex recipient, Regex? end)
    {
        Start = start;
        Recipient = recipient;
        End = end;
    }

    public Regex? Start { get; }
    public Regex Recipient { get; }
    public Regex? End { get; }
}

/// <summary>
/// Reads the recipients of a plain-text notice laid out as "recipient line, then lines of server
/// text", which is how most providers and filters word their bounces. A recipient named twice
/// (notices that repeat themselves in a second language) is kept once, with its first text.
/// </summary>
internal static class NoticeScanner
{
    public static List<NoticeEntry> Scan(string text, NoticeLayout layout)
    {
        var entries = new List<NoticeEntry>();
        var seen = new HashSet<string>();
        var started = layout.Start == null;
        NoticeEntry? current = null;
        var diagnostic = new StringBuilder();

        void Close()
        {
            if (current != null && diagnostic.Length > 0)
                current.Diagnostic = (current.Diagnostic + " " + diagnostic).Trim();
            current = null;
            diagnostic.Clear();
        }

        foreach (var line in TextLines.Split(text))
        {
            if (!started)
            {
                started = layout.Start!.SafeIsMatch(line);
                continue;
            }
            if (layout.End != null && layout.End.SafeIsMatch(line))
                break;

            var match = layout.Recipient.SafeMatch(line);
            if (match.Success)
            {
                Close();
                var address = AddressField.Parse(match.Groups["address"].Value);
                if (address.Length == 0 || !seen.Add(address))
                    continue;
                current = new NoticeEntry(address, match.Groups["text"].Value.Trim());
                entries.Add(current);
                continue;
            }
            if (current != null && line.Trim().Length > 0)
                diagnostic.Append(' ').Append(line.Trim());
        }
        Close();
        return entries;
    }
}

/// <summary>Turns scanned notice entries into draft recipients.</summary>
internal static class NoticeDraft
{
    /// <summary>Adds one recipient per entry; the SMTP command is read from its text. False when there is none.</summary>
    public static bool AddAll(BounceDraft draft, IEnumerable<NoticeEntry> entries, string action = "failed")
    {
        foreach (var entry in entries)
        {
            var recipient = draft.AddRecipient(entry.Address);
            recipient.Action = action;
            recipient.DiagnosticCode = entry.Diagnostic;
            recipient.SmtpCommand = SmtpCommandText.Find(entry.Diagnostic);
        }
        return draft.Recipients.Count > 0;
    }
}
