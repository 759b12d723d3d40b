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
    /// <remarks>
    /// "(555) 340-2200 x4" or "ext 12" is the phone tree's choice for the clinic the staff member works for, which
    /// reaches the provider as well: it stays. A desk has an extension of three digits or more ("ext 118").
    /// </remarks>
    public string MainLine => ClinicChoice().IsMatch(Number) ? Number : Extension().Replace(Number, "");

    public string Digits => DigitsOf(Number);

    /// <summary>The ten digits of the line itself, without an extension; every digit of a number abroad.</summary>
    public static string DigitsOf(string number)
    {
        var digits = new string([.. number.Where(char.IsDigit)]);
        // "+49 89 5550 1234" and its fax "+49 89 5550 1235" differ only after the tenth digit.
        if (number.StartsWith('+') && !number.StartsWith("+1", StringComparison.Ordinal))
        {
            return digits;
        }

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

    [GeneratedRegex(@"\d\s*,?\s*(?:ext\.?|extension|x)\s*\d{1,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex ClinicChoice();

    [GeneratedRegex(@"\b(?:cell|mobile|mob|m)\s*[:.]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex MobileLabel();

    [GeneratedRegex(@"(?:,?\s*(?:ext\.?|extension|x|opt(?:ion)?\.?)\s*\d{1,5})+$", RegexOptions.IgnoreCase)]
    private static partial Regex Extension();
}

internal static partial class PhoneNumbers
{
    public static List<PhoneMention> FindIn(string text)
    {
        var found = new List<PhoneMention>();
        // Every number has seven digits at least.
        foreach (var line in TextLines.WithDigits(text, 7))
        {
            var previousEnd = 0;
            string? pairedSecond = null;
            var matches = Accepted(line);
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
                if (PairedLabel().Match(label) is { Success: true } paired && i + 1 < matches.Count && trailer.Trim() == "/")
                {
                    // "Phone / Fax: (555) 623-1800 / (555) 623-1801": the two labels name the two numbers in turn.
                    label = label[..paired.Index] + paired.Groups["first"].Value + ": ";
                    pairedSecond = paired.Groups["second"].Value + ": ";
                }
                else if (pairedSecond is not null)
                {
                    (label, pairedSecond) = (pairedSecond, null);
                }

                found.Add(new PhoneMention(WithPlainDashes(match.Value.Trim()), label.Length > 40 ? label[^40..] : label, line)
                {
                    Trailer = trailer.Length > 40 ? trailer[..40] : trailer,
                    FollowedByNumber = i + 1 < matches.Count,
                });
                previousEnd = end;
            }
        }

        return found;
    }

    // The numbers of one line: every full number, and a seven-digit local one ("Tel. 555-0163", "pt cell 555-0178", "call
    // me 555-0193", "manages his appointments: 555-0129") only where a phone word, a colon or a dash stands right before
    // it; elsewhere three digits and four ("Suite 210-1150", "lot 448-2210") are seldom a phone.
    private static IReadOnlyList<Match> Accepted(string line)
    {
        // Most lines hold no local number: their matches stand as found, with no list built (this runs for every line).
        var all = Phone().Matches(line);
        if (!all.Any(m => m.Groups["local"].Success))
        {
            return all;
        }

        var accepted = new List<Match>();
        var previousEnd = 0;
        foreach (Match match in all)
        {
            var label = line.AsSpan(previousEnd, match.Index - previousEnd);
            if (!match.Groups["local"].Success
                || (match.Value.Contains(' ', StringComparison.Ordinal) ? SpacedLocalNumberLabel() : LocalNumberLabel()).IsMatch(label))
            {
                accepted.Add(match);
                previousEnd = match.Index + match.Length;
            }
        }

        return accepted;
    }

    // "Tel. ", "cell ", "call me ", "Fax: ", "her number is ", "my cell is ", "appointments: ", "text is best - "; not
    // after a record's label ("Referral #: ", "Order no. ", "Case ", "Room ").
    // "Text is best for me, 555-0162": a clause about calling or texting, closed by a comma, gives the number after it.
    // "P 555-0152  F 555-0153": a signature's one-letter labels, written in capitals.
    [GeneratedRegex(@"(?:\b(?:(?:tel|telephone|phone|ph|cell|mobile|home|work|fax|number)(?:\s+is)?|call(?:\s+(?:me|us|her|him))?|text(?:\s+(?:me|us|her|him))?|reach\s+(?:me|us)\s+at|at)\.?" +
        @"|\b(?:text|texting|call|calling|cell|phone)\b[^.;!?\d\n]{0,30},|(?:^|[\s|])(?-i:[PTFCMH])\.?|(?<!#|\b(?:no|ref|order|case|room|suite|unit|lot|invoice|ID|MRN|zip)\.?\s*)[:\-–])\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex LocalNumberLabel();

    // "PLEASE CALL ME AT 555 0109": a local number with a space only after words that can only lead to a phone.
    [GeneratedRegex(@"\b(?:tel|telephone|phone|ph|cell|mobile|(?:call|text|reach)\s+(?:me|us|her|him)(?:\s+at)?|number(?:\s+is)?)\.?\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex SpacedLocalNumberLabel();

    // The number is recorded with the plain hyphen every reader of the record expects.
    private static string WithPlainDashes(string number) =>
        number.AsSpan().IndexOfAny("‐‑‒–") < 0
            ? number
            : number.Replace('‐', '-').Replace('‑', '-').Replace('‒', '-').Replace('–', '-');

    // "Practice Phone / Fax:", "Tel/Fax -".
    [GeneratedRegex(@"\b(?<first>phone|tel|telephone|ph|office)\s*/\s*(?<second>fax)\s*(?:#|numbers?|nos?\.?)?\s*[:\-–]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PairedLabel();

    [GeneratedRegex(@"\b(?:member|subscriber|policy|group|account|acct|claim|MRN|medical\s+record|auth(?:orization)?|NPI|ID)\s*(?:id|no\.?|number|num|#)?\s*[:#.]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex IdentifierLabel();

    // "(555) 510-3300 ext. 4127", "555-847-1000 x2204", "+1 555 201 3344", "1-555-201-3344", "555.201.3344": an
    // extension and a country code are part of the number as written.
    // "+49 89 5550 1234", "+44 (0)20 7946 0958": a referrer abroad writes the country code and groups of digits, eight
    // digits at least (a measurement such as "+5 10-20" is no phone).
    // "555-0147": a seven-digit local number, kept only where a label says it is a phone (Accepted); "555 0147" with a
    // space only where the label is a phone word (no number runs on after it: "555 0147 2210" is no phone).
    // "(555) 233‑1450": a number pasted from a word processor often carries a non-breaking hyphen or an en dash, and
    // "(555) 354-9000 opt. 4, ext. 7715" a menu option before the extension.
    [GeneratedRegex(@"(?<![\d\-‐‑‒–+])(?:\+1[\s.\-]?|\b1[\-.\s])?(?:\(\d{3}\)\s?|\d{3}[\-‐‑‒–.\s])\d{3}[\-‐‑‒–.\s]\d{4}(?![\d\-‐‑‒–])(?:,?\s*(?:ext\.?|extension|x|opt(?:ion)?\.?)\s*\d{1,5}\b){0,2}" +
        @"|(?<![\d+])\+(?!1\b)(?=(?:[\s.\-]?(?:\(0\))?\d){8})[2-9]\d{0,2}(?:[\s.\-](?:\(0\))?\d{1,5}){2,5}(?![\d\-‐‑‒–])" +
        @"|(?<local>(?<![\d\-‐‑‒–+./])\b\d{3}(?:[\-.]| (?=\d{4}\b(?! \d)))\d{4}(?![\d\-‐‑‒–]|\.\d))", RegexOptions.IgnoreCase)]
    private static partial Regex Phone();
}
