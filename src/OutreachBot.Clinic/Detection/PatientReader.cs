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
        // A newborn's chart name ("Baby Boy Brooks") and a subject's notice words ("Appointment Confirmation") are no names.
        "Baby", "Appointment", "Confirmation", "Reminder", "Status", "Alert", "Claim",
        // A subject's order words ("OT Rx - R. Patel") are no names either.
        "Rx", "OT", "PT", "Eval", "Evaluation", "Order", "Orders",
        // A form's column heads ("Patient Last Name: ...", "Last Name | First Name") are read by NameFields, not as a name.
        "First", "Last",
    };

    // "Mr Eugene Salazar, 79yo": a courtesy title opening the name is no part of it (a doctor's "Dr" marks no patient).
    private static readonly HashSet<string> Honorifics = new(StringComparer.OrdinalIgnoreCase) { "Mr", "Mrs", "Ms", "Miss", "Mx" };

    // Trailing capitals that are not a surname ("see Victor Aldana ASAP?"); "Jr" and "III" stay.
    private static readonly HashSet<string> TrailingWords = new(StringComparer.Ordinal) { "ASAP", "STAT", "PT", "OT", "URGENT", "PLEASE", "TODAY" };

    // Case-sensitive: "Dob" or "Age" in a name's place could be a name; "DOB" and "MRN" are labels.
    private static readonly HashSet<string> TrailingLabels = new(StringComparer.Ordinal) { "DOB", "D.O.B", "MRN", "DOS", "AGE", "Age", "Dx", "DX", "ID" };

    private static readonly HashSet<string> LeadingVerbs = new(StringComparer.Ordinal)
    {
        "Saw", "Seen", "See", "Seeing", "Evaluated", "Examined", "Referring", "Sending", "Treating", "Following",
    };

    // Surer forms first; the lower-case forms last, as they read least.
    private static readonly Regex[] NamePatterns =
    [
        LabeledName(), IntroducedName(), NameBeforeBirthOrAge(), SurnameFirstBeforeBirth(), SurnameFirstAfterPatient(), TreatedBefore(), NameOfTheFamily(), LowerCaseIntroduced(), NameIsSentence(),
    ];

    // Only these read a name typed in lower case; the others' capitals (or a label's case-blind match) mark a name.
    private static readonly HashSet<Regex> LowerCasePatterns = [NamePatterns[^2], NamePatterns[^1]];

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal) { "de", "del", "da", "van", "von", "la", "le", "di", "bin", "al" };

    // forwardNote: the forwarder's own note above a forwarded referral, when there is one.
    public static PatientFacts Read(MessageText text, Referrer referrer, bool selfReferral, string? fromName, int pivotYear, IReadOnlySet<string> ownNumbers, MessageText? forwardNote = null)
    {
        var name = FindName(text, referrer.Name, selfReferral && referrer.Role != ReferrerRole.Family, fromName)
            ?? (forwardNote is null ? null : FindName(forwardNote, referrer.Name, selfReferral: false, fromName))
            ?? (referrer.Role == ReferrerRole.Family ? RelativeByFirstName(text, referrer.Name, fromName) : null)
            ?? (selfReferral && referrer.Role == ReferrerRole.Family && WriterIsThePatient(text.Own) ? WritersFullName(text.Own, referrer.Name, fromName) : null);
        // "correction: her DOB is 9/21/26" in the forwarder's note is newer than the referral it forwards.
        var dob = (forwardNote is null ? null : ClinicalDates.FindDateOfBirth(forwardNote.Own, pivotYear))
            ?? ClinicalDates.FindDateOfBirth(text.Own, pivotYear) ?? ClinicalDates.FindDateOfBirth(text.Quoted, pivotYear);
        // An adult writing about herself ("I'm 34", beside "baby is 3 months") gives her own age.
        var ownAge = selfReferral && referrer.Role == ReferrerRole.Other ? ClinicalDates.FindWritersAge(text.Own) : null;
        var age = dob is null ? ownAge ?? ClinicalDates.FindAge(text.Own) ?? AgeBesideName(text.Own, name) ?? AgeBesideName(text.Own, FirstNameAsWritten(name, text.Own)) ?? ClinicalDates.FindAge(text.Quoted) ?? ClinicalDates.FindAge(text.Subject) : null;
        // "Also the patient's phone has changed - his new cell is ...": the forwarder's note is newer than what it forwards.
        var newer = forwardNote is null ? null : Candidates(forwardNote.Own, "", forwardNote, referrer, ownNumbers).FirstOrDefault(p => ForwardedPatientCue().IsMatch(p.Line) && !WritersOwnNumber().IsMatch(p.Line))?.Number;
        var phone = newer ?? (selfReferral ? NumberToCallInstead(text, referrer, ownNumbers) ?? referrer.Phone ?? FindPhone(text, referrer, selfReferral, ownNumbers, name) : FindPhone(text, referrer, selfReferral, ownNumbers, name));
        return new PatientFacts(name, dob, age, phone);
    }

    private static string? FindName(MessageText text, string? referrerName, bool selfReferral, string? fromName)
    {
        // Initials ("Z.") say little; the referrer's first and last names are what a candidate must not repeat.
        var referrerTokens = MessageText.NameTokens(referrerName).Where(t => t.TrimEnd('.').Length > 1).ToList();
        foreach (var source in new[] { text.Own, text.Subject, text.Quoted })
        {
            if (NameFields(source) is { } fromFields)
            {
                return fromFields;
            }

            foreach (var pattern in NamePatterns)
            {
                foreach (Match match in pattern.Matches(source))
                {
                    // A parent typing all in lower case ("her name is aaliyah jones") still names the child.
                    var raw = match.Groups["name"].Value;
                    var lowerCase = !raw.Any(char.IsUpper) && LowerCasePatterns.Contains(pattern);
                    var candidate = lowerCase && raw.Split(' ').Any(NotLowerCaseNames.Contains) ? null
                        : Clean(lowerCase ? CultureInfo.InvariantCulture.TextInfo.ToTitleCase(raw) : raw);
                    // "on behalf of Isaac Mbatha, FNP-C": a name with credentials after it is a professional's.
                    if (candidate is not null && !CredentialAfter().IsMatch(source, match.Groups["name"].Index + match.Groups["name"].Length)
                        && !(referrerTokens.Count > 1 && referrerTokens.Take(2).All(t => candidate.Contains(t, StringComparison.OrdinalIgnoreCase))))
                    {
                        candidate = WithSecondSurname(candidate, raw, source, match.Groups["name"].Index + match.Groups["name"].Length);
                        return WithMiddleInitial(WithFullSurname(candidate, text.All), text.All);
                    }
                }
            }

            if (source == text.Subject)
            {
                var fromSubject = source.Split([" - ", " – ", ": ", "(", ")", ","], StringSplitOptions.TrimEntries)
                    .Select(Clean)
                    .FirstOrDefault(n => n is not null && SubjectName().IsMatch(n)) ?? ReferralSubjectName(source);
                if (fromSubject is not null)
                {
                    return WithMiddleInitial(WithFullSurname(fromSubject, text.All), text.All);
                }
            }
        }

        if (CoverSheetSubjectName(text.Own) is { } fromCoverSheet)
        {
            return fromCoverSheet;
        }

        return selfReferral ? WritersOwnName(text.Own, referrerName, fromName) : null;
    }

    private static string? Clean(string raw)
    {
        // "Margaret (Peggy) Lindholm": the nickname in brackets is an aside; the record keeps the legal name.
        var name = Nickname().Replace(raw, " ").Trim().TrimEnd('.', ',', '\'', '’');
        if (name.IndexOf(' ') is var title and > 0 && Honorifics.Contains(name[..title].TrimEnd('.')))
        {
            name = name[(title + 1)..].TrimStart();
        }

        if (name.LastIndexOf(' ') is var tail and > 0 && TrailingWords.Contains(name[(tail + 1)..].TrimEnd('.', '!', '?')) && name.Any(char.IsLower))
        {
            name = name[..tail];
        }

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

        name = SuffixLast(InReadingOrder(name));

        // 'Gerald "Gerry" Ostrowski' keeps the name the family uses, as written.
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 4 || words.Any(w => NotNames.Contains(w.TrimEnd('.')))
            || words.Any(w => !char.IsUpper(w.TrimStart('"', '“')[0]) && !Particles.Contains(w)))
        {
            return null;
        }

        // "O’Neill" is filed as "O'Neill": the record keeps one apostrophe whatever the writer's keyboard typed.
        return string.Join(' ', words.Select(w => w.Length == 2 && w[1] == '.' ? w[..1] : w)).Replace('’', '\'');
    }

    // (The words that make a label someone else's, "Referrer name:", count on the same line only: a form titled
    // "OCCUPATIONAL THERAPY REFERRAL" above "Patient: HOLM, EDITH" names the patient.)
    // "Patient: Marcus Bell", "Pt name - BELL, MARCUS", "Member: FOSTER, EUGENE R", "Student: Ava Thompson",
    // "Patient: Margaret (Peggy) Lindholm" (the name the family uses, in brackets, is dropped by Clean),
    // "Patient name (Last, First): PHAM, EMILY"; a table's label and value apart by a tab ("Member<tab>Frank DeLuca").
    [GeneratedRegex(@"(?<!\b(?:your|parent(?:'s)?|referr\w*|contact|guardian(?:'s)?|caregiver(?:'s)?|provider(?:'s)?|sender(?:'s)?|mother(?:'s)?|father(?:'s)?)[ \t])\b(?:patient(?:'s)? name|patient|pt(?:\.| name)?|name|member|student|child(?:'s name)?|client|claimant|injured worker|participant|re)(?:[ \t]*\((?i:last|first)[^)\n]{0,20}\))?(?:\s*[:\-–|]\s*|\t+)(?:(?:Mr|Mrs|Ms|Miss)\.?\s)?(?<name>\p{Lu}[\p{L}'’\-]+(?:[ \t][""“]\p{Lu}[\p{L}'’\-]+[""”]|[ \t]\(\p{Lu}[\p{L}'’\-]+\))?(?:,?[ \t]\p{Lu}[\p{L}'’\-]*\.?){1,3})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabeledName();

    // "referring Mateo Figueroa", "referral for Linda Kowalski", "my son Finn Vogel", "I saw Curtis Wynn", "please see
    // Grace Holloway", "I'm seeing Walter Brennan", "service coordinator for Nora Quinlan", "on my caseload, Leo Fernandez".
    [GeneratedRegex(@"\G" + Credentials.After)]
    private static partial Regex CredentialAfter();

    // Also "one of our participants, Tyler Brooks", "update on Elijah Brooks", "soy la abuela de Diego Villanueva",
    // "the referral we sent Friday for Denise Okafor" (a correction's own words), "a 7th grade student, Ava Lindgren",
    // "pls see 3yo Noah Patel", "my mother, Margaret (Peggy) Lindholm", "my dad Reginald Monroe", "I have a student, Marco Ilunga",
    // "a 4 yr 7 mo old girl, Sofia Lindqvist", "Following up on Sofia Lindqvist", "correction on Isla Moreau:",
    // "We are discharging Mrs. Edna Ruiz-Hale from home health", "I am the case manager for Tobias Greer",
    // a child-care center's "One of our toddlers, Ada Bell (she turned 2 in May)", a fax cover's field "Referral for: Tess
    // Yarrowby", a therapist introducing herself "I'm the inpatient PT for Colm Reyes".
    [GeneratedRegex(@"(?<!\p{L})(?i:referring|sending|(?:referral|evaluation|eval|order)(?:\s*\([^)\n]{1,20}\))?\s+for:?|(?:PT|OT|SLP|therapist)[ \t]+for|referral[ \t]+(?:we|I)[ \t]+(?:sent|faxed|submitted|emailed)(?:[^.\n]|(?<=Dr)\.){0,60}?[ \t]for|grade[ \t]+(?:student|boy|girl),|refer|for (?:our |my )?(?:patient|member|student|client)|I saw|seen|my (?:son|daughter|grandson|granddaughter|mother|father|mom|dad|mum|husband|wife|child),?|mi (?:hijo|hija|nieto|nieta|madre|padre|esposo|esposa),?|(?:one of )?(?:my|our) (?:son|daughter|patients?|students?|clients?|participants?|toddlers?|preschoolers?),?|an? (?:patient|student|client|resident|participant),|old (?:girl|boy|male|female|man|woman|gentleman|lady)(?:,|[ \t]+named)|patient|student|pt\.?|on behalf of|(?:please )?see|seeing|(?:service |care )?coordinator for|caseload,|(?:is )?following|working with|caring for|regarding|(?:an? |quick |brief )?(?:update|correction) on|follow(?:ing)?[ \-]up (?:on|regarding|about)|discharging|(?:case manager|social worker) for|(?:the )?(?:grandmother|grandfather|mother|father|legal guardian|guardian|aunt|uncle) of|(?:la|el) (?:abuela|abuelo|madre|mamá|padre|papá|tía|tío|tutora?) de)[ \t]+(?:(?i:Mr|Mrs|Ms|Miss)\.?[ \t])?(?:(?:(?i:a|this|the)[ \t]+)?\d{1,2}[ \t\-]?(?i:yo|y/o|y\.o\.|year[ \-]old|yr[ \-]old|mo|month[ \-]old)[ \t]+)?(?<name>\p{Lu}[\p{Ll}'’\-]+(?:(?<=-)\p{Lu}\p{Ll}+)?(?:[ \t]\(\p{Lu}[\p{Ll}'’\-]+\))?(?:[ \t]\p{Lu}\.?)?(?:[ \t]\p{Lu}[\p{L}'’\-]+){1,2})", RegexOptions.CultureInvariant)]
    private static partial Regex IntroducedName();

    // "her name is aaliyah jones dob 6/2/21", "his name is Tomas Rivera", "his legal name is Robert Lee Tran": the sentence names the patient, in any case.
    // (Lower case takes two words only: what follows a name typed in lower case is no surer sign of its end.)
    [GeneratedRegex(@"\b(?i:(?:his|her|their|the (?:patient|child)(?:'s|’s)?|my (?:son|daughter|child)(?:'s|’s))(?: legal| full)? name is)[ \t]+(?<name>\p{Lu}[\p{Ll}'’\-]+(?:[ \t]\p{Lu}[\p{L}'’\-]+){1,2}|\p{Ll}[\p{Ll}'’\-]+[ \t]\p{Ll}[\p{Ll}'’\-]+(?=[ \t]*(?:[,.;!]|dob\b|d\.o\.b|born\b|age\b|and\b|$)))", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex NameIsSentence();

    // "Margaret (Peggy) Lindholm", and a form typed in capitals: "BENJAMIN (BENJI) STOLTZFUS".
    [GeneratedRegex(@"[ \t]*\(\p{Lu}(?:[\p{Ll}'’\-]+|[\p{Lu}'’\-]+)\)[ \t]*")]
    private static partial Regex Nickname();

    [GeneratedRegex(@"^\p{Lu}[\p{Ll}'’\-]+(?:(?<=-)\p{Lu}\p{Ll}+)?(?:\s\p{Lu}\.?)?(?:\s\p{Lu}[\p{L}'’\-]+){1,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex SubjectName();

    // "Jayden Brooks (DOB 11/02/2021)", "Maya Ortiz, born 3/4/19", "Lily Chen, is a 4-year-old", "Omar Haddad is a 67 y/o",
    // "Leo Fernandez (3 years old)", "Nora Quinlan, who is 22 months old", "Walter Brennan, 72, ...", "Dolores Fischer (she's 84)",
    // a student named with the grade "Jaylen Brooks (3rd grade, age 8)".
    [GeneratedRegex(@"(?<![\p{L}'’\-])(?<name>\p{Lu}[\p{Ll}'’\-]+(?:[ \t]\p{Lu}\.?)?(?:[ \t]\p{Lu}[\p{L}'’\-]+){1,2})(?:[ \t]*[(,\-–][ \t]*|[ \t]+)(?:(?i:DOB|D\.O\.B\.?|born|date of birth)\b|(?i:(?:who|he|she)[ \t]+)?(?i:is[ \t]+)?(?:(?i:an?)[ \t]+)?\d{1,2}[ \t-]*(?i:years?|yrs?|y/?o|months?|mos?)\b|(?<=,[ \t]*)\d{1,3}(?=[ \t]*[,;)]|[ \t]+(?:and|with)\b)|(?i:age)[ \t]+\d{1,2}\b|\d{1,2}[ \t]*(?i:y/?o|yo)\b|(?<=[^\S\n])\d{1,2}/\d{1,2}/\d{2,4}\b|(?<=\()\d{1,2}(?=\))|(?<=[(,][ \t]*)\d(?:st|nd|rd|th)[ \t]+(?i:grade)\b|(?<=[(,][ \t]*)(?i:he|she)['’]s[ \t]+\d{1,3}(?=[ \t]*[),;]))", RegexOptions.CultureInvariant)]
    private static partial Regex NameBeforeBirthOrAge();
}
