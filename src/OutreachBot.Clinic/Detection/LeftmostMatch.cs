using System.Text.RegularExpressions;

namespace OutreachBot.Clinic.Detection;

/// <summary>
/// The match an alternation of the patterns would give, with each pattern searched on its own: the leftmost, and at the
/// same position the earlier pattern. A wording that starts with its own literal words is found by a vectorised
/// search; in one big alternation the engine can only look for any of the branches' first letters and try them all.
/// </summary>
internal static class LeftmostMatch
{
    public static Match Of(IReadOnlyList<Regex> patterns, string text)
    {
        var best = Match.Empty;
        foreach (var pattern in patterns)
        {
            var match = pattern.Match(text);
            if (match.Success && (!best.Success || match.Index < best.Index))
            {
                best = match;
            }
        }

        return best;
    }
}
