using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using BounceTools.Parsing;
using BounceTools.Recognizers.Providers;
using BounceTools.Recognizers.Text;

namespace BounceTools.Recognizers;

/// <summary>
/// Exim: "The following address(es) failed:" (or, in a delay warning, "The address to which the message
/// has not yet been delivered is:", "The addresses ... are:") followed by indented "address / reason" paragraphs,
/// with or without a delivery-status part (older Exim sends text only). X-Failed-Recipients names
/// the failed addresses even when the text shows a pipe or file delivery instead, or is translated.
/// </summary>
internal sealed class EximRecognizer : IFormatRecognizer
{
    private static readonly string[] ListMarkers = { "address(es) failed", "address(es) deferred", "incorrectly constructed", "not yet been delivered is:", "not yet been delivered are:", ErrorGiven };
    // A message refused by local_scan gets no list, only "The following error was given:" and the error.
    private const string ErrorGiven = "The following error was given:";
    private static readonly Func<string, bool> EndOfList = AddressEntries.StopAt("------ This is a copy", "------ The body of the message", "The following text was generated");
    private const string OriginalMarker = "------ This is a copy";

    public string Format => "Exim";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        var failedHeader = message.Header("X-Failed-Recipients");
        var text = NoticeText.Of(message);
        if (failedHeader == null && !LooksLikeExim(message, text))
            return false;

        var lines = BodyLines.OfNotice(message);
        var failed = NoticeHeaders.FailedRecipients(message);
        var at = lines.IndexOfAny(ListMarkers);
        var translated = at < 0;
        if (translated)
            at = FirstListedLine(lines, failed) - 1;
        if (at < 0)
            return false;
        var deferred = lines[at].IndexOf("deferred", StringComparison.OrdinalIgnoreCase) >= 0 ||
                       lines[at].IndexOf("not yet been delivered", StringComparison.OrdinalIgnoreCase) >= 0;
        var entries = AddressEntries.Read(lines, at + 1, translated ? AnyDivider : EndOfList);
        // A translated template may give the reason in words under the address and quote the reply further down.
        if (translated)
            EntryDiagnostics.TakeDetailLines(entries, lines);
        NoticeReader.Read(message, draft, entries, deferred ? "delayed" : "failed");
        var localDeliveries = draft.Recipients.FindAll(r => !IsMailAddress(r.Recipient));
        draft.Recipients.RemoveAll(r => !IsMailAddress(r.Recipient));

        foreach (var address in failed)
            if (EntryMerge.Find(draft, address) == null)
                EntryMerge.Fill(AddRecipient(draft, address, deferred), failed.Count == 1 ? OnlyRecipientText(lines, at) : string.Empty);
        TakeLocalDeliveryStatus(draft, localDeliveries);
        ReadParents(lines, at, draft, deferred, underLocalDeliveriesOnly: draft.Recipients.Count > 0);
        if (draft.Recipients.Count == 0)
            ReadMalformed(lines, at, draft);
        if (draft.Recipients.Count == 0 && lines[at].IndexOf(ErrorGiven, StringComparison.OrdinalIgnoreCase) >= 0)
            ReadNamedInError(lines, at, draft);
        AddGeneratedText(lines, draft);
        if (draft.Original == OriginalMessage.None)
            draft.Original = NoticeReader.OriginalAfter(lines, OriginalMarker);
        return draft.Recipients.Count > 0;
    }

    // A site may translate the notice (bounce_message_file); the layout stays: each failed address of
    // X-Failed-Recipients (or the pipe or file it was delivered to) indented on a line of its own, its error
    // below, and a "------ ..." divider before the copy.
    private static readonly Func<string, bool> AnyDivider = AddressEntries.StopAt("------ ");

    private static int FirstListedLine(BodyLines lines, List<string> failed)
    {
        for (var i = 1; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Length == 0 || !char.IsWhiteSpace(line[0]) || AnyDivider(line))
                continue;
            var text = line.Trim();
            if (IsLocalDelivery(text))
                return i;
            foreach (var address in failed)
                if (text.Equals(address, StringComparison.OrdinalIgnoreCase) || text.StartsWith(address + ":", StringComparison.OrdinalIgnoreCase))
                    return i;
        }
        return -1;
    }

    // The pipe or file a local delivery went to, listed in place of the address (in any language the site chose for the notice).
    private static bool IsLocalDelivery(string text) =>
        text.StartsWith("pipe to |", StringComparison.Ordinal) || text.StartsWith("save to /", StringComparison.Ordinal);

    // Exim names the messages it writes itself "E" and its message id: "<E1TVzQE-0003uW-ED@mx.example.org>",
    // since 4.97 with a longer middle part ("<E1rSxYz-00000004Rb2-3tQa@mx.example.org>").
    private static readonly Regex EximMessageId = TextPatterns.Create(@"^\s*<E[0-9A-Za-z]{6}-[0-9A-Za-z]{6,11}-[0-9A-Za-z]{2,4}@");

    // Exim opens a bounce with the first sentence; the others open the notices it writes about a message it refused
    // on arrival (moan.c), which carry no X-Failed-Recipients: a malformed recipient list, a local_scan or ACL rejection.
    private static readonly string[] OwnWords =
    {
        "This message was created automatically by mail delivery software",
        "A message that you sent contained one or more recipient addresses that were",
        "A message that you sent was rejected by the local ",
    };

    private static bool LooksLikeExim(BounceMessage message, string text) =>
        NoticeText.ContainsAny(text, OwnWords, StringComparison.OrdinalIgnoreCase) ||
        (message.RawHeader("Received") ?? string.Empty).IndexOf("Exim", StringComparison.Ordinal) >= 0 ||
        (message.RawHeader("Message-Id") ?? string.Empty).IndexOf("eximdsn", StringComparison.OrdinalIgnoreCase) >= 0 ||
        EximMessageId.SafeIsMatch(message.RawHeader("Message-Id") ?? string.Empty);

    private static RecipientDraft AddRecipient(BounceDraft draft, string address, bool deferred)
    {
        var recipient = draft.AddRecipient(address);
        recipient.Action = deferred ? "delayed" : "failed";
        return recipient;
    }

    // A pipe or file delivery ("pipe to |/usr/bin/filter", "save to /var/mail/x") is listed instead of the
    // address; with a single failed recipient the whole failure block is about it, including what the
    // program wrote ("The following text was generated during the delivery attempt:" under a
    // "------ pipe to |/usr/bin/filter ... ------" heading). A MIME boundary or the returned message ends it.
    private static string OnlyRecipientText(BodyLines lines, int at)
    {
        var parts = new List<string>();
        for (var i = at + 1; i < lines.Count && !lines[i].StartsWith(OriginalMarker, StringComparison.OrdinalIgnoreCase) && !IsBoundary(lines[i]); i++)
            if (!string.IsNullOrWhiteSpace(lines[i]))
                parts.Add(lines[i].Trim());
        return string.Join(" ", parts);
    }

    private static bool IsBoundary(string line) =>
        line.StartsWith("--", StringComparison.Ordinal) && !line.StartsWith("------ ", StringComparison.Ordinal);

    private const string GeneratedTextIntro = "The following text was generated during the delivery attempt";

    // What a local delivery program wrote follows the list, under a heading naming the address it was run for
    // ("------ a@example.org ------", "------ pipe to |/usr/bin/filter\n generated by a@example.org ------"):
    // it says why "local delivery failed" ("Quota exceeded (mailbox for user is full)").
    private static void AddGeneratedText(BodyLines lines, BounceDraft draft)
    {
        var at = lines.IndexOf(GeneratedTextIntro);
        if (at < 0)
            return;
        RecipientDraft? current = null;
        var output = new List<string>();
        for (var i = at + 1; i < lines.Count && !lines[i].StartsWith(OriginalMarker, StringComparison.OrdinalIgnoreCase) && !IsBoundary(lines[i]); i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith("------ ", StringComparison.Ordinal))
            {
                AppendOutput(current, output);
                var heading = line;
                while (!heading.EndsWith("------", StringComparison.Ordinal) && i + 1 < lines.Count && !string.IsNullOrWhiteSpace(lines[i + 1]))
                    heading += " " + lines[++i].Trim();
                current = EntryMerge.Find(draft, AddressText.Find(heading));
            }
            else if (line.Length > 0)
            {
                output.Add(line);
            }
        }
        AppendOutput(current, output);
    }

    private static void AppendOutput(RecipientDraft? recipient, List<string> output)
    {
        if (recipient != null && output.Count > 0)
        {
            var text = string.Join(" ", output);
            if (recipient.DiagnosticCode.IndexOf(text, StringComparison.OrdinalIgnoreCase) < 0)
                recipient.DiagnosticCode = recipient.DiagnosticCode.Length == 0 ? text : recipient.DiagnosticCode + " " + text;
        }
        output.Clear();
    }

    // The delivery-status part names the pipe or file ("Final-Recipient: rfc822;|/usr/bin/filter"); when it
    // is the only one and one address failed, its Status is that address's.
    private static void TakeLocalDeliveryStatus(BounceDraft draft, List<RecipientDraft> localDeliveries)
    {
        if (localDeliveries.Count == 1 && draft.Recipients.Count == 1 && draft.Recipients[0].Status.Length == 0)
            draft.Recipients[0].Status = localDeliveries[0].Status;
    }

    // "an undisclosed address (generated from a@example.org)", "|/usr/bin/filter generated by a@example.org":
    // a hidden child or a pipe is listed with the address it was expanded from, which is the recipient.
    // Beside recipients listed by their addresses, only a pipe's or file's parent is one.
    private static void ReadParents(BodyLines lines, int at, BounceDraft draft, bool deferred, bool underLocalDeliveriesOnly)
    {
        for (var i = at + 1; i < lines.Count && !EndOfList(lines[i]); i++)
        {
            if (underLocalDeliveriesOnly && !IsLocalDelivery(lines[i - 1].Trim()))
                continue;
            var line = lines[i].Trim().TrimStart('(');
            if (!line.StartsWith("generated from ", StringComparison.OrdinalIgnoreCase) && !line.StartsWith("generated by ", StringComparison.OrdinalIgnoreCase))
                continue;
            var address = AddressText.Find(line);
            // X-Failed-Recipients may have named the parent already, without its error.
            var named = address.Length == 0 ? null : EntryMerge.Find(draft, address);
            if (address.Length == 0 || named?.DiagnosticCode.Length > 0)
                continue;
            // The pipe or file above the address is part of what failed: "pipe to |/usr/bin/filter ... local delivery failed".
            var reason = new List<string>();
            if (IsLocalDelivery(lines[i - 1].Trim()))
                reason.Add(lines[i - 1].Trim());
            // The next failed address, indented less than "generated by", starts the next entry.
            var indent = AddressEntries.IndentOf(lines[i]);
            for (var j = i + 1; j < lines.Count && !string.IsNullOrWhiteSpace(lines[j]) && !EndOfList(lines[j]) && AddressEntries.IndentOf(lines[j]) >= indent; j++)
                reason.Add(lines[j].Trim());
            EntryMerge.Fill(named ?? AddRecipient(draft, address, deferred), string.Join(" ", reason));
        }
    }

    // "Local mailbox a@example.org is unavailable: user not found": the error names the recipient it refused.
    private static void ReadNamedInError(BodyLines lines, int at, BounceDraft draft)
    {
        var error = OnlyRecipientText(lines, at);
        var address = AddressText.Find(error);
        if (address.Length > 0)
            EntryMerge.Fill(AddRecipient(draft, address, deferred: false), error);
    }

    // "<a@example.org> may not follow b@example.org": Exim's wording for a malformed recipient list.
    private static void ReadMalformed(BodyLines lines, int at, BounceDraft draft)
    {
        for (var i = at + 1; i < lines.Count && !EndOfList(lines[i]); i++)
        {
            var cut = lines[i].IndexOf("malformed address:", StringComparison.OrdinalIgnoreCase);
            if (cut < 0)
                continue;
            var reason = lines[i].Substring(cut);
            // A mail client that wrapped the long line moved the address to the next one.
            if (AddressText.Find(reason).Length == 0 && i + 1 < lines.Count)
                reason += " " + lines[i + 1].Trim();
            var address = AddressText.Find(reason);
            if (address.Length > 0)
                AddRecipient(draft, address, deferred: false).DiagnosticCode = (lines[i].Substring(0, cut) + reason).Trim();
        }
    }

    // A pipe or file a local delivery went to may hold blanks and an "@" in its arguments; a quoted local part ("g. hoffmann"@example.com) holds blanks too.
    private static bool IsMailAddress(string address) =>
        address.IndexOf('@') > 0 && (address.IndexOf(' ') < 0 || address[0] == '"') && address[0] != '|' && address[0] != '/';
}
