namespace OutreachBot.Clinic.Detection;

/// <summary>
/// The registry of every <see cref="Phrases"/> dictionary and the trie that holds them all. A text's scan is kept for
/// the next questions about the same text: each thread remembers its last few scans. A text known to be a part of a
/// longer one (<see cref="Share"/>: a message's subject and body in its whole text) is answered from the longer
/// text's scan, unless a match ran across the part's edges there.
/// </summary>
internal static class PhraseCatalog
{
    private const int Remembered = 32;
    private const int RememberedWholes = 8;

    private static readonly Lock Gate = new();
    private static readonly List<Phrases> Registered = [];
    private static PhraseTrie? _trie;

    [ThreadStatic]
    private static PhraseScan?[]? _recent;

    [ThreadStatic]
    private static int _nextSlot;

    [ThreadStatic]
    private static List<SharedText>? _shared;

    /// <summary>Adds a dictionary; dictionaries are static and live as long as the process.</summary>
    public static int Register(Phrases dictionary)
    {
        lock (Gate)
        {
            Registered.Add(dictionary);
            _trie = null;
            return Registered.Count - 1;
        }
    }

    /// <summary>
    /// Says that <paramref name="whole"/> is made of <paramref name="parts"/> (with what lies between them), each at
    /// its start, so that questions about a part can be answered from one scan of the whole. Held until
    /// <see cref="Forget"/>; a part that is not the whole's text at its start is left out.
    /// </summary>
    public static void Share(string whole, params ReadOnlySpan<(string Part, int Start)> parts)
    {
        var kept = new List<(string Part, int Start)>(parts.Length);
        var edges = new List<int>(parts.Length * 2);
        foreach (var (part, start) in parts)
        {
            if (!ReferenceEquals(part, whole) && start >= 0 && start + part.Length <= whole.Length && whole.AsSpan(start, part.Length).SequenceEqual(part) && edges.Count <= 62)
            {
                kept.Add((part, start));
                edges.Add(start);
                edges.Add(start + part.Length);
            }
        }

        // A caller that never calls Forget (a test reading one text) holds a few at most.
        var shared = _shared ??= [];
        if (shared.Count == RememberedWholes)
        {
            shared.RemoveAt(0);
        }

        shared.Add(new SharedText(whole, [.. edges.Distinct()], kept));
    }

    public static PhraseScan ScanOf(string text, int dictionary)
    {
        var recent = _recent ??= new PhraseScan?[Remembered];
        foreach (var scan in recent)
        {
            if (scan is not null && ReferenceEquals(scan.Text, text) && dictionary < scan.Dictionaries)
            {
                return scan;
            }
        }

        // The same words built again (a sentence cut twice, a text with nothing to spell out) are read once.
        foreach (var scan in recent)
        {
            if (scan is not null && string.Equals(scan.Text, text, StringComparison.Ordinal) && dictionary < scan.Dictionaries)
            {
                return scan;
            }
        }

        var fresh = FromWhole(text, dictionary) ?? Trie().Scan(text, EdgesOf(text));
        recent[_nextSlot] = fresh;
        _nextSlot = (_nextSlot + 1) % Remembered;
        return fresh;
    }

    /// <summary>Lets go of this thread's scans (and so of the texts they hold) once a message has been read.</summary>
    public static void Forget()
    {
        if (_recent is { } recent)
        {
            Array.Clear(recent);
        }

        _shared?.Clear();
    }

    private static PhraseScan? FromWhole(string text, int dictionary)
    {
        if (_shared is not { Count: > 0 } shared)
        {
            return null;
        }

        foreach (var whole in shared)
        {
            foreach (var (part, start) in whole.Parts)
            {
                if (ReferenceEquals(part, text))
                {
                    // The whole's scan is kept with it: its parts are asked about all through a message.
                    var scan = whole.Scan is { } kept && dictionary < kept.Dictionaries ? kept : whole.Scan = ScanOf(whole.Text, dictionary);
                    return scan.Part(text, start);
                }
            }
        }

        return null;
    }

    private static int[] EdgesOf(string text)
    {
        foreach (var whole in _shared ?? [])
        {
            if (ReferenceEquals(whole.Text, text))
            {
                return whole.Edges;
            }
        }

        return [];
    }

    private static PhraseTrie Trie()
    {
        if (Volatile.Read(ref _trie) is { } built)
        {
            return built;
        }

        lock (Gate)
        {
            return _trie ??= new PhraseTrie([.. Registered]);
        }
    }

    private sealed class SharedText(string text, int[] edges, List<(string Part, int Start)> parts)
    {
        public string Text { get; } = text;

        public int[] Edges { get; } = edges;

        public List<(string Part, int Start)> Parts { get; } = parts;

        public PhraseScan? Scan { get; set; }
    }
}
