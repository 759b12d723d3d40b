using System.Text.RegularExpressions;

namespace OutreachBot.Clinic.Detection;

/// <summary>
/// The clinic's front desk passing on a referral that came by fax or phone ("FW: New fax from EASTBROOK PED PTNRS":
/// "Referral came in on the fax this morning - from Dr. Adeyemi at Eastbrook Pediatric Partners for Noah..."). The
/// referrer is the one the note names, never the staff member who wrote it; a fax notification gives their fax.
/// </summary>
internal static partial class PassedOnByStaff
{
    public static Referrer Read(string own)
    {
        var said = FromWhom().Match(own);
        var doctor = said.Groups["doctor"];
        // Only "Dr. Adeyemi" is written: that is the name; a full name reads as a signature would, with MD.
        var name = !doctor.Success ? null : doctor.Value.Contains(' ', StringComparison.Ordinal) ? doctor.Value : $"Dr. {doctor.Value}";
        var organization = said.Groups["org"].Success ? said.Groups["org"].Value.Trim() : null;
        var role = ReferrerRoles.FromSignature([.. new[] { name, organization }.OfType<string>()], organization)
            ?? (doctor.Success ? ReferrerRole.Physician : null);
        var notification = FaxFrom().Match(own);
        var fax = notification.Success ? PhoneNumbers.FindIn(notification.Value).FirstOrDefault()?.Number : null;
        return new Referrer(name, organization, name is null && organization is null ? null : role, null, fax, null);
    }

    private const string Organization = @"\p{Lu}[\p{L}&'’\-]*(?:[ \t]+(?:&|of|and|the|\p{Lu}[\p{L}&'’\-]*))*";

    [GeneratedRegex(@"\bfrom\s+(?:Dr\.?\s+(?<doctor>\p{Lu}[\p{L}'’\-]+(?:\s\p{Lu}[\p{L}'’\-]+)?)(?:\s+(?:at|of|with)\s+(?<org>" + Organization + "))?|(?<org>" + Organization + @"(?=\s+(?:for|about|re|regarding)\b)))")]
    private static partial Regex FromWhom();

    // "From: EASTBROOK PED PTNRS  (555) 802-7741" in a fax server's notice.
    [GeneratedRegex(@"^\s*From\s*:[^\n@]*?\(?\d{3}\)?[\s.\-]*\d{3}[\s.\-]\d{4}", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex FaxFrom();
}
