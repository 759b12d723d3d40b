namespace OutreachBot.Clinic.Detection;

/// <summary>What every dictionary found in one text, from one pass of <see cref="PhraseTrie.Scan"/>.</summary>
internal sealed class PhraseScan
{
    private readonly int[] _offsets;
    private readonly PhraseHit[] _hits;

    public PhraseScan(string text, int dictionaries, List<PhraseHit> hits)
    {
        Text = text;
        Dictionaries = dictionaries;

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

    public string Text { get; }

    /// <summary>How many dictionaries the scan covered (those registered when it ran).</summary>
    public int Dictionaries { get; }

    public ReadOnlySpan<PhraseHit> Of(int dictionary) =>
        _hits.AsSpan(_offsets[dictionary], _offsets[dictionary + 1] - _offsets[dictionary]);
}
