using System.Text.RegularExpressions;

namespace OutreachBot.Clinic.Detection;

/// <summary>
/// The condition a reason for referral leads with: the first clause of the sender's text that names a diagnosis, an
/// operation or an injury ("left MCA ischemic stroke", "s/p ORIF right distal radius fracture"), else the part of the
/// subject line that does ("Referral - L wrist fx, cast off").
/// </summary>
internal static partial class ConcernDiagnosis
{
    private const int MaxWords = 12;

    public static string? Find(string subject, IReadOnlyList<ConcernUnits> units, IReadOnlyCollection<string> names, Func<ConcernUnits, string> clean)
    {
        foreach (var unit in units)
        {
            // Cleaning is the costly part: only a unit that names a condition somewhere is cleaned and cut.
            if (!NamesRaw(unit.Text) || ConcernReader.IsIntroduction(unit.Text))
            {
                continue;
            }

            foreach (var clause in ConcernText.Clauses(clean(unit)))
            {
                if (Names(clause) && !ConcernReader.IsAside(clause) && !Request().IsMatch(clause))
                {
                    return Trim(clause);
                }
            }
        }

        if (!NamesRaw(subject))
        {
            return null;
        }

        foreach (var part in SubjectParts().Split(ReplyPrefix().Replace(subject, "")))
        {
            var clause = ConcernText.Clean(part, names);
            if (Names(clause) && !ConcernReader.IsAside(clause))
            {
                return Trim(clause);
            }
        }

        return null;
    }

    /// <summary>The (cleaned, so spelled-out) clause names a condition, and not only "diagnosis" or "surgery".</summary>
    public static bool Names(string clause) => !ConcernReader.Negated().IsMatch(clause) &&
        ConcernVocabulary.Conditions.AllIn(clause).Any(c => c is not ("diagnosis" or "surgery" or "nerve" or "tendon"));

    // Expand returns the same string when there is nothing to spell out, so the scan made for scoring is reused.
    private static bool NamesRaw(string text) => ConcernVocabulary.Conditions.FirstIn(ClinicalAbbreviations.Expand(text)) is not null;

    private static string Trim(string clause)
    {
        var words = clause.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= MaxWords ? clause : string.Join(' ', words[..MaxWords]);
    }

    // "lymphedema evaluation and therapy": what is asked for, not the condition.
    [GeneratedRegex(@"\b(?:evaluation|eval|therapy|treatment|OT|referral)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Request();

    [GeneratedRegex(@"^(?:\s*(?:re|fw|fwd|aw)\s*:\s*)+", RegexOptions.IgnoreCase)]
    private static partial Regex ReplyPrefix();

    [GeneratedRegex(@"\s+[-–|/]\s+|:\s+|,\s+|\s*\(|\)\s*")]
    private static partial Regex SubjectParts();
}
