using System.Text.RegularExpressions;

namespace OutreachBot.Clinic.Detection;

/// <summary>A small dictionary of phrases matched on word boundaries, case-insensitively.</summary>
internal sealed class Phrases
{
    private readonly Regex _pattern;

    public Phrases(params string[] phrases)
    {
        // Longest first so "occupational therapy evaluation" wins over "evaluation".
        var alternatives = phrases
            .OrderByDescending(p => p.Length)
            .Select(p => Regex.Escape(p).Replace("\\ ", "[\\s-]+", StringComparison.Ordinal));
        _pattern = new Regex(
            $@"(?<![\w/])(?:{string.Join('|', alternatives)})(?!\w)",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
            TimeSpan.FromSeconds(1));
    }

    public string? FirstIn(string text)
    {
        var match = _pattern.Match(text);
        return match.Success ? match.Value : null;
    }

    public IReadOnlyList<string> AllIn(string text) =>
        _pattern.Matches(text).Select(m => m.Value.ToLowerInvariant()).Distinct().ToList();

    public bool IsIn(string text) => _pattern.IsMatch(text);
}
