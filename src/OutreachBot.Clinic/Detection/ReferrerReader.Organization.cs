using System.Text.RegularExpressions;

namespace OutreachBot.Clinic.Detection;

/// <summary>The referrer's organisation: the practice, hospital or school named in the signature or the mail domain.</summary>
internal static partial class ReferrerReader
{
    private static string? Organization(IReadOnlyList<string> signature, string? name, string fromAddress)
    {
        var start = name is null ? 0 : signature.ToList().FindIndex(l => l.StartsWith(name, StringComparison.Ordinal)) + 1;
        var domain = fromAddress.Split('@').LastOrDefault()?.Split('.')[0].ToLowerInvariant() ?? "";
        string? best = null;
        var bestScore = 0;
        var lines = signature.Skip(start).Take(8).ToList();
        if (start > 0 && SplitNameLine(signature[start - 1]).After is { } rest)
        {
            // "Dana Whitfield, MD | Orthopaedic Surgeon | Lakeside Orthopedics": a one-line signature names the
            // practice after the name.
            lines.Insert(0, rest);
        }

        // "Harbor Walk-In Care – Quayside": a mail editor turns a typed " - " into an en dash; the practice and its
        // branch are recorded with the hyphen that was typed.
        foreach (var line in lines.Select(l => l.Trim().Replace(" – ", " - ", StringComparison.Ordinal)).Where(l => l.Length > 0))
        {
            if (line.StartsWith("Sent from", StringComparison.OrdinalIgnoreCase) || line.StartsWith("Get Outlook", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            // "Front Desk | Bright Path Occupational Therapy": each part of a line is a candidate. A part that shares
            // a word stem with the mail domain (lakesideortho.example) is the organization; department lines are not.
            // "Children's Health Partners | P: 555.233.8100": the numbers beside the name are left out, not the line.
            // "Lakeside Orthopedics, 123 Main St, Springfield IL": the practice before its address.
            // "Riverside Neurology Associates  555-447-1200": a run of spaces parts the name from its number.
            var segments = SegmentBreak().Split(line).Where(p => p.Length > 0).ToArray();
            foreach (var part in (segments.Length > 1 ? segments : [line]).SelectMany(OrganizationParts).Where(p => IsNameOnly(p) && !IsWebAddress(p)))
            {
                var letters = new string([.. part.ToLowerInvariant().Where(char.IsLetter)]);
                // The longer the stretch of the mail domain a part spells, the surer it is the organization
                // ("Brookline Plastic Surgery" over "Plastic & Reconstructive Surgery" for brooklineplastics.example).
                // "Kestrel Ridge Neurology" spells "kestrel" and "neuro" of kestrelneuro.example, a department line
                // ("Neurology / MS Center") only "neuro"; "ksusportsmed" abbreviates "Kestrel State University".
                var stem = DomainCoverage(letters, part, domain);
                // A legal suffix ("P.C.", "LLC") names a business, whatever department words it also holds.
                var score = (stem >= 5 ? 10 + stem : 0)
                    + (OrganizationWords.IsIn(part) ? 2 : 0)
                    + (LegalEnding().IsMatch(part) ? 5 : 0)
                    - (TitleWords.IsIn(part) || IsDepartment(part) || Mailbox().IsMatch(part) || DocumentTitle().IsMatch(part) ? 3 : 0);
                // On a tie, a department before the organization is left out ("MS Center - Northfield Neurology
                // Associates"), a branch after it is kept ("Summit Physical Therapy - Pediatrics").
                if (score > bestScore || (score == bestScore && best is not null && part.Length < best.Length
                    && best.EndsWith(part, StringComparison.Ordinal) && !best.StartsWith(part, StringComparison.Ordinal)))
                {
                    (best, bestScore) = (part, score);
                }
            }
        }

        return best;
    }

    /// <summary>
    /// How many letters of the mail domain the organization's name spells: its longest shared run, then further runs
    /// of three letters or more in what is left, and what is left may be the initials of words of the name
    /// ("ksu" in ksusportsmed for "Kestrel State University Sports Medicine Clinic").
    /// </summary>
    private static int DomainCoverage(string letters, string part, string domain)
    {
        var longest = SharedStem(letters, domain);
        if (longest < 5)
        {
            return longest;
        }

        var covered = 0;
        var rest = domain;
        for (var run = longest; run >= 3; run = SharedStem(letters, rest))
        {
            var at = FindRun(letters, rest, run);
            covered += run;
            // The covered run is replaced by a stop, so no later run is read across it.
            rest = $"{rest[..at]}|{rest[(at + run)..]}";
        }

        var initials = new string([.. part.Split([' ', '-', '/'], StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).Select(w => char.ToLowerInvariant(w[0]))]);
        return covered + rest.Split('|').Where(left => left.Length >= 2 && initials.Contains(left, StringComparison.Ordinal)).Sum(left => left.Length);
    }

    // Where in the domain the first run of the given length that the name also spells begins.
    private static int FindRun(string letters, string domain, int length)
    {
        for (var i = 0; i + length <= domain.Length; i++)
        {
            if (!domain.AsSpan(i, length).Contains('|') && letters.Contains(domain.AsSpan(i, length), StringComparison.Ordinal))
            {
                return i;
            }
        }

        return 0;
    }

    // "Developmental-Behavioral Pediatrics" under the doctor's name is the department; "Eastlake Developmental-Behavioral
    // Pediatrics" is a practice named after its place, which the department words do not open. A line that calls itself
    // one ("Social Work Department") is one wherever it says so.
    private static bool IsDepartment(string part) =>
        DepartmentWords.FirstIn(part) is { } department
        && (part.StartsWith(department, StringComparison.OrdinalIgnoreCase) || DepartmentWords.AllIn(part).Any(UnitWords.Contains));

    private static readonly HashSet<string> UnitWords = new(StringComparer.OrdinalIgnoreCase) { "department", "division", "unit" };

    // Addresses ("Clear Lake, IL 60000", "Suite 300") name a place, not the organization; numbers and addresses no one.
    // A relay's footer ("RightFax Server FAXSRV01") names no organization.
    private static bool IsNameOnly(string part) =>
        !part.Contains('@', StringComparison.Ordinal) && !char.IsDigit(part[0])
        && (part.Count(char.IsDigit) < 7 || PhoneNumbers.FindIn(part).Count == 0) && !RelayName().IsMatch(part) && !AddressLine().IsMatch(part);

    // "MS Center - Northfield Neurology Associates", "Special Education Teacher, Lincoln Elementary": the whole line
    // and each of its parts compete, so a department or title beside the organization's name is left out.
    private static IEnumerable<string> OrganizationParts(string segment)
    {
        yield return segment;
        if (NameBeforeNumber().Match(segment) is { Success: true } beside)
        {
            // "CareFirst Home Health 555-246-9000": one space between the practice and its number.
            yield return beside.Groups["name"].Value;
        }

        foreach (var separator in new[] { " - ", ", " })
        {
            if (segment.Contains(separator, StringComparison.Ordinal))
            {
                var parts = segment.Split(separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                for (var i = 0; i < parts.Length; i++)
                {
                    // "Granite Falls Neurology, PA": a legal suffix stays with the name before it.
                    yield return i + 1 < parts.Length && separator == ", " && LegalSuffix().IsMatch(parts[i + 1]) ? $"{parts[i]}, {parts[i + 1]}" : parts[i];
                    if (NameBeforeNumber().Match(parts[i]) is { Success: true } numbered)
                    {
                        // "Pediatric GI, Harbor Children's Clinics Phone 555-700-3300": the practice after the
                        // department, its number beside it.
                        yield return numbered.Groups["name"].Value;
                    }
                }
            }
        }
    }

    /// <summary>A school is named with its district ("Lincoln Elementary, District 58") when the signature gives both.</summary>
    private static string? WithDistrict(string? organization, IReadOnlyList<string> signature)
    {
        if (organization is null || (SchoolName().IsMatch(organization) && District().IsMatch(organization)))
        {
            // "Eastview Middle School · Pine Valley ISD": a dot or bullet between them is layout, read as a comma.
            return organization is null ? null : string.Join(", ", organization.Split(['·', '•'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        }

        // "Willow Creek Elementary - Northfield Unified School District" on one line is kept as written.
        foreach (var line in signature)
        {
            if (line.Contains(organization, StringComparison.Ordinal) && SchoolName().Match(line) is { Success: true } schoolName
                && District().Matches(line).LastOrDefault() is { } district && district.Index > schoolName.Index)
            {
                var from = line.LastIndexOfAny(['|', ',', '-', ':', '·', '•'], schoolName.Index) + 1;
                var end = district.Index + district.Length;
                while (end < line.Length && (char.IsDigit(line[end]) || (line[end] == ' ' && end + 1 < line.Length && char.IsDigit(line[end + 1]))))
                {
                    end++;
                }

                // A bar between them is a layout, not a name: "Cedar Hollow Elementary, Maple Grove CUSD 12".
                var written = string.Join(", ", line[from..end].Split(['|', '·', '•'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
                if (!TitleWords.IsIn(written))
                {
                    return written;
                }
            }
        }

        var parts = signature
            .SelectMany(l => l.Split(['|', ','], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Where(part => part.Length < 50 && !organization.Contains(part, StringComparison.Ordinal))
            .ToList();
        if (SchoolName().IsMatch(organization))
        {
            var district = parts.FirstOrDefault(part => District().IsMatch(part));
            return district is null ? organization : $"{organization}, {district}";
        }

        // The mail domain is often the district's: the school in the signature comes first.
        var school = District().IsMatch(organization) ? parts.FirstOrDefault(part => SchoolName().IsMatch(part) && !TitleWords.IsIn(part)) : null;
        return school is null ? organization : $"{school}, {organization}";
    }

    [GeneratedRegex(@"^(?<name>\p{Lu}[^\d()@:|]{3,60}?)\s+(?:(?:tel|ph|phone|office|main)\.?:?\s*)?\(?\d{3}\)?[\s.\-]\d{3}[\s.\-]\d{4}\b[^\p{L}]*$", RegexOptions.IgnoreCase)]
    private static partial Regex NameBeforeNumber();

    [GeneratedRegex(@"\s*[|–—]\s*|\s{2,}")]
    private static partial Regex SegmentBreak();

    [GeneratedRegex(@"\b(?:Elementary|Middle School|High School|Junior High|Early Learning|Academy|Preschool|Primary School)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SchoolName();

    [GeneratedRegex(@"\b(?:C?USD|ISD|School District|District\s+\d+|Public Schools|SD\s+\d+)\b", RegexOptions.IgnoreCase)]
    private static partial Regex District();

    [GeneratedRegex(@"^Dr\.?\s+")]
    private static partial Regex DoctorPrefix();

    // "CRESTVIEW ORTHOPEDICS - PRESCRIPTION": the title of an attached form beside the practice that wrote it.
    [GeneratedRegex(@"\b(?:prescription|orders?|referral\s+form|form|operative\s+note|op\s+note|progress\s+note|summary|fax\s+cover)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DocumentTitle();

    [GeneratedRegex(@"\b(?:e?fax|rightfax|server|scanner|no-?reply|notifications?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RelayName();

    [GeneratedRegex(@",?\s(?:PA|P\.A\.|PC|P\.C\.|LLC|PLLC|LLP|Inc\.?|Ltd\.?|S\.C\.)$")]
    private static partial Regex LegalEnding();

    [GeneratedRegex(@"^(?:PA|P\.A\.|PC|P\.C\.|LLC|PLLC|LLP|Inc\.?|Ltd\.?|SC|S\.C\.)$")]
    private static partial Regex LegalSuffix();

    [GeneratedRegex(@"\b[A-Z]{2},?\s+\d{5}(?:-\d{4})?\b|\b(?:Suite|Ste\.?|P\.?O\.? Box|Floor)\s*#?\d|\d+\s+\w+(?:\s\w+)?\s+(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Dr|Drive|Lane|Ln|Way|Pkwy|Parkway|Hwy)\b\.?")]
    private static partial Regex AddressLine();

    // A mail service's footer ("Manage delivery settings at https://portal.faxrelay.example") spells its domain too.
    private static bool IsWebAddress(string part) =>
        part.Contains("://", StringComparison.Ordinal) || part.Contains("www.", StringComparison.OrdinalIgnoreCase);
}
