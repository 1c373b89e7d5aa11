using BounceTools.Parsing;
using Xunit;

namespace BounceTools.Tests.Core.Parsing;

/// <summary>The tags gateways put in front of a Subject do not hide the notice's own Subject.</summary>
public sealed class SubjectTagsTests
{
    [Theory]
    [InlineData("[EXTERNAL] Undeliverable Mail", "Undeliverable Mail")]
    [InlineData("[SPAM] [External] failure notice", "failure notice")]
    [InlineData("***SPAM*** Delivery status notification: error", "Delivery status notification: error")]
    [InlineData("{Suspected Spam} Re: Undelivered Mail Returned to Sender", "Re: Undelivered Mail Returned to Sender")]
    [InlineData("[CAUTION: External Sender] Undeliverable: Invoice", "Undeliverable: Invoice")]
    [InlineData("[Hikers] Re: Trail closures", "[Hikers] Re: Trail closures")]
    [InlineData("Undeliverable: [users] Weekly notes", "Undeliverable: [users] Weekly notes")]
    [InlineData("Mail delivery failed", "Mail delivery failed")]
    public void Strips_only_leading_tags(string subject, string expected) =>
        Assert.Equal(expected, SubjectTags.Strip(subject));
}
