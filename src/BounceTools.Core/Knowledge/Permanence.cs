namespace BounceTools;

/// <summary>Whether resending can work.</summary>
public enum Permanence
{
    /// <summary>The code reports success (or a positive intermediate step).</summary>
    Success,

    /// <summary>A later retry may succeed without anyone changing anything.</summary>
    Transient,

    /// <summary>Resending unchanged will fail again.</summary>
    Permanent,

    /// <summary>The provider uses the code for both temporary and lasting conditions.</summary>
    Varies,
}
