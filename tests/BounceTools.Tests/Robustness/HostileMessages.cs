using System.Text;

namespace BounceTools.Tests.Robustness;

/// <summary>Builds hostile and extreme messages around a minimal RFC 3464 report.</summary>
internal static class HostileMessages
{
    public const string Recipient = "jane@example.org";

    public static string RecipientBlock(string address = Recipient, string diagnostic = "smtp; 550 5.1.1 user unknown") =>
        $"Final-Recipient: rfc822; {address}\r\nAction: failed\r\nStatus: 5.1.1\r\nDiagnostic-Code: {diagnostic}\r\n";

    /// <summary>A multipart/report whose delivery-status part holds the given recipient blocks.</summary>
    public static string Report(string recipientBlocks, string extraHeaders = "") =>
        "From: MAILER-DAEMON@example.com\r\nTo: sender@example.com\r\nSubject: Undelivered\r\n" + extraHeaders +
        "MIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n" +
        "--b\r\nContent-Type: text/plain\r\n\r\nDelivery failed.\r\n\r\n" +
        "--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example.com\r\n\r\n" +
        recipientBlocks + "\r\n--b--\r\n";

    public static string Report() => Report(RecipientBlock());

    /// <summary>The report wrapped in <paramref name="levels"/> levels of multipart/mixed.</summary>
    public static string Nested(int levels)
    {
        var text = new StringBuilder("From: a@example.com\r\nMIME-Version: 1.0\r\n");
        for (var i = 0; i < levels; i++)
            text.Append($"Content-Type: multipart/mixed; boundary=\"n{i}\"\r\n\r\n--n{i}\r\n");
        text.Append("Content-Type: text/plain\r\n\r\ninnermost\r\n");
        for (var i = levels - 1; i >= 0; i--)
            text.Append($"--n{i}--\r\n");
        return text.ToString();
    }

    /// <summary>A message that attaches a message that attaches a message, <paramref name="levels"/> deep.</summary>
    public static string NestedMessages(int levels) =>
        string.Concat(Enumerable.Repeat("From: a@example.com\r\nContent-Type: message/rfc822\r\n\r\n", levels)) +
        "From: a@example.com\r\n\r\ninnermost\r\n";

    /// <summary>A Diagnostic-Code folded over <paramref name="lines"/> lines.</summary>
    public static string LongDiagnostic(int lines)
    {
        var diagnostic = new StringBuilder("smtp; 550 5.1.1 user unknown");
        for (var i = 0; i < lines; i++)
            diagnostic.Append("\r\n    continuation line ").Append(i);
        return Report(RecipientBlock(diagnostic: diagnostic.ToString()));
    }

    public static string LongHeaderLine(int length) =>
        Report(RecipientBlock(), "X-Long: " + new string('x', length) + "\r\n");

    /// <summary>A header field of about <paramref name="length"/> bytes folded every few characters.</summary>
    public static string FoldedField(int length) =>
        "X-Folded: x" + string.Concat(Enumerable.Repeat("\r\n x", length / 4)) + "\r\n";

    /// <summary>A report that carries <paramref name="field"/> at one of the places MimeKit reads headers.</summary>
    public static string WithHeaderField(string field, string place) => place switch
    {
        "message" => Report(RecipientBlock(), field),
        "part" => Report().Replace("--b\r\nContent-Type: text/plain\r\n", "--b\r\n" + field + "Content-Type: text/plain\r\n"),
        "attached message" => Report().Replace("\r\n--b--\r\n", "\r\n--b\r\nContent-Type: message/rfc822\r\n\r\n" + field + "Subject: x\r\n\r\nbody\r\n--b--\r\n"),
        "attached message after blank lines" => Report().Replace("\r\n--b--\r\n", "\r\n--b\r\nContent-Type: message/rfc822\r\n\r\n\r\n\r\n" + field + "\r\nbody\r\n--b--\r\n"),
        _ => throw new ArgumentOutOfRangeException(nameof(place)),
    };

    public static string Recipients(int count) =>
        Report(string.Concat(Enumerable.Range(0, count).Select(i => RecipientBlock($"user{i}@example.org") + "\r\n")));

    /// <summary>A plain-text Sendmail notice listing <paramref name="count"/> failed addresses.</summary>
    public static string SendmailNotice(int count) =>
        "From: MAILER-DAEMON@example.com\r\nSubject: Returned mail: see transcript for details\r\n\r\n" +
        "   ----- The following addresses had permanent fatal errors -----\r\n" +
        string.Concat(Enumerable.Range(0, count).Select(i => $"<user{i}@example.org>\r\n    (reason: 550 5.1.1 User unknown)\r\n"));

    public static string HeaderFields(int count) =>
        Report(RecipientBlock(), string.Concat(Enumerable.Range(0, count).Select(i => $"X-F{i}: v\r\n")));

    /// <summary>A multipart with a long preamble and <paramref name="count"/> long text parts.</summary>
    public static string LongTextParts(int count, int length)
    {
        var text = new StringBuilder("From: a@example.com\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"p\"\r\n\r\n");
        text.Append('w', length).Append("\r\n");
        for (var i = 0; i < count; i++)
            text.Append("--p\r\nContent-Type: text/plain\r\n\r\n").Append('t', length).Append("\r\n");
        return text.Append("--p--\r\n").ToString();
    }

    public static string Parts(int count)
    {
        var text = new StringBuilder("From: a@example.com\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"p\"\r\n\r\n");
        for (var i = 0; i < count; i++)
            text.Append("--p\r\n\r\nx\r\n");
        return text.Append("--p--\r\n").ToString();
    }

    /// <summary>
    /// A report of about <paramref name="bytes"/> bytes whose bulk is a base64 attachment in the
    /// returned original, produced on the fly so the test does not hold it in memory itself.
    /// </summary>
    public static GeneratedStream Huge(long bytes)
    {
        var head = Encoding.ASCII.GetBytes(Report().Replace("\r\n--b--\r\n", "\r\n--b\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n"));
        var line = Encoding.ASCII.GetBytes(new string('Q', 76) + "\r\n");
        var tail = Encoding.ASCII.GetBytes("--b--\r\n");
        return new GeneratedStream(head, line, (bytes - head.Length - tail.Length) / line.Length, tail);
    }
}
