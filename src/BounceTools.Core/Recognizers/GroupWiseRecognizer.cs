using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using BounceTools.Parsing;
using BounceTools.Recognizers.Providers;
using BounceTools.Recognizers.Text;

namespace BounceTools.Recognizers;

/// <summary>
/// Novell/Micro Focus GroupWise Internet Agent, in its two layouts. "The message that you sent was
/// undeliverable to the following:" heads "user@example.org (reason)" lines ("... has not yet been
/// delivered to the following:" while it keeps trying). "Message status -
/// undeliverable" says "The attached file had the following undeliverable recipient(s):" over the
/// bare addresses, then "Transcript of session follows:" with "Command: RCPT TO:&lt;a&gt;" and
/// "Response: 550 ..." pairs, each response being the reply to the command above it.
/// </summary>
internal sealed class GroupWiseRecognizer : IFormatRecognizer
{
    private const string AnnotatedListMarker = "undeliverable to the following:";
    private const string DelayedListMarker = "has not yet been delivered to the following:";
    private const string RecipientListMarker = "had the following undeliverable recipient";
    private const string HostNote = "host:";
    private const string QueueNote = "queue:";

    private static readonly Regex CommandLine = TextPatterns.Create(
        @"^\s*Command:\s*(?<command>[a-z]+)\b[^<\r\n]*(?:<(?<address>" + TextPatterns.Address + @")>)?");
    private static readonly Regex ResponseLine = TextPatterns.Create(@"^\s*Response:\s*(?<text>\S.*?)\s*$");

    public string Format => "GroupWise";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        var text = NoticeText.Of(message);
        if (text.IndexOf(AnnotatedListMarker, StringComparison.OrdinalIgnoreCase) < 0 &&
            text.IndexOf(DelayedListMarker, StringComparison.OrdinalIgnoreCase) < 0 &&
            text.IndexOf(RecipientListMarker, StringComparison.OrdinalIgnoreCase) < 0)
            return false;
        var lines = BodyLines.OfNotice(message);
        var annotated = lines.IndexOf(AnnotatedListMarker);
        if (annotated >= 0)
            return ReadAnnotated(message, draft, AnnotatedAddressList.Read(lines, annotated + 1, localParts: true), "failed");
        var delayed = lines.IndexOf(DelayedListMarker);
        if (delayed >= 0)
            return ReadAnnotated(message, draft, AnnotatedAddressList.Read(lines, delayed + 1, localParts: true), "delayed");
        var listed = lines.IndexOf(RecipientListMarker);
        if (listed < 0)
            return false;
        var entries = AddressEntries.Read(lines, listed + 1, IsTranscriptHeading);
        var commands = ReadTranscript(lines, listed + 1, entries);
        if (!NoticeReader.Read(message, draft, entries))
            return false;
        foreach (var recipient in draft.Recipients)
            if (recipient.SmtpCommand.Length == 0 && commands.TryGetValue(recipient.Recipient, out var command))
                recipient.SmtpCommand = command;
        return true;
    }

    /// <summary>"(host: mx.example.org) (queue: example.org)" names the server that refused, not why: the reply follows below.</summary>
    private static bool ReadAnnotated(BounceMessage message, BounceDraft draft, List<AddressEntry> entries, string action)
    {
        var hosts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries)
        {
            if (entry.Lines.Find(line => line.StartsWith(HostNote, StringComparison.OrdinalIgnoreCase)) is { } host)
                hosts[entry.Address] = host.Substring(HostNote.Length).Trim();
            entry.Lines.RemoveAll(line => line.StartsWith(HostNote, StringComparison.OrdinalIgnoreCase) || line.StartsWith(QueueNote, StringComparison.OrdinalIgnoreCase));
        }
        if (!NoticeReader.Read(message, draft, entries, action))
            return false;
        foreach (var recipient in draft.Recipients)
            if (recipient.RemoteMta.Length == 0 && hosts.TryGetValue(recipient.Recipient, out var remote))
                recipient.RemoteMta = remote;
        return true;
    }

    /// <summary>Gives each listed recipient the response to the command that named it; returns the commands by address.</summary>
    private static Dictionary<string, string> ReadTranscript(BodyLines lines, int start, List<AddressEntry> entries)
    {
        var commands = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        AddressEntry? current = null;
        for (var i = start; i < lines.Count; i++)
        {
            if (CommandLine.SafeMatch(lines[i]) is { Success: true } command)
            {
                var address = command.Groups["address"].Value;
                current = address.Length > 0 ? entries.Find(entry => string.Equals(entry.Address, address, StringComparison.OrdinalIgnoreCase)) : null;
                if (current != null)
                    commands[current.Address] = command.Groups["command"].Value.ToUpperInvariant();
            }
            else if (current != null && ResponseLine.SafeMatch(lines[i]) is { Success: true } response)
            {
                current.Lines.Clear();
                current.Lines.Add(response.Groups["text"].Value);
            }
        }
        return commands;
    }

    private static bool IsTranscriptHeading(string line) => line.IndexOf("Transcript of session", StringComparison.OrdinalIgnoreCase) >= 0;
}
