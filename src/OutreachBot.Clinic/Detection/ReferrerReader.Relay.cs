using System.Text.RegularExpressions;

namespace OutreachBot.Clinic.Detection;

/// <summary>Mail that no person signs: shared mailboxes, no-reply relays and fax covers.</summary>
internal static partial class ReferrerReader
{
    private static bool IsNoReply(string fromAddress) => RelayMailbox.IsRelay(fromAddress);

    /// <summary>A display name that is a mailbox or a practice, not a person: "Cardiac Rehab Scheduling",
    /// "Greenway Pediatric Associates", "Scan-to-Email".</summary>
    private static bool IsMailboxName(string? fromName) =>
        fromName is not null && (Mailbox().IsMatch(fromName) || (OrganizationWords.IsIn(fromName) && !fromName.Contains(',', StringComparison.Ordinal)));

    /// <summary>"Office of Dr. Amelia Stroud" or "Dr. Lee's Office": the mailbox is the doctor's, who refers.</summary>
    private static string? DoctorsOffice(string? fromName) =>
        fromName is not null && DoctorsOfficeName().Match(fromName) is { Success: true } office ? office.Groups["name"].Value : null;

    [GeneratedRegex(@"^\s*(?:(?:the\s+)?office\s+of\s+Dr\.?\s+(?<name>\p{Lu}[\p{L}'’\-]+(?:\s\p{Lu}\.?)?\s\p{Lu}[\p{L}'’\-]+)|Dr\.?\s+(?<name>\p{Lu}[\p{L}'’\-]+(?:\s\p{Lu}\.?)?\s\p{Lu}[\p{L}'’\-]+)['’]s\s+office)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex DoctorsOfficeName();

    /// <summary>A practice's own mailbox ("Greenway Pediatric Associates") names the practice; a relay's "Brookside
    /// Family Practice via CareLink" names the practice it relays for.</summary>
    private static string? DisplayedOrganization(string? fromName)
    {
        var via = fromName?.IndexOf(" via ", StringComparison.OrdinalIgnoreCase) ?? -1;
        var shown = via > 0 ? fromName![..via] : fromName;
        return shown is not null && !Mailbox().IsMatch(shown) && OrganizationWords.IsIn(shown) && shown.Trim().Contains(' ', StringComparison.Ordinal)
            ? shown.Trim()
            : null;
    }

    /// <summary>A fax names the practice and the number it came from; a doctor named on its cover is the referrer
    /// when the mail that carried it names no one.</summary>
    private static Referrer WithFaxCover(Referrer referrer, (string? Name, string? Organization, string? Phone, string? Fax) cover)
    {
        var name = referrer.Name ?? cover.Name;
        var organization = referrer.Organization ?? FromCapitals(cover.Organization);
        var signature = new[] { name, organization }.OfType<string>().ToList();
        return referrer with
        {
            Name = name,
            Organization = organization,
            Role = referrer.Role ?? (signature.Count > 0 ? ReferrerRoles.FromSignature(signature, organization) : null),
            Phone = referrer.Phone ?? cover.Phone,
            Fax = referrer.Fax ?? cover.Fax,
        };
    }
}
