namespace OutreachBot.Clinic.Detection;

/// <summary>What every dictionary found in one text, from one pass of <see cref="PhraseTrie.Scan(string)"/>.</summary>
internal sealed class PhraseScan
{
    private readonly int[] _offsets;
    private readonly PhraseHit[] _hits;

    private readonly int[] _edges;
    private readonly ulong _crossed;

    public PhraseScan(string text, int dictionaries, List<PhraseHit> hits, int[] edges, ulong crossed)
    {
        Text = text;
        Dictionaries = dictionaries;
        _edges = edges;
        _crossed = crossed;

        // Grouped by dictionary, each group in the order found.
        _offsets = new int[dictionaries + 1];
        foreach (var hit in hits)
        {
            _offsets[hit.Dictionary + 1]++;
        }

        for (var d = 0; d < dictionaries; d++)
        {
            _offsets[d + 1] += _offsets[d];
        }

        _hits = new PhraseHit[hits.Count];
        var next = _offsets[..^1];
        foreach (var hit in hits)
        {
            _hits[next[hit.Dictionary]++] = hit;
        }
    }

    private PhraseScan(string text, int dictionaries, int[] offsets, PhraseHit[] hits)
    {
        Text = text;
        Dictionaries = dictionaries;
        _edges = [];
        _offsets = offsets;
        _hits = hits;
    }

    public string Text { get; }

    /// <summary>How many dictionaries the scan covered (those registered when it ran).</summary>
    public int Dictionaries { get; }

    public ReadOnlySpan<PhraseHit> Of(int dictionary) =>
        _hits.AsSpan(_offsets[dictionary], _offsets[dictionary + 1] - _offsets[dictionary]);

    /// <summary>
    /// This scan cut down to <paramref name="part"/>, the text from <paramref name="start"/> on: what scanning the part
    /// alone finds, as long as no match ran across the part's edges (each one of the edges this scan noted); else null.
    /// </summary>
    public PhraseScan? Part(string part, int start)
    {
        var end = start + part.Length;
        if (!Uncrossed(start) || !Uncrossed(end))
        {
            return null;
        }

        var offsets = new int[Dictionaries + 1];
        var kept = new List<PhraseHit>();
        for (var d = 0; d < Dictionaries; d++)
        {
            foreach (var hit in Of(d))
            {
                if (hit.Start >= start && hit.End <= end)
                {
                    kept.Add(hit with { Start = hit.Start - start, End = hit.End - start });
                }
            }

            offsets[d + 1] = kept.Count;
        }

        return new PhraseScan(part, Dictionaries, offsets, [.. kept]);
    }

    // The start or end of the text, or an edge the scan was told of and no match ran across.
    private bool Uncrossed(int position)
    {
        if (position == 0 || position == Text.Length)
        {
            return true;
        }

        var e = Array.IndexOf(_edges, position);
        return e >= 0 && (_crossed & (1UL << e)) == 0;
    }
}
