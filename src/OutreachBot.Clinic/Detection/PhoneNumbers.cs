using System.Text.RegularExpressions;

namespace OutreachBot.Clinic.Detection;

/// <summary>A North American phone number as written, with the words just before it ("Fax", "Pt cell:", "call mom").</summary>
internal sealed partial record PhoneMention(string Number, string Label, string Line)
{
    public bool IsFax => FaxLabel().IsMatch(Label);

    public string Digits => DigitsOf(Number);

    /// <summary>The ten digits of the line itself, without an extension.</summary>
    public static string DigitsOf(string number)
    {
        var digits = new string([.. number.Where(char.IsDigit)]);
        return digits.Length > 10 ? digits[..10] : digits;
    }

    [GeneratedRegex(@"\bfax\b|(?:^|[\s|])F\s*:?\s*$|\bF\)?\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex FaxLabel();
}

internal static partial class PhoneNumbers
{
    public static List<PhoneMention> FindIn(string text)
    {
        var found = new List<PhoneMention>();
        foreach (var line in text.Split('\n'))
        {
            var previousEnd = 0;
            foreach (Match match in Phone().Matches(line))
            {
                var label = line[previousEnd..match.Index];
                found.Add(new PhoneMention(match.Value.Trim(), label.Length > 40 ? label[^40..] : label, line));
                previousEnd = match.Index + match.Length;
            }
        }

        return found;
    }

    // "(555) 510-3300 ext. 4127", "555-847-1000 x2204": an extension is part of the number as written.
    [GeneratedRegex(@"(?<![\d\-])(?:\(\d{3}\)\s?|\d{3}[\-.\s])\d{3}[\-.]\d{4}(?![\d\-])(?:,?\s*(?:ext\.?|extension|x)\s*\d{1,5}\b)?", RegexOptions.IgnoreCase)]
    private static partial Regex Phone();
}
