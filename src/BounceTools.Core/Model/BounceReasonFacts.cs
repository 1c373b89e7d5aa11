namespace BounceTools;

/// <summary>Facts derived from a <see cref="BounceReason"/> alone.</summary>
public static class BounceReasonFacts
{
    /// <summary>
    /// A hard bounce is an address-level failure: the address itself is bad and should be
    /// removed from lists. Everything else (full mailbox, blocks, policy) may succeed later or
    /// after the sender fixes something on their side.
    /// </summary>
    public static bool IsHardBounce(BounceReason reason, int? replyCode, string? status)
    {
        switch (reason)
        {
            case BounceReason.UserUnknown:
            case BounceReason.HostUnknown:
            case BounceReason.HasMoved:
                return true;
            case BounceReason.NotAccept:
                return IsPermanent(replyCode, status);
            default:
                return false;
        }
    }

    private static bool IsPermanent(int? replyCode, string? status)
    {
        if (!string.IsNullOrEmpty(status))
            return status![0] == '5';
        return replyCode is >= 500 and < 600;
    }
}
