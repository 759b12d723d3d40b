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

    [GeneratedRegex(@"^\p{Lu}[\p{L}'’\-]+,[ \t]*\p{Lu}[\p{L}'’\-]+(?:[ \t]\p{Lu}\.?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex SurnameFirstSubject();
}
