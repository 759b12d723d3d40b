using System.Globalization;
using System.Text.RegularExpressions;

namespace OutreachBot.Clinic.Detection;

/// <summary>Dates of birth and ages as clinics write them.</summary>
internal static partial class ClinicalDates
{
    // The cells of a table pasted as text: "Last Name | First Name | DOB", or tab-separated.
    private static readonly char[] CellSeparators = ['|', '\t'];

    private static readonly string[] MonthNames =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    // Spanish months by their first three letters ("setiembre" is a spelling of September).
    private static readonly string[] Meses =
        ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"];

    /// <summary>The last date of birth written in the text: a correction in a reply comes before the quoted original,
    /// so callers pass the newest text first and take the first hit.</summary>
    public static DateOnly? FindDateOfBirth(string text, int pivotYear)
    {
        foreach (Match label in DobLabel().Matches(text))
        {
            var after = text.Substring(label.Index + label.Length, Math.Min(40, text.Length - label.Index - label.Length));
            var date = after.TrimStart(' ').StartsWith('|') || after.StartsWith('\t') ? DateInColumn(text, label.Index, pivotYear) : FirstDate(after, pivotYear);
            if (date is not null)
            {
                return date;
            }
        }

        // "Nadia Petrović, 10/19/1984", "Harold Kim, 3-7-52": a full date right after a name is the birth date.
        foreach (Match named in NameThenDate().Matches(text))
        {
            if (FirstDate(named.Groups["date"].Value, pivotYear) is { } date && date.Year < pivotYear - 1)
            {
                return date;
            }
        }

        return null;
    }

    [GeneratedRegex(@"\p{Lu}[\p{Ll}'’\-]+[ \t]\p{Lu}[\p{L}'’\-]+,[ \t]*(?<date>\d{1,2}[/\-]\d{1,2}[/\-](?:\d{4}|\d{2})\b)")]
    private static partial Regex NameThenDate();

    /// <summary>"Last Name | First Name | DOB" over "Abernathy | Quinn | 10/30/2018": a table's birth-date column head
    /// has its date in the cell below, in the first row that holds anything.</summary>
    private static DateOnly? DateInColumn(string text, int head, int pivotYear)
    {
        var start = text.LastIndexOf('\n', Math.Max(0, head - 1)) + 1;
        var end = text.IndexOf('\n', head);
        if (end < 0)
        {
            return null;
        }

        var heads = text[start..end].Split(CellSeparators);
        var column = text[start..head].Count(c => c is '|' or '\t');
        foreach (var row in text[(end + 1)..].Split('\n').Take(3))
        {
            var cells = row.Split(CellSeparators);
            if (cells.Length == heads.Length && cells.Any(c => c.Any(char.IsLetterOrDigit)))
            {
                return FirstDate(cells[column], pivotYear);
            }
        }

        return null;
    }

    public static DateOnly? FirstDate(string text, int pivotYear)
    {
        var match = AnyDate().Match(text);
        return match.Success ? Parse(match, pivotYear, MonthFirstMarker().IsMatch(text, match.Index + match.Length)) : null;
    }

    // "DOB: 09.07.1988 (MM.DD.YYYY)": a form that says its order is read in that order, dots or not.
    [GeneratedRegex(@"\G[ \t]*\([ \t]*MM[./\-]DD[./\-](?:YY)?YY[ \t]*\)", RegexOptions.IgnoreCase)]
    private static partial Regex MonthFirstMarker();

    /// <summary>The writer's own age: "I'm 34", "I am 72 years old".</summary>
    public static int? FindWritersAge(string text) =>
        WritersAge().Match(text) is { Success: true } match ? int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"\bI(?:'|’)?m\s+(?<n>\d{2})\b(?![\s\-]*(?:weeks?|days?|months?|mos?|%|lbs?|pounds|minutes|min)\b)|\bI\s+am\s+(?<n>\d{2})\b(?![\s\-]*(?:weeks?|days?|months?|mos?|%|lbs?|pounds|minutes|min)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex WritersAge();

    /// <summary>Age in whole years from "4 y/o", "age 4", "41 yo M", "22 months old" (rounded down), "Walter Brennan, 72,",
    /// "a 4 yr 7 mo old" (the years; the months come later in the text and must not win).</summary>
    public static int? FindAge(string text)
    {
        var months = AgeInMonths().Match(text);
        var years = AgeInYears().Match(text);
        if (months.Success && (!years.Success || months.Index < years.Index))
        {
            return int.Parse(months.Groups["n"].Value, CultureInfo.InvariantCulture) / 12;
        }

        if (years.Success)
        {
            var age = int.Parse(years.Groups["n"].Value, CultureInfo.InvariantCulture);
            return age is > 0 and < 111 ? age : null;
        }

        return null;
    }

    private static DateOnly? Parse(Match m, int pivotYear, bool saysMonthFirst = false)
    {
        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        if (m.Groups["y"].Value.Length == 2)
        {
            // A two-digit year after the message's year can only be last century.
            year += year > pivotYear % 100 ? 1900 : 2000;
        }

        var month = m.Groups["mon"].Success
            ? Array.IndexOf(MonthNames, m.Groups["mon"].Value[..3].ToLowerInvariant()) + 1
            : m.Groups["mes"].Success
                ? Array.IndexOf(Meses, m.Groups["mes"].Value[..3].ToLowerInvariant().Replace("set", "sep", StringComparison.Ordinal)) + 1
                : int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (!m.Groups["mon"].Success && !m.Groups["mes"].Success && m.Groups["y"].Index > m.Groups["m"].Index && month > 12 && day is >= 1 and <= 12)
        {
            // "19/04/1948": no month is 19, so the writer put the day first, as most of the world does.
            (month, day) = (day, month);
        }
        else if (!saysMonthFirst && DayFirstDotted().IsMatch(m.Value) && day is >= 1 and <= 12)
        {
            // "born 04.03.2019", "Date of birth: 06.02.1949": two digits, two digits and the year between dots is how
            // Europe writes a date (day first); American writers use slashes or dashes.
            (month, day) = (day, month);
        }

        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(Math.Clamp(year, 1, 9999), month) || year < 1900)
        {
            return null;
        }

        return new DateOnly(year, month, day);
    }

    [GeneratedRegex(@"^\d{2}\.\d{2}\.\d{4}$")]
    private static partial Regex DayFirstDotted();

    [GeneratedRegex(@"\b(?:DOB|D\.O\.B\.?|date of birth|birth ?date|birthday(?:\s+is)?|born(?: on)?|naci(?:[óo]|d[oa])(?: el)?|fecha de nacimiento)\b[\s:#\-]*", RegexOptions.IgnoreCase)]
    private static partial Regex DobLabel();

    // 04/12/1968, 4-12-68, 1968-04-12, April 12, 1968, Apr 12 1968, 12-Apr-1968, 12 April 1968; a Spanish-speaking
    // family's "15 de agosto de 2018", "2 de noviembre 2020".
    [GeneratedRegex(
        @"\b(?:(?<y>(?:19|20)\d{2})[\-./](?<m>\d{1,2})[\-./](?<d>\d{1,2})" +
        @"|(?<m>\d{1,2})[/\-.](?<d>\d{1,2})[/\-.](?<y>\d{4}|\d{2})" +
        @"|(?<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})" +
        @"|(?<d>\d{1,2})(?:st|nd|rd|th)?[\s\-](?<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[\s\-,]+(?<y>\d{4})" +
        @"|(?<d>\d{1,2})\s+de\s+(?<mes>enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)\s+(?:del?\s+)?(?<y>\d{4}))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnyDate();

    [GeneratedRegex(@"\b(?<n>\d{1,3})[\s\-]?(?:y/?o\b|y\.o\.|(?:years?|yrs?)[\s\-]old\b|-year-old\b)|\b(?:age[ds]?|aged)[:\s]+(?<n>\d{1,3})\b(?![\s\-]*(?:months?|mos?|weeks?|wks?)\b)|\bI(?:'|’)?m (?<n>\d{2})\b|\bjust turned (?<n>\d{1,2})\b|\b(?:tiene|is)\s+(?<n>\d{1,2})\s+a[ñn]os\b|\b(?<n>\d{1,2})[\s\-]?(?:yrs?|years?)[\s,]+(?:and\s+)?\d{1,2}[\s\-]?(?:mos?|months?)[\s\-]old\b|\b(?<n>\d{1,2})\s+a[ñn]os\s+de\s+edad\b|\b(?:is|he's|she's|he’s|she’s)\s+(?<n>\d{1,3})(?=\s+and\b|\s*[.,;)](?!\d))|\bturn(?:ed|s) (?<n>\d{1,2}) (?:in|last)\b|(?<=\p{Lu}[\p{Ll}'’\-]+[ \t]\p{Lu}[\p{Ll}'’\-]+,[ \t])(?<n>\d{1,3})(?=[ \t]*[,;)]|[ \t]+(?:and|with)\b)|(?<=\p{Lu}[\p{Ll}'’\-]+[ \t]\p{Lu}[\p{Ll}'’\-]+[ \t]\()(?<n>\d{1,2})(?=\))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AgeInYears();

    // An age in months is said as one: "22 months old", "a 21-month-old", "is now 14 months", "age 9 months", "Age: 22 mo", "(18 mos)";
    // "a 5-month wait", "3 months free", "3 mo s/p" are spans of time.
    [GeneratedRegex(@"(?<!\b(?:for|past|last|in|over|within|every|about|after|x|the)\s)\b(?<n>\d{1,2})[\s\-]?(?:months?|mos?)(?:[\s\-]old\b|(?<=(?:\b(?:is|now|age|aged|just|turned|baby|infant|toddler)\s+|\bage\s*:\s*|\(|\p{Lu}\p{Ll}+,[ \t])\d{1,2}[\s\-]?(?:months?|mos?))\b(?!\s+(?:ago|post|after|of|since|s/p|wait|later)))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AgeInMonths();
}
