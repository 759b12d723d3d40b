using System.Text.RegularExpressions;

namespace OutreachBot.Clinic.Detection;

/// <summary>
/// The reason for referral, short, as intake staff would write it on a card: the problem (diagnosis and what the
/// patient cannot do) and, when the sender says it, what they ask OT to work on. Read from a labelled field when
/// there is one, else from the sentences of the sender's own text with the most clinical words, stripped of the
/// introduction of the patient, pronouns, codes and dates.
/// </summary>
internal static partial class ConcernReader
{
    private const int MaxWords = 40;
    private const int ExtraUnits = 2;

    public static string? Read(MessageText text, string? patientName, Pathway? pathway, bool attachmentNeedsPerson)
    {
        var units = ConcernUnits.From(text.Own, text.Signature);
        var names = NameWords(patientName);
        var labelled = units.Where(u => u.Labelled).Select(u => Clean(u.Text, names)).Where(c => c.Length > 3).ToList();
        if (labelled.Count > 0)
        {
            return Shorten(string.Join("; ", labelled.Distinct(StringComparer.OrdinalIgnoreCase)));
        }

        var scored = units
            .Select((u, i) => (Unit: u, Index: i, Score: Score(u.Text), Asks: Request().IsMatch(u.Text)))
            .Where(s => s.Score > 0)
            .ToList();
        if (scored.Count == 0 && text.Quoted.Length > 0)
        {
            // A one-line cover note ("see attached"): the problem is in the referral form or the quoted thread.
            units = ConcernUnits.From(text.Quoted, []);
            scored = [.. units.Select((u, i) => (Unit: u, Index: i, Score: Score(u.Text), Asks: Request().IsMatch(u.Text))).Where(s => s.Score > 0)];
        }

        if (scored.Count == 0 || (attachmentNeedsPerson && scored.Max(s => s.Score) <= 1))
        {
            return attachmentNeedsPerson ? ImageOnly(pathway) : null;
        }

        var best = scored.OrderByDescending(s => s.Score).ThenBy(s => s.Index).First();
        var parts = new List<(int Index, string Text)> { (best.Index, Clean(best.Unit.Text, names)) };

        // A second sentence adds what the first leaves out: the request ("please evaluate for...") or more deficits.
        foreach (var extra in scored
            .Where(s => s.Index != best.Index && (s.Asks || s.Score >= 2))
            .OrderByDescending(s => s.Score + (s.Asks ? 1 : 0))
            .ThenBy(s => s.Index)
            .Take(ExtraUnits))
        {
            parts.Add((extra.Index, Clean(extra.Unit.Text, names)));
        }

        var joined = string.Join("; ", parts.OrderBy(p => p.Index).Select(p => p.Text).Where(p => p.Length > 3));
        return joined.Length == 0 ? null : Shorten(joined);
    }

    private static int Score(string raw)
    {
        var unit = ClinicalAbbreviations.Expand(raw);
        var clinical = Vocabulary.Clinical.AllIn(unit).Count + Vocabulary.Deficits.AllIn(unit).Count;
        if (clinical == 0)
        {
            return 0;
        }

        // Logistics (insurance, numbers, attachments, scheduling) and introductions dilute a sentence about the problem.
        return clinical - (Logistics().IsMatch(unit) ? 1 : 0) - (Introduction().IsMatch(unit) ? 1 : 0);
    }

    private static string ImageOnly(Pathway? pathway) => pathway switch
    {
        Pathway.Hand => "hand therapy referral (details only in attached image)",
        Pathway.Neuro => "neurologic OT referral (details only in attached image)",
        Pathway.School => "school OT referral (details only in attached image)",
        Pathway.Pediatric => "pediatric OT referral (details only in attached image)",
        _ => "OT referral (details only in attached image)",
    };

    internal static string Clean(string unit, IReadOnlyCollection<string> patientNameWords)
    {
        var text = LeadIn().Replace(ClinicalAbbreviations.Expand(unit), "");
        text = Parenthetical().Replace(text, "");
        text = AgeMention().Replace(text, "");
        text = DottedCode().Replace(text, "");
        text = Filler().Replace(text, " ");
        foreach (var word in patientNameWords)
        {
            text = WithoutWord(text, word);
        }

        text = Spaces().Replace(text, " ");
        text = EmptyPunctuation().Replace(text, "$1");
        text = LooseStart().Replace(text, "");
        return text.Trim(' ', ',', ';', ':', '-', '.', '–');
    }

    // The patient's name (and "Name's") is left out wherever it stands as a whole word.
    private static string WithoutWord(string text, string word)
    {
        var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase);
        while (at >= 0)
        {
            var end = at + word.Length;
            if (end + 1 < text.Length && text[end] == '\'' && text[end + 1] == 's')
            {
                end += 2;
            }

            var whole = (at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]));
            if (whole)
            {
                text = string.Concat(text.AsSpan(0, at), " ", text.AsSpan(end));
                at = text.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase);
            }
            else
            {
                at = text.IndexOf(word, end, StringComparison.OrdinalIgnoreCase);
            }
        }

        return text;
    }

    private static HashSet<string> NameWords(string? name) =>
        name is null ? [] : [.. name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 1 && char.IsUpper(w[0])).Select(w => w.Trim(',', '.'))];

    private static string Shorten(string value)
    {
        var words = Spaces().Replace(value.Trim(), " ").Split(' ');
        return words.Length <= MaxWords ? string.Join(' ', words) : string.Join(' ', words[..MaxWords]).TrimEnd(',', ';') + "…";
    }

    [GeneratedRegex(@"\b(?:please (?:evaluate|eval|assess|see)|evaluat\w* (?:for|with attention to)|OT (?:for|to (?:address|work on))|would benefit from|needs?\b|to work on|focus on|attention to|help with|requesting)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Request();

    [GeneratedRegex(@"\b(?:I am|I'm|my name is|this is)\b.{0,40}\b(?:nurse|teacher|coordinator|therapist|manager|worker|counselor|psychologist|physician|doctor|mom|mother|dad|father)\b|\b(?:writing|reaching out) (?:on behalf|to|about|regarding)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Introduction();

    [GeneratedRegex(@"\b(?:insurance|DOB|date of birth|phone|fax|cell|attached|attaching|enclosed|schedul\w*|call|Medicaid|Medicare|policy|member ID|thank)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Logistics();

    // "Hi, Referring Denise Harmon, age 58, for OT after", "I'm referring Ms. Lee for an OT evaluation of".
    [GeneratedRegex(@"^(?:(?:hi|hello|dear|good (?:morning|afternoon)|team)\b[^,]{0,40},\s*)?(?:(?:I am|I'm|we are|we're|I would like to|we'd like to|I'd like to|I wanted to)\s+)?(?:referring|refer|writing to refer|sending)\b.{0,80}?\bfor\s+(?:an?\s+)?(?:outpatient\s+)?(?:OT|occupational therapy|hand therapy)?\s*(?:eval(?:uation)?|evaluation and treatment|eval and treat)?\s*(?:for|after|of|due to|regarding|with)?\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadIn();

    [GeneratedRegex(@"\((?=[^)]*(?:\d|DOB|born|age|per |dx|ICD))[^)]*\)|\bon \d{1,2}/\d{1,2}(?:/\d{2,4})?|\b(?:DOB|born)\s*:?\s*\d{1,2}[/-]\d{1,2}[/-]\d{2,4}", RegexOptions.IgnoreCase)]
    private static partial Regex Parenthetical();

    // Words that carry no meaning on a card: pronouns, auxiliaries, courtesy, hedges.
    [GeneratedRegex(@"(?<![\w'])(?:he|she|they|his|her|their|him|I|we|you|our|my|me|us|has|have|had|is|are|was|were|been|being|also|really|very|just|currently|still|lately|recently|now|both|please|pls|plz|kindly|mr|mrs|ms|miss|dr|the|a|an|who|which|that|this|it|would|could|like|appreciate|I'd|we'd|I'm|we're|she's|he's|I've|we've|it's|becomes|become|getting|gotten|seems|seem|noticed|notice|reports?|reported|presents?|presented|significant|some|lot of|a lot|but|so|says|said|told|gets|got|can|in addition to|during|since|then|last|week|month|year|ago)\b(?!')\.?", RegexOptions.IgnoreCase)]
    private static partial Regex Filler();

    [GeneratedRegex(@"^(?:and|but|so|with|for|of|to|,|;)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LooseStart();

    [GeneratedRegex(@"\b[A-TV-Z]\d[0-9A-Z]\.?[0-9A-Z]{0,4}\b(?<=\d\w*)", RegexOptions.CultureInvariant)]
    private static partial Regex DottedCode();

    [GeneratedRegex(@",?\s*\b\d{1,3}\s*(?:y/?o|yo|years? old|-year-old|year-old|months? old|-month-old)\b,?", RegexOptions.IgnoreCase)]
    private static partial Regex AgeMention();

    [GeneratedRegex(@"\s*([,;])(?:\s*[,;])+")]
    private static partial Regex EmptyPunctuation();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
