using System.Text.RegularExpressions;

namespace OutreachBot.Clinic.Detection;

/// <summary>A North American phone number as written, with the words just before it ("Fax", "Pt cell:", "call mom").</summary>
internal sealed partial record PhoneMention(string Number, string Label, string Line)
{
    /// <summary>The words right after the number, up to the next number on the line ("(555) 745-6010 fax").</summary>
    public string Trailer { get; init; } = "";

    /// <summary>Whether another number follows on the same line (then "Fax" between the two labels the second).</summary>
    public bool FollowedByNumber { get; init; }

    /// <summary>A mobile ("Cell:", "M:"): a signature's office line, when it gives one, is the number to call back.</summary>
    public bool IsMobile => MobileLabel().IsMatch(Label);

    public bool IsFax => FaxLabel().IsMatch(Label) || (FollowedByNumber ? FaxBeforeSeparator() : FaxAtEnd()).IsMatch(Trailer);

    /// <summary>The number without an extension: an extension in a staff signature is that person's desk.</summary>
    public string MainLine => Extension().Replace(Number, "");

    public string Digits => DigitsOf(Number);

    /// <summary>The ten digits of the line itself, without an extension.</summary>
    public static string DigitsOf(string number)
    {
        var digits = new string([.. number.Where(char.IsDigit)]);
        // "+1 555 201 3344", "1-555-201-3344": a North American area code never starts with 1, so a leading 1 is the country code.
        if (digits.Length > 10 && digits[0] == '1')
        {
            digits = digits[1..];
        }

        return digits.Length > 10 ? digits[..10] : digits;
    }

    // "Fax: ", "fax number is ", "F ": the label in the same clause as the number ("radius fx 8 wks ago. Her # " is not one).
    // "eFax 555-...": an internet fax line is a fax too.
    [GeneratedRegex(@"\b(?:e-?)?(?:fax|fx|facsimile)\b\.?[^.;!?\d]{0,30}$|(?:^|[\s|])F\s*[:.]?\s*$|\bF\)?\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex FaxLabel();

    // "555-745-6010 fax | ...", "555-745-6010 (fax), ...": the label after the number, closed by a separator.
    [GeneratedRegex(@"^\s*[(\[]?\s*(?:fax|fx|f)\s*[)\]]?\s*[|,;/•·]", RegexOptions.IgnoreCase)]
    private static partial Regex FaxBeforeSeparator();

    // The last number of its line: "(555) 745-6010 fax", "555-745-6010 (fax)", "555-745-6010 (f)", "555-745-6010 fx".
    [GeneratedRegex(@"^\s*(?:[(\[]\s*(?:fax|fx|f)\s*[)\]]|fax|fx)\s*[.;,]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex FaxAtEnd();

    [GeneratedRegex(@"\b(?:cell|mobile|mob|m)\s*[:.]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex MobileLabel();

    [GeneratedRegex(@",?\s*(?:ext\.?|extension|x|opt(?:ion)?)\s*\d{1,5}$", RegexOptions.IgnoreCase)]
    private static partial Regex Extension();
}

internal static partial class PhoneNumbers
{
    public static List<PhoneMention> FindIn(string text)
    {
        var found = new List<PhoneMention>();
        foreach (var line in text.Split('\n'))
        {
            var previousEnd = 0;
            var matches = Phone().Matches(line);
            for (var i = 0; i < matches.Count; i++)
            {
                var match = matches[i];
                var label = line[previousEnd..match.Index];
                if (IdentifierLabel().IsMatch(label))
                {
                    // "Member ID 123 456 7890", "Policy #: 555-201-3344": an insurance or record number, not a phone.
                    previousEnd = match.Index + match.Length;
                    continue;
                }

                var end = match.Index + match.Length;
                var trailer = line[end..(i + 1 < matches.Count ? matches[i + 1].Index : line.Length)];
                found.Add(new PhoneMention(match.Value.Trim(), label.Length > 40 ? label[^40..] : label, line)
                {
                    Trailer = trailer.Length > 40 ? trailer[..40] : trailer,
                    FollowedByNumber = i + 1 < matches.Count,
                });
                previousEnd = end;
            }
        }

        return found;
    }

    [GeneratedRegex(@"\b(?:member|subscriber|policy|group|account|acct|claim|MRN|medical\s+record|auth(?:orization)?|NPI|ID)\s*(?:id|no\.?|number|num|#)?\s*[:#.]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex IdentifierLabel();

    // "(555) 510-3300 ext. 4127", "555-847-1000 x2204", "+1 555 201 3344", "1-555-201-3344", "555.201.3344": an
    // extension and a country code are part of the number as written.
    [GeneratedRegex(@"(?<![\d\-+])(?:\+1[\s.\-]?|\b1[\-.\s])?(?:\(\d{3}\)\s?|\d{3}[\-.\s])\d{3}[\-.\s]\d{4}(?![\d\-])(?:,?\s*(?:ext\.?|extension|x|opt(?:ion)?)\s*\d{1,5}\b)?", RegexOptions.IgnoreCase)]
    private static partial Regex Phone();
}
