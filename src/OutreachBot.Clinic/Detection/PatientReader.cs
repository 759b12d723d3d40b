using System.Globalization;
using System.Text.RegularExpressions;

namespace OutreachBot.Clinic.Detection;

/// <summary>Reads the patient's name, date of birth, age and phone. Newer text (this message) wins over quoted text.</summary>
internal static partial class PatientReader
{
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "Dear", "Hello", "Hi", "Good", "The", "Dr", "Occupational", "Outpatient", "Hand", "Please", "Thank", "Thanks",
        "Referral", "Therapy", "Bright", "Path", "Pediatric", "School", "Medical", "Center", "Health", "Insurance", "Signed",
        "Ms", "Mr", "Mrs", "Her", "His", "Our", "My", "New", "Request", "Form", "Team", "Front", "Desk", "Elementary",
        "Mom", "Dad", "Medicaid", "Medicare", "Aetna", "Street", "Suite", "Ave", "Monday", "Tuesday", "Wednesday",
        "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December", "Early", "Intervention", "Plan", "Care", "Children",
        "Schools", "Community", "District", "Unified", "Academy", "Clinic", "Hospital", "Pediatrics", "Orthopedics",
        "County", "University", "Solutions", "Supply", "Services",
    };

    // Case-sensitive: "Dob" or "Age" in a name's place could be a name; "DOB" and "MRN" are labels.
    private static readonly HashSet<string> TrailingLabels = new(StringComparer.Ordinal) { "DOB", "D.O.B", "MRN", "DOS", "AGE", "Age", "Dx", "DX", "ID" };

    private static readonly HashSet<string> LeadingVerbs = new(StringComparer.Ordinal)
    {
        "Saw", "Seen", "See", "Seeing", "Evaluated", "Examined", "Referring", "Sending", "Treating", "Following",
    };

    private static readonly Regex[] NamePatterns = [LabeledName(), IntroducedName(), NameBeforeBirthOrAge()];

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal) { "de", "del", "da", "van", "von", "la", "le", "di", "bin", "al" };

    public static PatientFacts Read(MessageText text, Referrer referrer, bool selfReferral, string? fromName, int pivotYear, IReadOnlySet<string> ownNumbers)
    {
        var name = FindName(text, referrer.Name, selfReferral && referrer.Role != ReferrerRole.Family, fromName)
            ?? (referrer.Role == ReferrerRole.Family ? RelativeByFirstName(text.Own) : null);
        var dob = ClinicalDates.FindDateOfBirth(text.Own, pivotYear) ?? ClinicalDates.FindDateOfBirth(text.Quoted, pivotYear);
        var age = dob is null ? ClinicalDates.FindAge(text.Own) ?? ClinicalDates.FindAge(text.Quoted) ?? ClinicalDates.FindAge(text.Subject) : null;
        var phone = selfReferral ? referrer.Phone ?? FindPhone(text, referrer, selfReferral, ownNumbers) : FindPhone(text, referrer, selfReferral, ownNumbers);
        return new PatientFacts(name, dob, age, phone);
    }

    private static string? FindName(MessageText text, string? referrerName, bool selfReferral, string? fromName)
    {
        // Initials ("Z.") say little; the referrer's first and last names are what a candidate must not repeat.
        var referrerTokens = MessageText.NameTokens(referrerName).Where(t => t.TrimEnd('.').Length > 1).ToList();
        foreach (var source in new[] { text.Own, text.Subject, text.Quoted })
        {
            foreach (var pattern in NamePatterns)
            {
                foreach (Match match in pattern.Matches(source))
                {
                    var candidate = Clean(match.Groups["name"].Value);
                    // "on behalf of Isaac Mbatha, FNP-C": a name with credentials after it is a professional's.
                    if (candidate is not null && !CredentialAfter().IsMatch(source, match.Groups["name"].Index + match.Groups["name"].Length)
                        && !(referrerTokens.Count > 1 && referrerTokens.Take(2).All(t => candidate.Contains(t, StringComparison.OrdinalIgnoreCase))))
                    {
                        return WithMiddleInitial(candidate, text.All);
                    }
                }
            }

            if (source == text.Subject)
            {
                var fromSubject = source.Split([" - ", " – ", ": ", "(", ")", ","], StringSplitOptions.TrimEntries)
                    .Select(Clean)
                    .FirstOrDefault(n => n is not null && SubjectName().IsMatch(n));
                if (fromSubject is not null)
                {
                    return WithMiddleInitial(fromSubject, text.All);
                }
            }
        }

        // An adult writing for themselves with no display name signs with their name: the referrer's.
        // The signature's spelling ("Renée") is surer than the header's ("Renee") when both name the same person.
        var signed = referrerName is not null && fromName is not null && SignatureNames.Names(referrerName, MessageText.NameTokens(fromName)) ? referrerName : null;
        return selfReferral ? Clean(signed ?? "") ?? Clean(fromName ?? "") ?? Clean(referrerName ?? "") : null;
    }

    /// <summary>"my husband Raymond had a stroke": a family member may name the patient by first name alone.</summary>
    private static string? RelativeByFirstName(string own)
    {
        var match = RelativeFirstName().Match(own);
        return match.Success && !NotNames.Contains(match.Groups["name"].Value) ? match.Groups["name"].Value : null;
    }

    /// <summary>"Dorothy Kessler" becomes "Dorothy M Kessler" when the message also writes her middle initial.</summary>
    private static string WithMiddleInitial(string name, string text)
    {
        var words = name.Split(' ');
        if (words.Length != 2)
        {
            return name;
        }

        if (!MayHaveMiddleInitial(text, words[0], words[1]))
        {
            return name;
        }

        var (first, last) = (Regex.Escape(words[0]), Regex.Escape(words[1]));
        Match full;
        try
        {
            full = Regex.Match(text, $@"\b{first}\s+(?<m>\p{{Lu}})\.?\s+{last}\b|\b{last},\s*{first}\s+(?<m>\p{{Lu}})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
        catch (RegexMatchTimeoutException)
        {
            // A machine too busy to finish a linear pattern in a second: the name stands without its initial.
            return name;
        }

        return full.Success ? $"{words[0]} {char.ToUpperInvariant(full.Groups["m"].Value[0])} {words[1]}" : name;
    }

    // What the pattern below needs before it is worth building: "First X" followed by a space, or "Last," somewhere.
    // (The pattern is built per name, and building it cost more than all the rest of the patient read.)
    private static bool MayHaveMiddleInitial(string text, string first, string last)
    {
        if (text.Contains(last + ",", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        for (var at = text.IndexOf(first, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(first, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var i = at + first.Length;
            var spaces = i;
            while (spaces < text.Length && char.IsWhiteSpace(text[spaces]))
            {
                spaces++;
            }

            if (spaces > i && spaces < text.Length && char.IsLetter(text[spaces]))
            {
                var next = spaces + 1 < text.Length && text[spaces + 1] == '.' ? spaces + 2 : spaces + 1;
                if (next < text.Length && char.IsWhiteSpace(text[next]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string? Clean(string raw)
    {
        var name = raw.Trim().TrimEnd('.', ',', '\'', '’');
        // "Saw Alicia Montgomery (DOB 10-02-1990) today": a verb opening the sentence is no part of the name.
        if (name.IndexOf(' ') is var first and > 0 && LeadingVerbs.Contains(name[..first]))
        {
            name = name[(first + 1)..];
        }

        // "Pls see Dolores Alvarez DOB 4/2/61": a field's label after the name is no part of it.
        if (name.LastIndexOf(' ') is var space and > 0 && TrailingLabels.Contains(name[(space + 1)..].TrimEnd('.', ':')))
        {
            name = name[..space];
        }

        if (name.EndsWith("'s", StringComparison.Ordinal) || name.EndsWith("’s", StringComparison.Ordinal))
        {
            name = name[..^2];
        }

        // EHR exports write "LINDQVIST, HARPER E": reorder and title-case.
        var comma = name.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0)
        {
            name = $"{name[(comma + 1)..].Trim()} {name[..comma].Trim()}";
        }

        if (name.Length > 0 && name.Where(char.IsLetter).All(char.IsUpper))
        {
            name = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(name.ToLowerInvariant());
        }

        // 'Gerald "Gerry" Ostrowski' keeps the name the family uses, as written.
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 4 || words.Any(w => NotNames.Contains(w.TrimEnd('.')))
            || words.Any(w => !char.IsUpper(w.TrimStart('"', '“')[0]) && !Particles.Contains(w)))
        {
            return null;
        }

        return string.Join(' ', words.Select(w => w.Length == 2 && w[1] == '.' ? w[..1] : w));
    }

    private static string? FindPhone(MessageText text, Referrer referrer, bool selfReferral, IReadOnlySet<string> ownNumbers)
    {
        // Never the referrer's numbers, a signature's fax or the clinic's own lines.
        var excluded = new HashSet<string>(
            new[] { referrer.Phone, referrer.Fax }.OfType<string>().Select(PhoneMention.DigitsOf).Concat(ownNumbers));
        var signatureLines = text.Signature.ToHashSet();
        var candidates = PhoneNumbers.FindIn(WithLabelsJoined(text.Own)).Concat(PhoneNumbers.FindIn(WithLabelsJoined(text.Quoted)))
            .Where(p => !p.IsFax && !excluded.Contains(p.Digits) && !signatureLines.Contains(p.Line.Trim())
                && !OfficeLabel().IsMatch(p.Label) && !SignatureLine().IsMatch(p.Line))
            .ToList();
        return (candidates.FirstOrDefault(p => PatientCue().IsMatch(p.Line)) ?? (selfReferral ? candidates.FirstOrDefault() : null))?.Number;
    }

    /// <summary>A form that writes the label on its own line ("Parent contact:" then "Sarah O'Connor, 555-417-9003")
    /// reads as "Parent contact: Sarah O'Connor, 555-417-9003".</summary>
    internal static string WithLabelsJoined(string text) => LabelAlone().Replace(text, "$1 ");

    [GeneratedRegex(@"^([ \t]*[\p{L}][\p{L} '’/#()]{1,30}:)[ \t]*\r?\n(?=[ \t]*\S)", RegexOptions.Multiline)]
    private static partial Regex LabelAlone();

    // (The words that make a label someone else's, "Referrer name:", count on the same line only: a form titled
    // "OCCUPATIONAL THERAPY REFERRAL" above "Patient: HOLM, EDITH" names the patient.)
    // "Patient: Marcus Bell", "Pt name - BELL, MARCUS", "Member: FOSTER, EUGENE R", "Student: Ava Thompson".
    [GeneratedRegex(@"(?<!\b(?:your|parent(?:'s)?|referr\w*|contact|guardian(?:'s)?|caregiver(?:'s)?|provider(?:'s)?|sender(?:'s)?|mother(?:'s)?|father(?:'s)?)[ \t])\b(?:patient(?:'s)? name|patient|pt(?:\.| name)?|name|member|student|child(?:'s name)?|client|re)\s*[:\-–|]\s*(?:(?:Mr|Mrs|Ms|Miss)\.?\s)?(?<name>\p{Lu}[\p{L}'’\-]+(?:[ \t][""“]\p{Lu}[\p{L}'’\-]+[""”])?(?:,?[ \t]\p{Lu}[\p{L}'’\-]*\.?){1,3})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabeledName();

    // "referring Mateo Figueroa", "referral for Linda Kowalski", "my son Finn Vogel", "I saw Curtis Wynn", "please see
    // Grace Holloway", "I'm seeing Walter Brennan", "service coordinator for Nora Quinlan", "on my caseload, Leo Fernandez".
    [GeneratedRegex(@"\G" + Credentials.After)]
    private static partial Regex CredentialAfter();

    [GeneratedRegex(@"(?<!\p{L})(?i:referring|sending|(?:referral|evaluation|eval|order)(?:\s*\([^)\n]{1,20}\))?\s+for|refer|for (?:our |my )?(?:patient|member|student|client)|I saw|seen|my (?:son|daughter|grandson|granddaughter|mother|father|husband|wife|child),?|mi (?:hijo|hija|nieto|nieta|madre|padre|esposo|esposa),?|(?:one of )?(?:my|our) (?:son|daughter|patients?|students?|clients?),?|patient|student|pt\.?|on behalf of|(?:please )?see|seeing|(?:service |care )?coordinator for|caseload,|(?:is )?following|working with|caring for|regarding)[ \t]+(?:(?i:Mr|Mrs|Ms|Miss)\.?[ \t])?(?<name>\p{Lu}[\p{Ll}'’\-]+(?:[ \t]\p{Lu}\.?)?(?:[ \t]\p{Lu}[\p{L}'’\-]+){1,2})", RegexOptions.CultureInvariant)]
    private static partial Regex IntroducedName();

    [GeneratedRegex(@"^\p{Lu}[\p{Ll}'’\-]+(?:\s\p{Lu}\.?)?(?:\s\p{Lu}[\p{L}'’\-]+){1,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex SubjectName();

    [GeneratedRegex(@"\b(?i:my)\s+(?i:husband|wife|partner|son|daughter|mother|father|mom|dad|grandson|granddaughter|grandmother|grandfather|child|brother|sister)\s*,?\s+(?<name>\p{Lu}\p{Ll}+)\b(?![ \t]+\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex RelativeFirstName();

    // "Jayden Brooks (DOB 11/02/2021)", "Maya Ortiz, born 3/4/19", "Lily Chen, is a 4-year-old", "Omar Haddad is a 67 y/o",
    // "Leo Fernandez (3 years old)", "Nora Quinlan, who is 22 months old", "Walter Brennan, 72, ...".
    [GeneratedRegex(@"(?<![\p{L}'’\-])(?<name>\p{Lu}[\p{Ll}'’\-]+(?:[ \t]\p{Lu}\.?)?(?:[ \t]\p{Lu}[\p{L}'’\-]+){1,2})(?:[ \t]*[(,\-–][ \t]*|[ \t]+)(?:(?i:DOB|D\.O\.B\.?|born|date of birth)\b|(?i:(?:who|he|she)[ \t]+)?(?i:is[ \t]+)?(?:(?i:an?)[ \t]+)?\d{1,2}[ \t-]*(?i:years?|yrs?|y/?o|months?|mos?)\b|(?<=,[ \t]*)\d{1,3}(?=[ \t]*[,;)]|[ \t]+(?:and|with)\b)|(?i:age)[ \t]+\d{1,2}\b|\d{1,2}[ \t]*(?i:y/?o|yo)\b|(?<=[^\S\n])\d{1,2}/\d{1,2}/\d{2,4}\b|(?<=\()\d{1,2}(?=\)))", RegexOptions.CultureInvariant)]
    private static partial Regex NameBeforeBirthOrAge();

    [GeneratedRegex(@"\b(?:office|desk|main|clinic|direct|front|scheduling|ext|o\)|T|P|pager)\s*:?\s*$|\bmy (?:office|direct|desk)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OfficeLabel();

    // A signature's line with a fax number on it, not a sentence that mentions a fax ("Will fax order Mon").
    [GeneratedRegex(@"\|\s*F(?:ax)?\b|\bFax\s*(?:#|no\.?|number)?\s*[:\-]?\s*[(+]?\d", RegexOptions.IgnoreCase)]
    private static partial Regex SignatureLine();

    [GeneratedRegex(@"\b(?:mom|mother|dad|father|parent|parents|guardian|grandmother|grandma|grandfather|wife|husband|daughter|son|caregiver|cell|mobile|home|patient|pt|member|his|her|their|call|calls|reach|reached|reachable|text|texts|contact|phone|ph|tel|telephone|prefers?|on file|best number|your (?:number|phone|cell))\b", RegexOptions.IgnoreCase)]
    private static partial Regex PatientCue();
}
