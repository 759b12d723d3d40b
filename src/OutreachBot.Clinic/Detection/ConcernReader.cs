using System.Text.RegularExpressions;

namespace OutreachBot.Clinic.Detection;

/// <summary>The reason for referral in the sender's words: a labelled field, else the first sentence with clinical words.</summary>
internal static partial class ConcernReader
{
    private const int MaxLength = 200;

    public static string? Read(MessageText text)
    {
        var labelled = Labelled().Match(text.Own);
        if (labelled.Success)
        {
            return Shorten(labelled.Groups["value"].Value);
        }

        // The sentence that says most about the problem (most clinical words; the earlier one on a tie), without
        // the greeting, the introduction of the patient or dates.
        var sentences = Sentence().Matches(text.Own.Replace('\n', ' '))
            .Select(m => m.Value.Trim())
            .Where(s => s.Length > 15)
            .Select((s, i) => (Text: s, Index: i, Words: Vocabulary.Clinical.AllIn(s).Count))
            .Where(s => s.Words > 0)
            .ToList();
        if (sentences.Count == 0)
        {
            return null;
        }

        var best = sentences.OrderByDescending(s => s.Words).ThenBy(s => s.Index).First().Text;
        var core = Noise().Replace(LeadIn().Replace(best, ""), " ");
        return Shorten(core.Trim().TrimEnd('.').Length > 15 ? core.Trim().TrimEnd('.') : best);
    }

    private static string Shorten(string value)
    {
        var trimmed = Regex.Replace(value.Trim(), @"\s+", " ");
        return trimmed.Length <= MaxLength ? trimmed : trimmed[..MaxLength].TrimEnd() + "…";
    }

    [GeneratedRegex(@"^\s*(?:reason for (?:referral|request)|diagnosis|dx|concerns?|presenting problem)\s*[:\-]\s*(?<value>\S.{3,})$", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex Labelled();

    // "Hi, Referring Denise Harmon, age 58, for OT after", "I'm referring Ms. Lee (DOB 1/2/1960) for an OT evaluation of".
    [GeneratedRegex(@"^(?:(?:hi|hello|dear|good (?:morning|afternoon))\b[^,]{0,40},\s*)?(?:(?:I am|I'm|we are|we're|I would like to|we'd like to|I'd like to)\s+)?(?:referring|refer|writing to refer|sending)\b.{0,80}?\bfor\s+(?:an?\s+)?(?:outpatient\s+)?(?:OT|occupational therapy|hand therapy)?\s*(?:eval(?:uation)?|evaluation and treatment|eval and treat)?\s*(?:for|after|of|due to|regarding|with)?\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadIn();

    [GeneratedRegex(@"\((?:DOB|born|age)[^)]*\)|\bon \d{1,2}/\d{1,2}(?:/\d{2,4})?|\s{2,}", RegexOptions.IgnoreCase)]
    private static partial Regex Noise();

    // A dot inside a code or number ("M18.11", "2.5 cm") or after a title ("Dr.", "Ms.") does not end a sentence.
    [GeneratedRegex(@"(?:[^.!?]|\.(?=\w)|(?<=\b(?:Dr|Ms|Mrs|Mr|St|vs|approx|e\.g|i\.e))\.)+[.!?]?")]
    private static partial Regex Sentence();
}
