namespace OutreachBot.Clinic.Detection;

/// <summary>
/// Every <see cref="Phrases"/> dictionary in one trie, so a text is read once for all of them (<see cref="Scan(string)"/>):
/// the detector asks some thirty dictionaries about the same few texts of each message.
/// </summary>
internal sealed class PhraseTrie
{
    [ThreadStatic]
    private static int[]? _scratch;

    [ThreadStatic]
    private static List<int>? _touched;

    [ThreadStatic]
    private static List<PhraseHit>? _hits;

    private readonly PhraseNode _root = new();

    // The parts of phrases before a space or punctuation ("fine" of "fine motor", "post" of "post-op"), reversed.
    private readonly PhraseNode _beforeBreak = new();

    public PhraseTrie(IReadOnlyList<Phrases> dictionaries)
    {
        Dictionaries = dictionaries.Count;
        for (var d = 0; d < dictionaries.Count; d++)
        {
            var ranked = dictionaries[d].Ranked;
            for (var rank = 0; rank < ranked.Count; rank++)
            {
                Add(ranked[rank], d, rank);
            }
        }
    }

    public int Dictionaries { get; }

    /// <summary>
    /// Finds each dictionary's matches in <paramref name="text"/> as its alternation <c>(?:longest|...)(?!\w)</c> would:
    /// scanning left to right, the best (lowest-ranked) phrase at the leftmost position, then on after it. Matches
    /// that do not start a word are consumed but not kept.
    /// </summary>
    public PhraseScan Scan(string text) => Scan(text, []);

    /// <summary>
    /// As <see cref="Scan(string)"/>, noting which of <paramref name="edges"/> (positions where parts of the text meet,
    /// at most 64, see <see cref="PhraseCatalog.Share"/>) a match runs across, kept or not.
    /// </summary>
    public PhraseScan Scan(string text, int[] edges)
    {
        // Scratch space is the thread's own and reused: short texts (a signature line, a sentence) are scanned often.
        var scratch = _scratch;
        if (scratch is null || scratch.Length < Dictionaries * 3)
        {
            scratch = _scratch = new int[Dictionaries * 3];
            scratch.AsSpan(0, Dictionaries).Fill(int.MaxValue);
        }

        var bestRank = scratch.AsSpan(0, Dictionaries);
        var bestEnd = scratch.AsSpan(Dictionaries, Dictionaries);
        var cursor = scratch.AsSpan(2 * Dictionaries, Dictionaries);
        cursor.Clear();
        var touched = _touched ??= [];
        var hits = _hits ??= [];
        hits.Clear();
        var crossed = 0UL;
        // Word by word: a match inside a word ("xOT") is never kept, and it only matters when it runs on past the
        // word's end and so hides the next word's match, which the regular expression did. Inside a word, positions
        // are tried only when some phrase could start there and cross into the next word.
        var wordStart = 0;
        while (wordStart < text.Length)
        {
            var next = wordStart + 1;
            while (next < text.Length && !PhraseText.StartsAWord(text, next))
            {
                next++;
            }

            crossed |= Visit(text, wordStart, bestRank, bestEnd, cursor, touched, hits, edges);
            if (next - wordStart > 1 && next < text.Length && MayCross(text, wordStart, next - 1))
            {
                for (var inner = wordStart + 1; inner < next; inner++)
                {
                    crossed |= Visit(text, inner, bestRank, bestEnd, cursor, touched, hits, edges);
                }
            }

            wordStart = next;
        }

        return new PhraseScan(text, Dictionaries, hits, edges, crossed);
    }

    // Returns the edges crossed by the matches taken here.
    private ulong Visit(string text, int start, Span<int> bestRank, Span<int> bestEnd, Span<int> cursor, List<int> touched, List<PhraseHit> hits, int[] edges)
    {
        if (_root.Child(PhraseText.Lower(text[start])) is not { } first)
        {
            return 0;
        }

        Walk(first, text, start + 1, bestRank, bestEnd, touched);
        if (touched.Count == 0)
        {
            return 0;
        }

        var crossed = 0UL;

        var startsAWord = PhraseText.StartsAWord(text, start);
        foreach (var d in touched)
        {
            if (start >= cursor[d])
            {
                cursor[d] = bestEnd[d];
                for (var e = 0; e < edges.Length; e++)
                {
                    crossed |= start < edges[e] && edges[e] < bestEnd[d] ? 1UL << e : 0;
                }

                if (startsAWord)
                {
                    hits.Add(new PhraseHit(d, start, bestEnd[d]));
                }
            }

            bestRank[d] = int.MaxValue;
        }

        touched.Clear();
        return crossed;
    }

    // Could a phrase start inside the word [wordStart, brk] and run past its last character brk (the one before the
    // next word)? Only if a phrase starts with that character itself ("% off" in "20% off"), or if the end of the
    // word is the part of a phrase before a space or punctuation ("fine" of "fine motor"), found backwards.
    private bool MayCross(string text, int wordStart, int brk)
    {
        if (_root.Child(PhraseText.Lower(text[brk])) is not null)
        {
            return true;
        }

        var node = _beforeBreak;
        for (var i = brk - 1; i > wordStart; i--)
        {
            if (node.Child(PhraseText.Lower(text[i])) is not { } back)
            {
                return false;
            }

            if (back.Ends is not null)
            {
                return true;
            }

            node = back;
        }

        return false;
    }

    private static void Walk(PhraseNode node, string text, int i, Span<int> bestRank, Span<int> bestEnd, List<int> touched)
    {
        while (true)
        {
            if (node.Ends is { } ends && (i == text.Length || !PhraseText.IsWordCharacter(text[i])))
            {
                for (var k = 0; k < ends.Length; k += 2)
                {
                    var (d, rank) = (ends[k], ends[k + 1]);
                    if (rank < bestRank[d])
                    {
                        if (bestRank[d] == int.MaxValue)
                        {
                            touched.Add(d);
                        }

                        (bestRank[d], bestEnd[d]) = (rank, i);
                    }
                }
            }

            if (i == text.Length)
            {
                return;
            }

            var c = text[i];
            if (node.Gap is { } gap && PhraseText.IsGapCharacter(c))
            {
                // A phrase may hold a literal hyphen where another has a space: follow both.
                if (c == '-' && node.Child('-') is { } hyphen)
                {
                    Walk(hyphen, text, i + 1, bestRank, bestEnd, touched);
                }

                i++;
                while (i < text.Length && PhraseText.IsGapCharacter(text[i]))
                {
                    i++;
                }

                node = gap;
                continue;
            }

            if (node.Child(PhraseText.Lower(c)) is not { } child)
            {
                return;
            }

            node = child;
            i++;
        }
    }

    private void Add(string phrase, int dictionary, int rank)
    {
        var node = _root;
        for (var i = 0; i < phrase.Length; i++)
        {
            if (phrase[i] == ' ')
            {
                node = node.AddGap();
                continue;
            }

            node = node.AddChild(PhraseText.Lower(phrase[i]));
        }

        node.AddEnd(dictionary, rank);
        for (var i = 1; i + 1 < phrase.Length && !BreaksAWord(phrase[i - 1]); i++)
        {
            if (BreaksAWord(phrase[i]))
            {
                var back = _beforeBreak;
                for (var k = i - 1; k >= 0; k--)
                {
                    back = back.AddChild(PhraseText.Lower(phrase[k]));
                }

                back.AddEnd(0, 0);
            }
        }
    }

    // A character after which the next one starts a word (the opposite of what PhraseText.StartsAWord looks behind for).
    private static bool BreaksAWord(char c) => !(char.IsLetterOrDigit(c) || c is '_' or '/');
}
