namespace OutreachBot.Clinic.Detection;

internal static partial class ReferrerReader
{
    /// <summary>
    /// A provider who signs with initials from a phone ("RK / Sent from my iPhone") and attaches their order: the
    /// order's "Ordering physician:" block names them again with the numbers, under the practice's heading.
    /// </summary>
    private static Referrer WithAttachedForm(Referrer referrer, MessageText text)
    {
        if (referrer.Organization is not null || referrer.Phone is not null || referrer.Fax is not null || referrer.Name is not { } name
            || text.FirstQuoted is not null || ReferringProviderBlock.Read(text.Quoted) is not { Name: { } provider } block
            || !LastName(provider).Equals(LastName(name), StringComparison.OrdinalIgnoreCase))
        {
            return referrer;
        }

        var organization = block.Organization ?? FormHeading(text.Quoted);
        return referrer with
        {
            Organization = organization,
            Role = referrer.Role ?? ReferrerRoles.FromSignature([provider, .. organization is null ? Array.Empty<string>() : [organization]], organization) ?? block.Role,
            Phone = block.Phone,
            Fax = block.Fax,
        };
    }

    // "Summit Orthopaedic & Spine - Hand and Upper Extremity" over an address line heads the form: the practice is the
    // part before a department.
    private static string? FormHeading(string forms)
    {
        var lines = forms.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length < 2 || !OrganizationWords.IsIn(lines[0]) || lines[0].Contains(':', StringComparison.Ordinal) || PhoneNumbers.FindIn(lines[0]).Count > 0
            || !char.IsDigit(lines[1][0]))
        {
            return null;
        }

        var parts = lines[0].Split([" - ", " – ", " | "], 2, StringSplitOptions.TrimEntries);
        return parts.Length == 2 && !OrganizationWords.IsIn(parts[1]) ? parts[0] : lines[0];
    }

    private static string LastName(string name) =>
        name.Split(',')[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
}
