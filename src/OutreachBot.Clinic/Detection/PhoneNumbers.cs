using System.Text.RegularExpressions;

namespace OutreachBot.Clinic.Detection;

/// <summary>A North American phone number as written, with the words just before it ("Fax", "Pt cell:", "call mom").</summary>
internal sealed partial record PhoneMention(string Number, string Label, string Line)
{
    public bool IsFax => FaxLabel().IsMatch(Label);

    public string Digits => DigitsOf(Number);

    public static string DigitsOf(string number) => new([.. number.Where(char.IsDigit)]);

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

    [GeneratedRegex(@"(?<![\d\-])(?:\(\d{3}\)\s?|\d{3}[\-.\s])\d{3}[\-.]\d{4}(?![\d\-])")]
    private static partial Regex Phone();
}
