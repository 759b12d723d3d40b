using System.Text.RegularExpressions;

namespace OutreachBot.Clinic.Detection;

/// <summary>
/// The reason for referral, short, as intake staff would write it on a card: the condition first (diagnosis,
/// operation or injury), then what the patient cannot do and, when the sender says it, what they ask OT to work on.
/// Read from labelled fields when there are some, else composed from the clauses of the sentences with the most
/// clinical words, stripped of the introduction of the patient, pronouns, codes and dates, within about twenty-five words.
/// </summary>
internal static partial class ConcernReader
{
    private const int MaxWords = 40;
    private const int Budget = 25;
    private const int BestSentenceBonus = 1;
    private const int ExtraUnits = 2;

    public static string? Read(MessageText text, string? patientName, Pathway? pathway, bool attachmentNeedsPerson)
    {
        var units = ConcernUnits.From(text.Own, text.Signature);
        var names = ConcernText.NameWords(patientName);
        var labelled = units.Where(u => u.Labelled).ToList();
        if (labelled.Count > 0)
        {
            return Compose(labelled, text.Subject, units, names, null);
        }

        var scored = Scored(units);
        if (scored.Count == 0 && text.Quoted.Length > 0)
        {
            // A one-line cover note ("see attached"): the problem is in the referral form or the quoted thread.
            units = ConcernUnits.From(QuoteMarks().Replace(text.Quoted, ""), []);
            scored = Scored(units);
        }

        if (scored.Count == 0 || (attachmentNeedsPerson && scored.Max(s => s.Score) <= 1))
        {
            return attachmentNeedsPerson ? ImageOnly(pathway) : null;
        }

        var best = scored.OrderByDescending(s => s.Score).ThenBy(s => s.Index).First();

        // More sentences add what the first leaves out: the request ("please evaluate for...") or more deficits.
        var chosen = scored
            .Where(s => s.Index != best.Index && (s.Asks || s.Score >= 2))
            .OrderByDescending(s => s.Score + (s.Asks ? 1 : 0))
            .ThenBy(s => s.Index)
            .Take(ExtraUnits)
            .Append(best)
            .OrderBy(s => s.Index);

        return Compose([.. chosen.Select(s => s.Unit)], text.Subject, units, names, best.Unit);
    }

    /// <summary>Logistics (insurance, numbers, attachments, scheduling) or an introduction of the sender.</summary>
    public static bool IsAside(string text) => Logistics().IsMatch(text) || Introduction().IsMatch(text);

    /// <summary>The sender introduces themselves ("I'm the case manager for ...").</summary>
    public static bool IsIntroduction(string text) => Introduction().IsMatch(text);

    private static string? Compose(IReadOnlyList<ConcernUnits> chosen, string subject, IReadOnlyList<ConcernUnits> units, HashSet<string> names, ConcernUnits? best)
    {
        var cleaned = new Dictionary<ConcernUnits, string>(ReferenceEqualityComparer.Instance);
        string Clean(ConcernUnits unit) =>
            cleaned.TryGetValue(unit, out var value) ? value : cleaned[unit] = ConcernText.Clean(unit.Text, names);

        var clauses = new List<ConcernClause>();
        foreach (var unit in chosen)
        {
            foreach (var clause in ConcernText.Clauses(Clean(unit)))
            {
                if (!IsAside(clause) && !Negated().IsMatch(clause) && ConcernText.WordCount(clause) > 0)
                {
                    clauses.Add(new ConcernClause(clauses.Count + 1, clause, ClauseScore(clause) + (ReferenceEquals(unit, best) ? BestSentenceBonus : 0)));
                }
            }
        }

        // The condition leads: the first one the message names, else the first clause here that names one.
        var diagnosis = ConcernDiagnosis.Find(subject, units, names, Clean);
        var same = diagnosis is null ? -1 : clauses.FindIndex(c => c.Text.Contains(diagnosis, StringComparison.OrdinalIgnoreCase) || diagnosis.Contains(c.Text, StringComparison.OrdinalIgnoreCase));
        if (same >= 0)
        {
            clauses[same] = clauses[same] with { Score = int.MaxValue };
        }
        else if (diagnosis is not null)
        {
            clauses.Add(new ConcernClause(0, diagnosis, int.MaxValue));
        }
        else if (clauses.FindIndex(c => ConcernDiagnosis.Names(c.Text)) is var named and >= 0)
        {
            clauses[named] = clauses[named] with { Score = int.MaxValue };
        }

        var joined = string.Join(", ", Fit(clauses).Select(c => c.Text));
        return joined.Length == 0 ? null : Shorten(joined);
    }

    // The condition, then the clauses with the most clinical words, while they fit the budget; in the sender's order.
    private static IEnumerable<ConcernClause> Fit(List<ConcernClause> clauses)
    {
        var kept = new List<ConcernClause>();
        var words = 0;
        foreach (var clause in clauses.OrderByDescending(c => c.Score).ThenBy(c => c.Order))
        {
            var count = ConcernText.WordCount(clause.Text);
            // The condition and the clause that says most are kept whatever their length (within MaxWords).
            if (kept.Count < 2 || words + count <= Budget)
            {
                kept.Add(clause);
                words += count;
            }
        }

        return kept.OrderBy(c => c.Order);
    }

    private static List<(ConcernUnits Unit, int Index, int Score, bool Asks)> Scored(IReadOnlyList<ConcernUnits> units) =>
        [.. units.Select((u, i) => (Unit: u, Index: i, Score: Score(u.Text), Asks: Request().IsMatch(u.Text))).Where(s => s.Score > 0)];

    private static int Score(string raw)
    {
        var unit = ClinicalAbbreviations.Expand(raw);
        var clinical = Vocabulary.Clinical.AllIn(unit).Count + Vocabulary.Deficits.AllIn(unit).Count
            + ConcernVocabulary.Plans.AllIn(unit).Count;
        if (clinical == 0)
        {
            return 0;
        }

        // Logistics (insurance, numbers, attachments, scheduling) and introductions dilute a sentence about the problem.
        return clinical - (Logistics().IsMatch(unit) ? 1 : 0) - (Introduction().IsMatch(unit) ? 1 : 0);
    }

    // The clause is cleaned, so its abbreviations are already spelled out.
    private static int ClauseScore(string unit)
    {
        var clinical = Vocabulary.Clinical.AllIn(unit).Count + Vocabulary.Deficits.AllIn(unit).Count
            + ConcernVocabulary.Conditions.AllIn(unit).Count + ConcernVocabulary.Plans.AllIn(unit).Count;
        return Negated().IsMatch(unit) ? 0 : clinical;
    }

    private static string ImageOnly(Pathway? pathway) => pathway switch
    {
        Pathway.Hand => "hand therapy referral (details only in attached image)",
        Pathway.Neuro => "neurologic OT referral (details only in attached image)",
        Pathway.School => "school OT referral (details only in attached image)",
        Pathway.Pediatric => "pediatric OT referral (details only in attached image)",
        _ => "OT referral (details only in attached image)",
    };

    private static string Shorten(string value)
    {
        var words = Spaces().Replace(value.Trim(), " ").Split(' ');
        return words.Length <= MaxWords ? string.Join(' ', words) : string.Join(' ', words[..MaxWords]).TrimEnd(',', ';') + "…";
    }

    [GeneratedRegex(@"\b(?:please (?:evaluate|eval|assess|see)|evaluat\w* (?:for|with attention to)|OT (?:for|to (?:address|work on))|would benefit from|needs?\b|to work on|focus on|attention to|help with|requesting)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Request();

    [GeneratedRegex(@"\b(?:I am|I'm|my name is|this is)\b.{0,40}\b(?:nurse|teacher|coordinator|therapist|manager|worker|counselor|psychologist|physician|doctor|mom|mother|dad|father)\b|\b(?:writing|reaching out) (?:on behalf|to|about|regarding)\b|\bon behalf of\b", RegexOptions.IgnoreCase)]
    private static partial Regex Introduction();

    [GeneratedRegex(@"\b(?:insurance|DOB|date of birth|phone|fax|cell|attached|attaching|enclosed|schedul\w*|call|Medicaid|Medicare|policy|member ID|thank)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Logistics();

    [GeneratedRegex(@"\b(?:negative for|no evidence of|ruled out|nothing broken|no fracture|denies)\b", RegexOptions.IgnoreCase)]
    public static partial Regex Negated();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^[ \t]*(?:>[ \t]?)+", RegexOptions.Multiline)]
    private static partial Regex QuoteMarks();
}
