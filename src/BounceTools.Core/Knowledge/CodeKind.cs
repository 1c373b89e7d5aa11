namespace BounceTools;

/// <summary>What kind of code a <see cref="BounceCodeInfo"/> explains.</summary>
public enum CodeKind
{
    /// <summary>An RFC 3463 enhanced status code such as 5.1.1.</summary>
    Enhanced,

    /// <summary>A three-digit SMTP reply code such as 550.</summary>
    ReplyCode,

    /// <summary>A provider's own use of a reply or enhanced code.</summary>
    ProviderCode,

    /// <summary>A provider's textual tag such as Yahoo's TSS04 or Outlook.com's S3150.</summary>
    ProviderTag,
}
