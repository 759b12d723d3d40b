namespace OutreachBot.Clinic.Detection;

/// <summary>
/// One node of the phrase trie (<see cref="PhraseTrie"/>): its children by lower-case character, a child for a run
/// of spaces or hyphens (a space in a phrase), and the dictionaries whose phrase ends here with that phrase's rank.
/// </summary>
internal sealed class PhraseNode
{
    private const int TableAbove = 6;

    private char[] _keys = [];
    private PhraseNode[] _children = [];
    private PhraseNode?[]? _ascii;

    /// <summary>The child reached through one or more spaces or hyphens.</summary>
    public PhraseNode? Gap { get; private set; }

    /// <summary>Pairs of (dictionary, rank) for the phrases ending here; a lower rank wins within a dictionary.</summary>
    public int[]? Ends { get; private set; }

    public PhraseNode? Child(char lower)
    {
        // ASCII from the table of a wide node; anything else from the list, which holds every key.
        if (_ascii is { } table && lower < 128)
        {
            return table[lower];
        }

        var keys = _keys;
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i] == lower)
            {
                return _children[i];
            }
        }

        return null;
    }

    public PhraseNode AddChild(char lower)
    {
        if (Child(lower) is { } existing)
        {
            return existing;
        }

        var node = new PhraseNode();
        _keys = [.. _keys, lower];
        _children = [.. _children, node];
        if (_keys.Length > TableAbove)
        {
            _ascii = new PhraseNode?[128];
            for (var i = 0; i < _keys.Length; i++)
            {
                if (_keys[i] < 128)
                {
                    _ascii[_keys[i]] = _children[i];
                }
            }
        }

        return node;
    }

    public PhraseNode AddGap() => Gap ??= new PhraseNode();

    public void AddEnd(int dictionary, int rank)
    {
        var ends = Ends ?? [];
        for (var i = 0; i < ends.Length; i += 2)
        {
            if (ends[i] == dictionary)
            {
                ends[i + 1] = Math.Min(ends[i + 1], rank);
                return;
            }
        }

        Ends = [.. ends, dictionary, rank];
    }
}
