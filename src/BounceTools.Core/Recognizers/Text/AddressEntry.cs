using System.Collections.Generic;

namespace BounceTools.Recognizers.Text;

/// <summary>One recipient's paragraph in a plain-text notice: the address and the lines about it.</summary>
internal sealed class AddressEntry
{
    public AddressEntry(string address)
    {
        Address = address;
    }

    public string Address { get; }

    /// <summary>How far the address line is indented; deeper lines belong to this entry.</summary>
    public int Indent { get; set; }

    /// <summary>The address this one was expanded from (an alias or forward: "(expanded from: a@example.org)"), or empty.</summary>
    public string ExpandedFrom { get; set; } = string.Empty;

    /// <summary>The lines that follow the address (and any text after it on its own line), trimmed.</summary>
    public List<string> Lines { get; } = new();

    /// <summary>The lines joined by single spaces.</summary>
    public string Text => string.Join(" ", Lines);
}
