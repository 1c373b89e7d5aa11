using BounceTools.Recognizers.Text;
using Xunit;

namespace BounceTools.Tests.Core.Text;

public sealed class AddressEntriesTests
{
    [Fact]
    public void Reads_address_headed_paragraphs_up_to_the_end_marker()
    {
        var lines = BodyLines.From(
            "The following addresses failed:\n\n" +
            "<ann@example.org>:\n192.0.2.1 does not like recipient.\nRemote host said: 550 5.1.1 User unknown\n\n" +
            "<bob@example.net>:\nSorry, I couldn't find any host named example.net. (#5.1.2)\n\n" +
            "--- Below this line is a copy of the message.\n\nTo: carl@example.com\n");

        var entries = AddressEntries.ReadAfter(lines, "addresses failed", AddressEntries.StopAt("--- Below this line"));

        Assert.Equal(2, entries.Count);
        Assert.Equal("ann@example.org", entries[0].Address);
        Assert.Equal("192.0.2.1 does not like recipient. Remote host said: 550 5.1.1 User unknown", entries[0].Text);
        Assert.Equal("bob@example.net", entries[1].Address);
    }

    [Fact]
    public void Reads_indented_entries_with_their_reason_below()
    {
        var lines = BodyLines.From("failed:\n\n  ann@example.org\n    retry timeout exceeded\n\n------ This is a copy\n");
        var entry = Assert.Single(AddressEntries.Read(lines, 1, AddressEntries.StopAt("------ This is a copy")));
        Assert.Equal("retry timeout exceeded", entry.Text);
    }

    [Fact]
    public void Reads_annotated_address_lists()
    {
        var lines = BodyLines.From("undeliverable to the following:\n\tann@example.org (user not found)\n\tbob@example.net [Mailbox full]\n\nPossible solutions:\n");
        var entries = AnnotatedAddressList.Read(lines, 1);
        Assert.Equal(new[] { "ann@example.org", "bob@example.net" }, entries.ConvertAll(e => e.Address));
        Assert.Equal("Mailbox full", entries[1].Text);
    }
}
