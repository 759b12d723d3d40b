using System.Text.RegularExpressions;

namespace OutreachBot.Clinic.Detection;

/// <summary>Reads who sent a referral from the signature block and the From address.</summary>
internal static partial class ReferrerReader
{
    private static readonly Phrases OrganizationWords = new(
        "pediatrics", "pediatric", "orthopedics", "orthopaedics", "orthopaedic", "orthopedic", "clinic", "hospital",
        "medical", "center", "centre", "health", "healthcare", "school", "elementary", "district", "neurology",
        "associates", "group", "rehab", "rehabilitation", "therapy", "services", "practice", "care", "LLC", "PC", "PLLC",
        "institute", "university", "physicians", "partners", "specialists", "plan", "DCFS", "family", "home health",
        "early learning", "USD", "academy", "department", "medicine");

    private static readonly Phrases TitleWords = new(
        "coordinator", "assistant", "manager", "director", "nurse", "surgery", "fellow", "resident", "attending",
        "teacher", "psychologist", "counselor", "specialist", "therapist", "chief", "supervisor");

    private static readonly HashSet<string> NoReplyLocalParts = new(StringComparer.OrdinalIgnoreCase)
    {
        "noreply", "no-reply", "donotreply", "do-not-reply", "notifications", "mailer-daemon", "postmaster",
    };

    public static Referrer Read(MessageText text, string fromAddress, string? fromName)
    {
        var signature = text.Signature;
        var name = NameLine(signature, fromName);
        var organization = Organization(signature, name);
        var phones = PhoneNumbers.FindIn(string.Join('\n', signature));
        var fax = phones.FirstOrDefault(p => p.IsFax)?.Number;
        var phone = phones.FirstOrDefault(p => !p.IsFax)?.Number;
        var email = NoReplyLocalParts.Contains(fromAddress.Split('@')[0]) ? null : fromAddress;
        var role = ReferrerRoles.FromSignature(signature, organization);
        return new Referrer(name ?? Reorder(fromName), organization, role, phone, fax, email.NullIfEmpty());
    }

    private static string? NameLine(IReadOnlyList<string> signature, string? fromName)
    {
        var tokens = MessageText.NameTokens(fromName);
        var line = signature.FirstOrDefault(l => tokens.Count > 0 && tokens.Take(2).All(t => l.Contains(t, StringComparison.OrdinalIgnoreCase)))
            ?? signature.FirstOrDefault(l => PersonName().IsMatch(l));
        if (line is null)
        {
            return null;
        }

        // "Anita Rosales, MD | Prairie Pediatrics" keeps only the name and credentials.
        var name = line.Split('|')[0].Trim().TrimEnd(',');
        return name.Length is > 2 and < 70 && !name.Contains('@', StringComparison.Ordinal) && !char.IsDigit(name[0]) ? name : null;
    }

    private static string? Organization(IReadOnlyList<string> signature, string? name)
    {
        var start = name is null ? 0 : signature.ToList().FindIndex(l => l.StartsWith(name, StringComparison.Ordinal)) + 1;
        foreach (var line in signature.Skip(start).Take(4))
        {
            if (line.Contains('@', StringComparison.Ordinal) || PhoneNumbers.FindIn(line).Count > 0 || line.Any(char.IsDigit))
            {
                continue;
            }

            // "Front Desk | Bright Path Occupational Therapy" names the organization after the bar.
            var parts = line.Split('|', StringSplitOptions.TrimEntries);
            var organization = parts.LastOrDefault(p => OrganizationWords.IsIn(p) && !TitleWords.IsIn(p.Split(',')[0]));
            if (organization is not null)
            {
                var comma = organization.LastIndexOf(", ", StringComparison.Ordinal);
                return comma > 0 && TitleWords.IsIn(organization[..comma]) ? organization[(comma + 2)..] : organization;
            }
        }

        return null;
    }

    private static string? Reorder(string? fromName)
    {
        if (string.IsNullOrWhiteSpace(fromName) || fromName.Contains('@', StringComparison.Ordinal))
        {
            return null;
        }

        var parts = fromName.Split(',', 2, StringSplitOptions.TrimEntries);
        return parts.Length == 2 && !parts[1].Contains(' ', StringComparison.Ordinal) && parts[1].Length > 3
            ? $"{parts[1]} {parts[0]}"
            : fromName.Trim();
    }

    private static string? NullIfEmpty(this string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    [GeneratedRegex(@"^(?:Dr\.?\s)?[A-Z][a-z'’\-]+(?:\s[A-Z]\.?)?\s[A-Z][A-Za-z'’\-]+(?:,\s*[A-Za-z.\-/, ]{1,30})?$")]
    private static partial Regex PersonName();
}
