using BounceTools.Parsing;

namespace BounceTools.Recognizers.Providers;

/// <summary>
/// Google Groups' refusal of a post: sent by Google's mailer-daemon with the group in
/// X-Failed-Recipients and a localized text saying the group does not exist or does not take
/// posts from the sender. The notice itself is the reason: the post was rejected.
/// </summary>
internal sealed class GoogleGroupsRecognizer : IFormatRecognizer
{
    public string Format => "GoogleGroups";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        if (!GoogleMailDaemon.IsSender(message))
            return false;
        var failed = NoticeHeaders.FailedRecipients(message);
        if (failed.Count == 0)
            return false;
        var notice = TextSections.Before(message.BodyText, GoogleMailDaemon.OriginalMarker);
        // Gmail's own reports about a group address that does not exist carry a delivery-status part.
        // A Workspace domain's groups point to the domain's help pages, not groups.google.com.
        if (notice.IndexOf("groups.google.com", System.StringComparison.OrdinalIgnoreCase) < 0 &&
            notice.IndexOf("Google Group", System.StringComparison.Ordinal) < 0 ||
            message.FindPart("message/delivery-status") != null)
            return false;

        foreach (var address in failed)
        {
            var recipient = draft.AddRecipient(address);
            recipient.Action = "failed";
            recipient.DiagnosticCode = TextPatterns.Squeeze(notice);
            recipient.ImpliedReason = BounceReason.Rejected;
        }
        draft.Original = OriginalMessage.FromText(TextSections.After(message.BodyText, GoogleMailDaemon.OriginalMarker));
        return draft.Recipients.Count > 0;
    }
}
