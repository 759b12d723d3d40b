namespace OutreachBot.Clinic.Detection;

/// <summary>
/// A small dictionary of phrases matched on word boundaries, case-insensitively; a space in a phrase matches any run
/// of spaces and hyphens ("fine motor", "fine-motor"). Dictionaries are static: each registers with
/// <see cref="PhraseCatalog"/>, which reads a text once for all of them.
/// </summary>
/// <remarks>
/// Finds exactly what the alternation <c>(?:longest|...|shortest)(?!\w)</c> with IgnoreCase found before (one regular
/// expression per dictionary, run over the same texts again and again, was the detector's largest cost): at the
/// leftmost position where a phrase ends before a non-word character, the longest phrase wins; a match that follows
/// a letter, digit, underscore or slash ("s/p") is skipped, and the search goes on after it.
/// </remarks>
internal sealed class Phrases
{
    private readonly int _id;

    public Phrases(params string[] phrases)
    {
        foreach (var phrase in phrases)
        {
            for (var i = 0; i + 1 < phrase.Length; i++)
            {
                if (phrase[i] == ' ' && PhraseText.IsGapCharacter(phrase[i + 1]))
                {
                    throw new ArgumentException($"A space in a phrase must be followed by a word: \"{phrase}\".", nameof(phrases));
                }
            }
        }

        // Longest first, as the alternation this replaces was ordered: on a tie the earlier phrase wins.
        Ranked = [.. phrases.Select((p, i) => (Phrase: p, Index: i)).OrderByDescending(p => p.Phrase.Length).ThenBy(p => p.Index).Select(p => p.Phrase)];
        _id = PhraseCatalog.Register(this);
    }

    /// <summary>The phrases, best first.</summary>
    public IReadOnlyList<string> Ranked { get; }

    public string? FirstIn(string text)
    {
        var hits = PhraseCatalog.ScanOf(text, _id).Of(_id);
        return hits.Length == 0 ? null : text[hits[0].Start..hits[0].End];
    }

    public IReadOnlyList<string> AllIn(string text)
    {
        var hits = PhraseCatalog.ScanOf(text, _id).Of(_id);
        if (hits.Length == 0)
        {
            return [];
        }

        var found = new List<string>(hits.Length);
        foreach (var hit in hits)
        {
            var value = text[hit.Start..hit.End].ToLowerInvariant();
            if (!found.Contains(value))
            {
                found.Add(value);
            }
        }

        return found;
    }

    public bool IsIn(string text) => PhraseCatalog.ScanOf(text, _id).Of(_id).Length > 0;
}
