using System.Runtime.CompilerServices;
using BounceTools.Parsing;

namespace BounceTools.Tests;

internal static class TestAssemblySetup
{
    /// <summary>
    /// The parser registers the legacy encodings before MimeKit reads anything; some tests use
    /// MimeKit directly, in parallel with others, and MimeKit remembers a charset it could not
    /// find. Registering when the test assembly loads keeps every test independent of the order.
    /// </summary>
    [ModuleInitializer]
    internal static void RegisterLegacyEncodings() => LegacyEncodings.Register();
}
