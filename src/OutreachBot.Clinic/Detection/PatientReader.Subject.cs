using System.Text.RegularExpressions;

namespace OutreachBot.Clinic.Detection;

/// <summary>A referral's subject line that names the patient the way a record or a hurried note does.</summary>
internal static partial class PatientReader
{
    /// <summary>
    /// "OT Referral - Okafor, Denise" (the record's surname-first order, which the plain reading splits at the comma) and
    /// "OP OT referral Dorothy Klein - discharging" (the name straight after the word). Read only when the subject says
    /// it is a referral, so that a subject's other commas ("Wrist, Elbow") name no one.
    /// </summary>
    private static string? ReferralSubjectName(string subject)
    {
        if (!subject.Contains("referral", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        foreach (var part in subject.Split([" - ", " – ", ": ", "(", ")"], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var at = part.IndexOf("referral ", StringComparison.OrdinalIgnoreCase);
            var name = SurnameFirstSubject().IsMatch(part) ? Clean(part)
                : at >= 0 ? Clean(part[(at + "referral ".Length)..])
                : null;
            if (name is not null && SubjectName().IsMatch(name))
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>A fax service's notice quotes the cover sheet's subject in its body ("Notes on cover sheet: OT REFERRAL -
    /// YARROWBY, TESS - R WRIST"): read as a referral's subject when the fax image itself cannot be read.</summary>
    private static string? CoverSheetSubjectName(string own)
    {
        foreach (Match line in CoverSheetSubject().Matches(own))
        {
            if (ReferralSubjectName(line.Groups["subject"].Value.Trim()) is { } name)
            {
                return name;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^[ \t]*(?:subject[ \t]*/[ \t]*notes|notes|subject|re)(?:[ \t]+(?:on|from)[ \t]+(?:the[ \t]+)?cover[ \t]*sheet)?[ \t]*:[ \t]*(?<subject>[^\n]+)$", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex CoverSheetSubject();

    [GeneratedRegex(@"^\p{Lu}[\p{L}'’\-]+,[ \t]*\p{Lu}[\p{L}'’\-]+(?:[ \t]\p{Lu}\.?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex SurnameFirstSubject();
}
