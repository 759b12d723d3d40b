using System.Text.RegularExpressions;

namespace OutreachBot.Clinic.Detection;

/// <summary>A small dictionary of phrases matched on word boundaries, case-insensitively.</summary>
internal sealed class Phrases
{
    private readonly Regex _pattern;

    public Phrases(params string[] phrases)
    {
        // Longest first so "occupational therapy evaluation" wins over "evaluation". The pattern starts with the
        // alternation itself (no leading look-behind) so the engine can search for its first characters quickly;
        // a phrase right after a word character or a slash ("s/p") is skipped in code instead.
        // No match timeout: the pattern is an alternation of literal phrases (no nested quantifiers), linear in the
        // text, and the text is capped by the mail reader; a wall-clock timeout only failed messages on a busy machine.
        var alternatives = phrases
            .OrderByDescending(p => p.Length)
            .Select(p => Regex.Escape(p).Replace("\\ ", "[\\s-]+", StringComparison.Ordinal));
        _pattern = new Regex(
            $@"(?:{string.Join('|', alternatives)})(?!\w)",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled,
            Regex.InfiniteMatchTimeout);
    }

    public string? FirstIn(string text)
    {
        for (var match = _pattern.Match(text); match.Success; match = match.NextMatch())
        {
            if (StartsAWord(text, match))
            {
                return match.Value;
            }
        }

        return null;
    }

    public IReadOnlyList<string> AllIn(string text)
    {
        var found = new List<string>();
        for (var match = _pattern.Match(text); match.Success; match = match.NextMatch())
        {
            var value = match.Value.ToLowerInvariant();
            if (StartsAWord(text, match) && !found.Contains(value))
            {
                found.Add(value);
            }
        }

        return found;
    }

    public bool IsIn(string text) => FirstIn(text) is not null;

    private static bool StartsAWord(string text, Match match)
    {
        if (match.Index == 0)
        {
            return true;
        }

        var before = text[match.Index - 1];
        return !(char.IsLetterOrDigit(before) || before is '_' or '/');
    }
}
