using System;
using BounceTools.Parsing;

namespace BounceTools.Recognizers;

/// <summary>
/// Bigfoot's forwarding service: sendmail-layout notices sent from bigfoot.com hosts.
/// </summary>
internal sealed class BigfootRecognizer : IFormatRecognizer
{
    private readonly SendmailRecognizer _layout = new();

    public string Format => "Bigfoot";

    public bool TryRecognize(BounceMessage message, BounceDraft draft) =>
        message.FromAddress.EndsWith("@bigfoot.com", StringComparison.OrdinalIgnoreCase) &&
        _layout.TryRecognize(message, draft);
}
