using System.Text;
using Xunit;
using Xunit.Sdk;

namespace BounceTools.Tests.Robustness;

/// <summary>
/// The only outcomes BounceParser documents: a report, or a BounceParseException. Anything else
/// fails the test, naming the input that caused it.
/// </summary>
internal static class ParseOutcome
{
    /// <summary>Parses and returns the report, or null when the parser rejected the input as documented.</summary>
    public static BounceReport? Of(byte[] message, string label, BounceParserOptions? options = null)
    {
        using var stream = new MemoryStream(message, writable: false);
        return Of(stream, label, options);
    }

    public static BounceReport? Of(string message, string label, BounceParserOptions? options = null) =>
        Of(Encoding.UTF8.GetBytes(message), label, options);

    public static BounceReport? Of(Stream message, string label, BounceParserOptions? options = null)
    {
        try
        {
            return BounceParser.Parse(message, string.Empty, options);
        }
        catch (BounceParseException)
        {
            return null;
        }
        catch (Exception e)
        {
            throw new XunitException($"{label}: undocumented {e.GetType().Name}: {e}");
        }
    }

    /// <summary>The ErrorKind the parser rejects the input with; fails when it does not reject it.</summary>
    public static string ErrorKindOf(string message, BounceParserOptions? options = null)
    {
        var exception = Assert.Throws<BounceParseException>(() => BounceParser.Parse(Encoding.UTF8.GetBytes(message), string.Empty, options));
        return exception.ErrorKind;
    }
}
