using System.Text.RegularExpressions;

namespace OutreachBot.Clinic.Detection;

/// <summary>The referrer's numbers that an attached form or an earlier message gives when the signature does not.</summary>
internal static partial class ReferrerReader
{
    /// <summary>
    /// "Requested by: Maria Roe, IEP Coordinator   Tel (555) 602-3800 x118" or "Service Coordinator: Rosa Lee  555.219.6604"
    /// in the attached form: the line that names the sender gives their numbers (and a "Phone ... Fax ..." line right
    /// under it), when the note signs with the name alone.
    /// </summary>
    private static Referrer WithNumbersBesideName(Referrer referrer, string quoted)
    {
        if (referrer.Phone is not null || referrer.Name is not { } name
            || name.Split(',')[0].Split(' ', StringSplitOptions.RemoveEmptyEntries) is not [var first, .., var last]
            || first.StartsWith("Dr", StringComparison.Ordinal) || !quoted.Contains(last, StringComparison.OrdinalIgnoreCase))
        {
            return referrer;
        }

        var lines = quoted.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (!line.Contains($"{first} {last}", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var numbers = PhoneNumbers.FindIn(line);
            for (var next = i + 1; next < lines.Length && next <= i + 2 && NumberLine().IsMatch(lines[next].Trim()); next++)
            {
                numbers.AddRange(PhoneNumbers.FindIn(lines[next]));
            }

            // "Latoya Grant / Service Coordinator / Bright Beginnings EI / Office: 555.288.6010  Fax: ...": the full
            // signature of the writer's first message, quoted below a reply signed with a first name. The title and
            // practice lines stand between the name and the numbers.
            for (var next = i + 1; numbers.Count == 0 && next < lines.Length && next <= i + 4; next++)
            {
                var below = lines[next].Trim();
                if (below.Length == 0 || below.Length > 70)
                {
                    break;
                }

                if (NumberLine().IsMatch(below))
                {
                    numbers.AddRange(PhoneNumbers.FindIn(below));
                }
            }

            if (numbers.FirstOrDefault(p => !p.IsFax) is { } phone)
            {
                // "Service Coordinator: Rosa Lee" labels the sender with the title the signature left out.
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                var titled = colon > 0 && colon < line.IndexOf(first, StringComparison.OrdinalIgnoreCase) ? line[..colon].Trim() : null;
                return referrer with
                {
                    Phone = phone.Number,
                    Fax = referrer.Fax ?? numbers.FirstOrDefault(p => p.IsFax)?.Number,
                    Role = referrer.Role ?? (titled is null ? null : ReferrerRoles.FromSignature([titled], referrer.Organization)),
                };
            }
        }

        return referrer.Fax is null ? WithLetterheadOfOwnLetter(referrer, lines, $"{first} {last}") : referrer;
    }

    /// <summary>
    /// "Please find attached my referral letter", signed "Theodore Roe, MD" only, and the letter itself headed "RIVERSIDE
    /// NEUROLOGY CLINIC / 40 Elm Street / Phone (555) 301-2200   Fax (555) 301-2209" and signed "/s/ Theodore Roe, MD":
    /// the heading of the sender's own letter gives the numbers.
    /// </summary>
    private static Referrer WithLetterheadOfOwnLetter(Referrer referrer, string[] lines, string signer)
    {
        if (!lines.Any(l => SignerLine().Match(l) is { Success: true } typed
                && l.AsSpan(typed.Length).TrimStart().StartsWith(signer, StringComparison.OrdinalIgnoreCase)))
        {
            return referrer;
        }

        var heading = lines.Select(l => l.Trim()).SkipWhile(l => l.Length == 0).ToList();
        if (heading.Count < 3 || !OrganizationWords.IsIn(heading[0]) || heading[0].Contains(':', StringComparison.Ordinal) || heading[0].Any(char.IsDigit))
        {
            return referrer;
        }

        // The heading ends where the letter begins: its date, the "Re:" line or the greeting.
        var numbers = heading.Skip(1).Take(4).TakeWhile(l => l.Length > 0 && !LetterOpening().IsMatch(l))
            .Where(l => NumberLine().IsMatch(l)).SelectMany(PhoneNumbers.FindIn).ToList();
        return numbers.FirstOrDefault(p => !p.IsFax) is { } phone
            ? referrer with { Phone = phone.Number, Fax = numbers.FirstOrDefault(p => p.IsFax)?.Number }
            : referrer;
    }

    // "/s/ ", "Electronically signed by: ", "Signed: ", "Signature: " before the name typed under a letter.
    [GeneratedRegex(@"^\s*(?:/s/|electronically\s+signed(?:\s+by)?|signed(?:\s+by)?|signature)\s*:?", RegexOptions.IgnoreCase)]
    private static partial Regex SignerLine();

    [GeneratedRegex(@"^(?:re\s*:|dear\b|to\s+whom\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d{1,2}/\d{1,2}/\d{2,4}$)", RegexOptions.IgnoreCase)]
    private static partial Regex LetterOpening();

    /// <summary>
    /// "Direct (555) 734-6122 / Main (555) 734-6100" signs the note and the attached order's heading reads "Tel (555)
    /// 734-6100  Fax (555) 734-6109": the practice's fax beside one of the signature's numbers.
    /// </summary>
    private static Referrer WithFaxBesideSignedNumber(Referrer referrer, IReadOnlyList<string> signature, string quoted)
    {
        // Most messages quote no fax line: the plain search comes before reading the numbers of the whole thread.
        if (referrer.Fax is not null || referrer.Phone is null || !quoted.Contains("fax", StringComparison.OrdinalIgnoreCase))
        {
            return referrer;
        }

        var signed = PhoneNumbers.FindIn(string.Join('\n', signature)).Where(p => !p.IsFax).Select(p => p.Digits).ToHashSet();
        // Only the lines that say "fax" are read for their numbers.
        foreach (var text in quoted.Split('\n').Where(l => l.Contains("fax", StringComparison.OrdinalIgnoreCase)))
        {
            var line = PhoneNumbers.FindIn(text);
            if (line.Any(p => !p.IsFax && signed.Contains(p.Digits)) && line.Where(p => p.IsFax).ToList() is [var fax])
            {
                return referrer with { Fax = fax.Number };
            }
        }

        return referrer;
    }

    /// <summary>
    /// "Lakeview Neurology" signs the note and the attached order is headed "LAKEVIEW NEUROLOGY ASSOCIATES - THERAPY
    /// ORDER": the form writes the practice's whole name, which the signature shortened.
    /// </summary>
    private static Referrer WithPracticeNameInForm(Referrer referrer, string quoted)
    {
        if (referrer.Organization is not { Length: > 3 } organization || !quoted.Contains(organization, StringComparison.OrdinalIgnoreCase))
        {
            return referrer;
        }

        foreach (var line in quoted.Split('\n'))
        {
            var heading = line.Trim().Split([" - ", " – ", " | "], 2, StringSplitOptions.TrimEntries)[0];
            if (heading.Length > organization.Length + 1 && heading.StartsWith(organization + " ", StringComparison.OrdinalIgnoreCase)
                && heading[(organization.Length + 1)..].Split(' ') is var added && added.Length <= 2 && added.All(w => PracticeEnding().IsMatch(w)))
            {
                return referrer with { Organization = FromCapitals(heading) };
            }
        }

        return referrer;
    }

    [GeneratedRegex(@"^(?:associates|group|partners|specialists|physicians|clinic|center|centre|institute|PC|P\.C\.|PLLC|LLC|PA)$", RegexOptions.IgnoreCase)]
    private static partial Regex PracticeEnding();

    // A line that opens with a number's label ("Phone (555) 447-8200  Fax ...", "Return reports to fax: ...").
    [GeneratedRegex(@"^(?:(?:return|send)\b[^:\d]{0,25}\bfax\b|(?:tel|phone|ph|fax|office|main|direct)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex NumberLine();
}
