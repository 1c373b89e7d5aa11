using System.Text.RegularExpressions;
using BounceTools.Parsing;
using BounceTools.Recognizers.Text;

namespace BounceTools.Recognizers.Providers;

/// <summary>
/// CommuniGate Pro: each failed recipient is "Failed to deliver to '&lt;address&gt;'", then the
/// module that failed and its words: "SMTP module(domain example.net) reports:", " host
/// mx.example.net says:", " 550 5.1.1 ..." for a remote refusal; "LOCAL module(account lars)
/// reports:", " account is full" or "ROUTER module reports:", " unknown user account" for its own.
/// Those words are the diagnostic (its delivery-status part, when sent, often has none), and the
/// host that said them is the remote MTA.
/// </summary>
internal sealed class CommuniGateRecognizer : IFormatRecognizer
{
    private static readonly NoticeLayout Layout = new(
        start: null,
        recipient: TextPatterns.Create(@"^\s*Failed to deliver to '<?(?<address>" + TextPatterns.Address + @")>?'\s*$"),
        end: null);

    private static readonly Regex Module = TextPatterns.Create(@"^[A-Z]+ module(?:\([^)]*\))? reports:$");
    private static readonly Regex HostSays = TextPatterns.Create(@"^host (?<host>[\w.\-]+)(?: \[[^\]]*\])? says:$");

    public string Format => "CommuniGate";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        var entries = NoticeScanner.Scan(message.BodyText, Layout);
        if (entries.Count == 0 || !Module.SafeIsMatch(entries[0].Lines.Count > 0 ? entries[0].Lines[0] : string.Empty))
            return false;
        return NoticeScanner.Read(message, draft, entries, KeepModuleWords, (recipient, host) =>
        {
            if (recipient.RemoteMta.Length == 0)
                recipient.RemoteMta = host;
        });
    }

    /// <summary>Drops the module and host lines from the entry's text; returns the host that answered, if one did.</summary>
    private static string KeepModuleWords(AddressEntry entry)
    {
        var host = string.Empty;
        entry.Lines.RemoveAll(line =>
        {
            var says = HostSays.SafeMatch(line);
            if (says.Success)
                host = says.Groups["host"].Value;
            return says.Success || Module.SafeIsMatch(line);
        });
        return host;
    }
}
