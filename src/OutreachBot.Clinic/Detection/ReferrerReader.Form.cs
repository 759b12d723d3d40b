using System.Text.RegularExpressions;

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

        var heading = FormHeading(text.Quoted);
        var organization = FromCapitals(block.Organization ?? heading?.Organization);
        // The heading's address line carries the practice's numbers when the provider's block gives none.
        return referrer with
        {
            Organization = organization,
            Role = (organization is null ? null : ReferrerRoles.FromSignature([provider, organization], organization)) ?? referrer.Role ?? block.Role,
            Phone = block.Phone ?? (block.Fax is null ? heading?.Phone : null),
            Fax = block.Fax ?? (block.Phone is null ? heading?.Fax : null),
        };
    }

    /// <summary>The practice a relayed form's heading names, with the numbers of its address line when none are known.</summary>
    private static Referrer WithFormHeading(Referrer referrer, FormTop heading)
    {
        var organization = FromCapitals(heading.Organization);
        return referrer with
        {
            Organization = organization,
            Role = (referrer.Name is { } name ? ReferrerRoles.FromSignature([name, organization!], organization) : null) ?? referrer.Role,
            Phone = referrer.Phone ?? (referrer.Fax is null ? heading.Phone : null),
            Fax = referrer.Fax ?? (referrer.Phone is null ? heading.Fax : null),
        };
    }

    // "Summit Orthopaedic & Spine - Hand and Upper Extremity" over an address line heads the form: the practice is the
    // part before a department. The lines below give the address or the numbers, and may name the provider
    // ("Priyanka Shah, MD - Hand Surgery"). A fax's "FAX" or "FAX COVER SHEET" may stand above it.
    private static FormTop? FormHeading(string forms)
    {
        var lines = forms.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var top = lines.Length > 0 && FaxTitle().IsMatch(lines[0]) ? 1 : 0;
        if (lines.Length < top + 2 || !OrganizationWords.IsIn(lines[top]) || lines[top].Contains(':', StringComparison.Ordinal)
            || PhoneNumbers.FindIn(lines[top]).Count > 0)
        {
            return null;
        }

        // A fax cover's "To:" line under the heading gives the receiving clinic's numbers; its "From:" line the sender's.
        var next = RecipientLine().IsMatch(lines[top + 1]) && lines.Length > top + 2 ? top + 2 : top + 1;
        var provider = ReferringProviderBlock.ProviderLine(lines[next]);
        // "Omar Haddad, MD, FAAP     Tel (555) 325-6600   Fax ..." gives the numbers on the provider's own line.
        var address = provider is null || PhoneNumbers.FindIn(lines[next]).Count > 0 ? lines[next] : lines.ElementAtOrDefault(next + 1) ?? "";
        if (!(char.IsDigit(address.FirstOrDefault()) || (PhoneNumbers.FindIn(address).Count > 0 && !FieldLabel().IsMatch(address))))
        {
            return null;
        }

        var parts = lines[top].Split([" - ", " – ", " | "], 2, StringSplitOptions.TrimEntries);
        // "FAX COVER  -  Riverbend Internal Medicine": the fax's title before the practice is no part of its name.
        return parts.Length == 2 && FaxTitle().IsMatch(parts[0])
            ? new FormTop(parts[1], address, provider)
            : new FormTop(parts.Length == 2 && !OrganizationWords.IsIn(parts[1]) ? parts[0] : lines[top], address, provider);
    }

    [GeneratedRegex(@"^(?:to|attn)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex RecipientLine();

    [GeneratedRegex(@"^(?:fax|facsimile)(?:\s+(?:cover(?:\s+sheet)?|transmittal))?$", RegexOptions.IgnoreCase)]
    private static partial Regex FaxTitle();

    // "DOB: 1958-03-02  Phone: ..." is the patient's part of the form, not the practice's address line.
    [GeneratedRegex(@"^(?:patient|pt|name|DOB|date of birth|member|guardian|parent)\b[^:]{0,20}:", RegexOptions.IgnoreCase)]
    private static partial Regex FieldLabel();

    /// <summary>A form's heading: the practice, its address line (read once for its numbers) and a provider line.</summary>
    private sealed record FormTop(string Organization, string AddressLine, string? Provider)
    {
        private readonly List<PhoneMention> _numbers = PhoneNumbers.FindIn(AddressLine);

        public string? Phone => _numbers.FirstOrDefault(p => !p.IsFax)?.Number;

        public string? Fax => _numbers.FirstOrDefault(p => p.IsFax)?.Number;
    }

    private static string LastName(string name) =>
        name.Split(',')[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
}
