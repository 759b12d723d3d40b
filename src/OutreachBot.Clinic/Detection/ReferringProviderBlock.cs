using System.Text.RegularExpressions;

namespace OutreachBot.Clinic.Detection;

/// <summary>
/// The referrer as a referral form or an EHR letter names them: a "Referring provider:" line or a "REFERRING PROVIDER"
/// section (name, practice, numbers below it), and office staff signing "Referral Coordinator for Jane Roe, MD".
/// Either names the provider who refers, which the signature of whoever sent the mail does not.
/// </summary>
internal static partial class ReferringProviderBlock
{
    /// <summary>"Priyanka Shah, MD  -  Hand &amp; Upper Extremity Surgery" under a form's heading: the provider, with credentials.</summary>
    public static string? ProviderLine(string line)
    {
        var name = NameWithCredential().Match(line.Trim());
        return name.Success && (name.Value.Contains(',', StringComparison.Ordinal) || DoctorPrefix().IsMatch(name.Value))
            ? Credentials.WithoutSentenceStop(name.Value.Trim().TrimEnd(','))
            : null;
    }

    /// <summary>"Bev Tolliver RN" is written "Bev Tolliver, RN", as credentials after a comma are.</summary>
    public static string CommaBeforeCredential(string name) => SpacedCredential().Replace(name.Trim(), "$1, $2");

    // "CHEN" is Chen; "Chen" and "McAdams" stay as written.
    private static string NameCase(string name) => name.Any(char.IsLower)
        ? name
        : System.Globalization.CultureInfo.InvariantCulture.TextInfo.ToTitleCase(name.ToLowerInvariant());

    /// <summary>
    /// "Orthopaedic Hand Surgery, Lakeshore University Hospital" is the department, then the institution, which is the
    /// organization (the department still says the specialty).
    /// </summary>
    public static string? InstitutionOf(string? organization) =>
        organization?.Split(", ") is [var department, var institution] && Institution().IsMatch(institution) && !Institution().IsMatch(department)
            ? institution
            // "Lakeshore Medical Center - 4 West": the hospital's ward or floor after the dash is no part of its name.
            : organization?.Split(" - ") is [var hospital, var ward] && Institution().IsMatch(hospital) && Ward().IsMatch(ward)
                ? hospital
                : organization;

    /// <summary>Reads a labelled referring-provider block from the sender's text, or null when there is none.</summary>
    public static Referrer? Read(string own) =>
        Read(own, Label()) ?? (FaxCover().IsMatch(own) ? Read(own, FaxCoverFrom()) : null);

    /// <summary>
    /// The physician who discharges or attends the patient ("Discharging physician: Dr. Nadia Farouk"): the referrer
    /// when whoever sent the mail has no clinical role of their own (a unit secretary), never over a case manager.
    /// </summary>
    public static Referrer? ReadTreating(string own) => Read(own, TreatingLabel());

    private static Referrer? Read(string own, Regex labels)
    {
        // A plain-text table ("Referring      | Priya Lane, MD") reads like a form's "Referring: Priya Lane, MD".
        var lines = own.Split('\n').Select(l => l.Contains('|', StringComparison.Ordinal) ? TableRow().Replace(l.Trim(), "$1: ") : l.Trim()).ToArray();
        for (var i = 0; i < lines.Length; i++)
        {
            var label = labels.Match(lines[i]);
            if (!label.Success)
            {
                continue;
            }

            var rest = label.Groups["rest"].Value.Trim();
            // The block ends at a blank line or at a field about someone else ("Patient phone:", "Reason:").
            var following = lines.Skip(i + 1).TakeWhile(l => l.Length > 0 && !OtherField().IsMatch(l)).Take(4).ToList();
            if (rest.Length == 0)
            {
                if (following.Count == 0)
                {
                    return null;
                }

                rest = following[0];
                following.RemoveAt(0);
            }

            // "Yusuf Amari, MD (PM&R)   Tel 555-744-1000  Fax 555-744-1010": the numbers on the name's line are the
            // provider's; what follows the name up to them may name the practice.
            var numbers = PhoneNumbers.FindIn(rest);
            // "Aisha Ray, MD · Eastgate Neurology · (555) 610-2200": a referral network writes the fields of one line
            // between dots; a separator left before the cut-off number is no part of the practice.
            var named = (NotPractice().Match(rest) is { Success: true } stop ? rest[..stop.Index] : rest).TrimEnd(' ', '·', '•', '|', '-');
            var parts = named.Split([" - ", " | ", " – ", " · ", " • "], 2, StringSplitOptions.TrimEntries);
            // "FROM: Coastal Hand Surgery - Dr. Felix Amara": a fax cover may write the practice before the doctor.
            if (parts.Length == 2 && DoctorPrefix().IsMatch(parts[1]) && !DoctorPrefix().IsMatch(parts[0]))
            {
                parts = [parts[1], parts[0]];
            }

            // An EHR writes "CHEN, MARISOL, NP" or "Chen, Marisol A NP": the name reads first name first.
            if (LastCommaFirst().Match(parts[0]) is { Success: true } ehr)
            {
                var first = ehr.Groups["initial"].Success ? $"{ehr.Groups["first"].Value} {ehr.Groups["initial"].Value}" : ehr.Groups["first"].Value;
                var person = NameCase($"{first} {ehr.Groups["last"].Value}");
                parts[0] = (ehr.Groups["cred"].Success ? $"{person}, {ehr.Groups["cred"].Value}" : person) + parts[0][ehr.Length..];
            }

            var name = NameWithCredential().Match(parts[0]);
            if (!name.Success)
            {
                return null;
            }

            // "Dr. Angela Moss, Cornerstone Orthopedics": the practice after the name and a comma.
            if (parts.Length == 1 && parts[0][name.Length..].Trim(' ', ',') is { Length: > 3 } after && !after.Contains(':', StringComparison.Ordinal)
                && char.IsUpper(after[0]))
            {
                parts = [parts[0][..name.Length], after];
            }

            // "Practice: Valley Oncology Associates" names it with a label; otherwise the first plain line below the name.
            var labelled = following.Select(l => PracticeLabel().Match(l)).FirstOrDefault(m => m.Success && PhoneNumbers.FindIn(m.Groups["org"].Value).Count == 0);
            // "Rafael Ortiz, MD, PhD - Movement Disorders" over "Meridian Neuroscience Institute": the part after the
            // dash is the provider's section, the line below the institution.
            // "Lena Ruiz, MD - Hand & Upper Extremity Surgery" over "Eastlake Orthopedic Associates" is the same: a
            // specialty after the dash, the practice below.
            var institutionBelow = parts.Length > 1 && following.Count > 0 && (Institution().IsMatch(following[0]) || PracticeWord().IsMatch(following[0]))
                && !Institution().IsMatch(parts[1]) && !PracticeWord().IsMatch(parts[1])
                && !following[0].Any(char.IsDigit) && !following[0].Contains(':', StringComparison.Ordinal);
            // "Department: Neurology - Movement Disorders, Eastgate Neuroscience Institute" under the provider names the
            // institution after the department; a department alone ("Department: Neurology") names no practice.
            var department = following.Select(l => DepartmentLabel().Match(l)).FirstOrDefault(m => m.Success && InstitutionOf(m.Groups["org"].Value.Trim()) != m.Groups["org"].Value.Trim());
            var organization = institutionBelow ? following[0]
                : parts.Length > 1 ? parts[1]
                : labelled is not null ? labelled.Groups["org"].Value.Trim()
                : department is not null ? department.Groups["org"].Value.Trim()
                // A line with digits is an address or the next section's heading ("VISIT NOTE 03/03/2025"), not the practice.
                : following.FirstOrDefault(l => !l.Any(char.IsDigit) && !l.Contains(':', StringComparison.Ordinal) && !l.Contains('@', StringComparison.Ordinal)
                    && !SignedLine().IsMatch(l))
                // An EHR's notice names the practice once, at its top ("Sending facility: Eastlake Orthopedics"), and the
                // ordering provider further down with the specialty in brackets.
                ?? (SendingFacility().Match(own) is { Success: true } facility ? facility.Groups["org"].Value.Trim() : null);
            // A web form asks the referrer's title apart from the name ("Referrer title / role: Discharge Planner"):
            // the title says the role the credentials do not.
            var title = following.Select(l => TitleLabel().Match(l)).FirstOrDefault(m => m.Success);
            var phones = numbers.Concat(PhoneNumbers.FindIn(string.Join('\n', following))).ToList();
            // "Dr. Nadia Farouk" is Nadia Farouk, as in a signature; a doctor or a "physician:" label says the role
            // when nothing more precise does.
            var doctor = DoctorPrefix().IsMatch(name.Value) || PhysicianLabel().IsMatch(label.Value);
            var titled = title is null ? null : ReferrerRoles.FromSignature([name.Value, title.Groups["title"].Value], null);
            return new Referrer(
                // "Marisol Chen NP" is written "Marisol Chen, NP", as the credentials after a comma are.
                Credentials.WithoutSentenceStop(DoctorPrefix().Replace(SpacedCredential().Replace(name.Value.Trim().TrimEnd(','), "$1, $2"), "")),
                organization,
                titled ?? (doctor ? ReferrerRole.Physician : null),
                phones.FirstOrDefault(p => !p.IsFax)?.Number,
                phones.FirstOrDefault(p => p.IsFax)?.Number,
                null);
        }

        return null;
    }

    // "Referring worker: Ana Ruiz, LMSW" opens an agency's block as "Referring provider:" opens a practice's.
    [GeneratedRegex(@"^(?:(?:referring|ordering)\s+(?:provider|physician|clinician|doctor|practitioner|MD|worker|case\s+manager|social\s+worker)(?:'s name|\s+name)?|referred\s+by|(?:referring\s+)?provider(?:'s)?\s+name|referrer(?:'s)?\s+name|(?:provider|referring|ordering|physician)(?=\s*:))\s*(?::|-)?\s*(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Label();

    // "Referring      | Priya Lane, MD": a label, spaces and a bar open a row of a plain-text table.
    [GeneratedRegex(@"^([A-Za-z][A-Za-z '/#]{1,30}?)\s*\|\s*(?=\S)")]
    private static partial Regex TableRow();

    // What ends the practice's name on the provider's line: a number's label, an identifier, a signature or a date.
    [GeneratedRegex(@"\s(?:\(|(?:tel|phone|ph|p|office|fax|fx|f|cell)\.?\s*[:#]?\s*[\d(+]|(?:NPI|DEA|signed|signature|date)\b|\d)|\s{3,}", RegexOptions.IgnoreCase)]
    private static partial Regex NotPractice();

    // A fax cover sheet's sender: "From: Dr. Angela Moss, Cornerstone Orthopedics" with "Phone:" and "Fax:" below.
    [GeneratedRegex(@"^From\s*:\s*(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex FaxCoverFrom();

    [GeneratedRegex(@"\bfax\s+cover(?:\s+sheet)?\b|^\s*FAX\s*$", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex FaxCover();

    [GeneratedRegex(@"^(?:discharging|attending)\s+(?:provider|physician|doctor|MD)\s*(?::|-)?\s*(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex TreatingLabel();

    [GeneratedRegex(@"^(?:referring\s+|provider\s+)?(?:practice|clinic|organi[sz]ation|facility|group|office|practice name|clinic name|location|company|agency)\s*(?:name)?\s*:\s*(?<org>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex PracticeLabel();

    // Fields of the patient's part of a form, which end the provider's block.
    [GeneratedRegex(@"^(?:patient|pt\b|parent|mother|father|mom\b|dad\b|guardian|caregiver|family|emergency|spouse|wife|husband|son\b|daughter|member|student|child|DOB|date of birth|reason|diagnosis|dx\b|ICD|insurance|concern|request|needs|discharge|admi(?:t|ssion)|home|cell|mobile|address|re\s*:|subject|pages|to\s*:)", RegexOptions.IgnoreCase)]
    private static partial Regex OtherField();

    [GeneratedRegex(@"^(?:Dr\.?\s+)?" + Credentials.Name + "(?:" + Credentials.After + @"|\s+" + SpacedCredentials + @"(?![\w-]))?")]
    private static partial Regex NameWithCredential();

    // The credentials an EHR or a display name writes after a space ("Marisol Chen NP").
    private const string SpacedCredentials = @"(?:MD|M\.D\.|DO|NP|PA-C|FNP-C|FNP|APRN|CPNP|DPT|OTR/L|LCSW|RN)";

    [GeneratedRegex(@"^(.*\p{L})\s+(" + SpacedCredentials + ")$")]
    private static partial Regex SpacedCredential();

    [GeneratedRegex(@"^(?<last>\p{Lu}[\p{L}'’\-]+),\s*(?<first>\p{Lu}[\p{L}'’\-]+)(?:\s+(?<initial>\p{Lu})\.?)?(?:,?\s+(?<cred>" + SpacedCredentials + @"(?:,\s*" + Credentials.One + @")*))?(?=\s*$|\s{2,})")]
    private static partial Regex LastCommaFirst();

    [GeneratedRegex(@"\b(?:Hospital|Medical Center|Health System|Health|University|Clinic|Children's|Institute)\b")]
    private static partial Regex Institution();

    // "Department: Neurology - Movement Disorders, Eastgate Neuroscience Institute".
    [GeneratedRegex(@"^(?:department|dept\.?|division|service)\s*:\s*(?<org>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex DepartmentLabel();

    // "Sending facility: Eastlake Orthopedics", "Referring practice: ...": the practice an EHR's notice refers from.
    [GeneratedRegex(@"^[ \t]*(?:sending|referring|ordering|requesting)[ \t]+(?:facility|practice|clinic|organi[sz]ation|office|location)(?:[ \t]+name)?[ \t]*:[ \t]*(?<org>\p{L}[^\n:]{2,80}?)[ \t]*$", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex SendingFacility();

    // "Referrer title / role: Discharge Planner", "Title: Case Manager", "Position: School Psychologist".
    [GeneratedRegex(@"^(?:(?:referrer|referring\s+provider|provider)(?:'s)?\s+)?(?:title|role|position|job\s+title)(?:\s*/\s*(?:title|role|position))?\s*:\s*(?<title>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex TitleLabel();

    // "4 West", "5 North", "Unit 3B", "Floor 6": a ward of a hospital.
    [GeneratedRegex(@"^(?:\d{1,2}\s*(?:North|South|East|West|[NSEW])|(?:Unit|Floor|Ward)\s+\w{1,4})$", RegexOptions.IgnoreCase)]
    private static partial Regex Ward();

    // The words a practice's own name ends in or holds ("Eastlake Orthopedic Associates", "Harbor Pediatrics PC").
    [GeneratedRegex(@"\b(?:Associates|Group|Partners|Specialists|Physicians|Orthopa?edics|Pediatrics|Neurology|PC|PLLC|LLC|P\.C\.)\b")]
    private static partial Regex PracticeWord();

    [GeneratedRegex(@"^\w+\s+(?:physician|doctor|MD)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PhysicianLabel();

    [GeneratedRegex(@"^Dr\.?\s+")]
    private static partial Regex DoctorPrefix();

    // "Electronically signed by Dana Whitfield, MD on 11/09/2026" signs the form; it names no practice.
    [GeneratedRegex(@"^(?:electronically\s+)?signed\b", RegexOptions.IgnoreCase)]
    private static partial Regex SignedLine();
}
