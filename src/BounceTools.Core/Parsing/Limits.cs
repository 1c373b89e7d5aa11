namespace BounceTools.Parsing;

/// <summary>Bounds that hold on any input, so one hostile message cannot stall a whole run.</summary>
internal static class Limits
{
    /// <summary>Deeper multipart nesting than this is not walked.</summary>
    public const int MaxMultipartDepth = 64;
}
