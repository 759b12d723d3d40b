namespace OutreachBot.Clinic.Detection;

/// <summary>
/// The registry of every <see cref="Phrases"/> dictionary and the trie that holds them all. A text's scan is kept for
/// the next questions about the same string (the same instance, so nothing is compared): each thread remembers its
/// last few scans.
/// </summary>
internal static class PhraseCatalog
{
    private const int Remembered = 8;

    private static readonly Lock Gate = new();
    private static readonly List<Phrases> Registered = [];
    private static PhraseTrie? _trie;

    [ThreadStatic]
    private static PhraseScan?[]? _recent;

    [ThreadStatic]
    private static int _nextSlot;

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

        var fresh = Trie().Scan(text);
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
}
