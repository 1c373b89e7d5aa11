using System;
using BounceTools.Parsing;

namespace BounceTools.Recognizers.Providers;

/// <summary>Google's bounce sender, shared by the Gmail and Google Groups notices.</summary>
internal static class GoogleMailDaemon
{
    public static bool IsSender(BounceMessage message)
    {
        var from = message.FromAddress;
        return from.StartsWith("mailer-daemon@", StringComparison.Ordinal) &&
               (from.EndsWith("@googlemail.com", StringComparison.Ordinal) || from.EndsWith("@google.com", StringComparison.Ordinal));
    }

    /// <summary>Marks the start of the returned message in Google's plain-text notices.</summary>
    public static readonly System.Text.RegularExpressions.Regex OriginalMarker = TextPatterns.Create(@"^\s*-{3,}\s*Original message\s*-{3,}");
}
