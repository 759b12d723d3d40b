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

        var sentence = Sentence().Matches(text.Own.Replace('\n', ' '))
            .Select(m => m.Value.Trim())
            .FirstOrDefault(s => Vocabulary.Clinical.IsIn(s) && s.Length > 15);
        return sentence is null ? null : Shorten(sentence);
    }

    private static string Shorten(string value)
    {
        var trimmed = Regex.Replace(value.Trim(), @"\s+", " ");
        return trimmed.Length <= MaxLength ? trimmed : trimmed[..MaxLength].TrimEnd() + "…";
    }

    [GeneratedRegex(@"^\s*(?:reason for (?:referral|request)|diagnosis|dx|concerns?|presenting problem)\s*[:\-]\s*(?<value>\S.{3,})$", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex Labelled();

    // A dot inside a code or number ("M18.11", "2.5 cm") or after a title ("Dr.", "Ms.") does not end a sentence.
    [GeneratedRegex(@"(?:[^.!?]|\.(?=\w)|(?<=\b(?:Dr|Ms|Mrs|Mr|St|vs|approx|e\.g|i\.e))\.)+[.!?]?")]
    private static partial Regex Sentence();
}
