using System.Collections.Generic;
using MimeKit;

namespace BounceTools.Parsing;

/// <summary>
/// Watches a MimeParser as it creates entities and stops it, with a BounceParseException, once a
/// message has more parts than allowed or nests deeper than <see cref="Limits.MaxMultipartDepth"/>.
/// </summary>
internal sealed class StructureGuard
{
    // A message with thousands of parts leaves the table large; clearing it costs its capacity.
    private const int ReusedTableSize = 256;

    private Dictionary<object, int> _depths = new(ReferenceEqualityComparer.Instance);
    private int _maxParts;
    private int _parts;
    private object? _lastMessage;

    private StructureGuard()
    {
    }

    public static StructureGuard Attach(MimeParser parser)
    {
        var guard = new StructureGuard();
        parser.MimeMessageBegin += (_, e) => guard.EnterMessage(e.Message, e.Parent);
        // MimeKit gives the body of a message no parent: it is the message just begun, at its level.
        parser.MimeEntityBegin += (_, e) => guard.Enter(e.Entity, e.Parent ?? guard._lastMessage, sameLevel: e.Parent == null);
        return guard;
    }

    /// <summary>Starts watching the next message.</summary>
    public void Reset(int maxParts)
    {
        if (_depths.Count > ReusedTableSize)
            _depths = new Dictionary<object, int>(ReferenceEqualityComparer.Instance);
        else
            _depths.Clear();
        _maxParts = maxParts;
        _parts = 0;
        _lastMessage = null;
    }

    private void EnterMessage(MimeMessage message, object? parent)
    {
        Enter(message, parent, sameLevel: false);
        _lastMessage = message;
    }

    private void Enter(object node, object? parent, bool sameLevel)
    {
        var depth = parent != null && _depths.TryGetValue(parent, out var parentDepth) ? parentDepth + (sameLevel ? 0 : 1) : 0;
        if (depth > Limits.MaxMultipartDepth)
            throw new BounceParseException($"The message nests parts deeper than {Limits.MaxMultipartDepth} levels.", "NestingTooDeep");
        if (++_parts > _maxParts)
            throw new BounceParseException($"The message has more than {_maxParts} MIME parts.", "TooManyParts");
        _depths[node] = depth;
    }

    private sealed class ReferenceEqualityComparer : IEqualityComparer<object>
    {
        public static readonly ReferenceEqualityComparer Instance = new();

        public new bool Equals(object? x, object? y) => ReferenceEquals(x, y);

        public int GetHashCode(object obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }
}
