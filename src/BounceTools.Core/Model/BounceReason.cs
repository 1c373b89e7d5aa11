namespace BounceTools;

/// <summary>
/// Why a message bounced. Member names follow Sisimai's reason names so results
/// compare directly with other tools.
/// </summary>
public enum BounceReason
{
    Undefined = 0,
    UserUnknown,
    HostUnknown,
    HasMoved,
    Suspend,
    MailboxFull,
    ExceedLimit,
    MesgTooBig,
    Filtered,
    Rejected,
    Blocked,
    NoRelaying,
    NotAccept,
    SpamDetected,
    VirusDetected,
    PolicyViolation,
    SecurityError,
    ContentError,
    NotCompliantRfc,
    AuthFailure,
    BadReputation,
    RequirePtr,
    FailedStartTls,
    SyntaxError,
    Expired,
    NetworkError,
    SystemError,
    SystemFull,
    MailerError,
    TooManyConn,
    Speeding,
    OnHold,
    Suppressed,
    Delivered,
    Vacation,
    Feedback,
}
