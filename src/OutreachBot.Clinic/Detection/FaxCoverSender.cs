using System.Text.RegularExpressions;

namespace OutreachBot.Clinic.Detection;

/// <summary>
/// Who sent a fax, from its cover sheet or the relay's notice: "From: Oakridge Family Medicine - Dr. Sandoval",
/// "FAX  From: Lindenwood Pediatrics  Fax (555) 366-2201", "You have received a 2 page fax from (555) 650-3302".
/// A fax names its practice and a doctor, often by surname alone, and the number it came from is the practice's fax.
/// </summary>
internal static partial class FaxCoverSender
{
    public static (string? Name, string? Organization, string? Phone, string? Fax)? Read(string subject, string text, Func<string, bool> looksLikeOrganization)
    {
        if (!FaxWords().IsMatch(text) && !FaxWords().IsMatch(subject))
        {
            return null;
        }

        string? name = null, organization = null, phone = null, fax = null;
        // A relay's notice ("From: 5553447701") may stand above the cover's own "From: Dr. Leonard Roe, MD  Phone: ...".
        foreach (Match from in CoverFrom().Matches(text))
        {
            var rest = from.Groups["rest"].Value.Trim();
            if (!rest.Any(char.IsLetter))
            {
                continue;
            }

            foreach (var number in PhoneNumbers.FindIn(rest))
            {
                // The number a fax came from is a fax line unless the cover labels it a phone.
                (phone, fax) = PhoneLabel().IsMatch(number.Label) ? (phone ?? number.Number, fax) : (phone, fax ?? number.Number);
            }

            var named = NumberLabel().Match(rest) is { Success: true } label ? rest[..label.Index] : rest;
            // "From: 5553817702 (CSID: EASTLAKE FAMILY MED)": the sending machine's station id names the practice.
            named = StationId().Match(named) is { Success: true } station ? station.Groups["id"].Value.Trim() : named;
            var parts = named.Split([" - ", " | ", " – ", ", ", " / "], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i < parts.Length; i++)
            {
                if (Doctor().Match(parts[i]) is { Success: true } doctor)
                {
                    // "Dr. Sandoval" is all the cover gives; "Dr. Ana Ruiz" is Ana Ruiz, as in a signature, and "Dr.
                    // Ana Ruiz, MD" Ana Ruiz, MD.
                    var credentials = doctor.Groups["first"].Success && i + 1 < parts.Length && CredentialsOnly().IsMatch(parts[i + 1]) ? $", {parts[i + 1]}" : "";
                    name ??= doctor.Groups["first"].Success ? $"{doctor.Groups["first"].Value} {doctor.Groups["last"].Value}{credentials}" : parts[i];
                }
                else if (name is null && PersonName().IsMatch(parts[i]) && i + 1 < parts.Length && CredentialsOnly().IsMatch(parts[i + 1]))
                {
                    // "From: Lauren Mitchell, PA-C", an EHR notice's "From: Anita Rao, MD - Brookside Family Practice".
                    name = $"{parts[i]}, {parts[i + 1]}";
                }
                else if (looksLikeOrganization(parts[i]) || (i > 0 && Doctor().IsMatch(parts[i - 1]) && PracticeName().IsMatch(parts[i])))
                {
                    // "FROM: Dr. Ana Ruiz / Bayview Hand & Upper Extremity": the practice follows the doctor.
                    organization ??= parts[i];
                }
            }

            // "From: Northgate Family Practice" over "Sender: Dr. Paula Roe" and "Phone: 555-506-3300   Fax: 555-506-3301".
            var below = text.AsSpan(from.Index + from.Length).TrimStart('\r').TrimStart('\n');
            foreach (var line in below[..Math.Min(below.Length, 240)].ToString().Split('\n').Take(2).Select(l => l.Trim()))
            {
                if (name is null && SenderLine().Match(line) is { Success: true } sender && Doctor().Match(sender.Groups["who"].Value.Trim()) is { Success: true } sending)
                {
                    name = sending.Groups["first"].Success ? $"{sending.Groups["first"].Value} {sending.Groups["last"].Value}" : sending.Value;
                }
                else if ((phone is null || fax is null) && NumbersLine().IsMatch(line))
                {
                    // "Phone: (555) 655-2040" and "Fax: (555) 655-2041" may stand on lines of their own.
                    var numbers = PhoneNumbers.FindIn(line);
                    (phone, fax) = (phone ?? numbers.FirstOrDefault(p => !p.IsFax)?.Number, fax ?? numbers.FirstOrDefault(p => p.IsFax)?.Number);
                }
            }

            // A relay's "From: 5553817702 (SUMMIT HAND UE)" gives a number; the cover below it may still name the provider.
            if (name is not null || (organization is not null && !from.Groups["rest"].Value.Any(char.IsDigit)))
            {
                break;
            }
        }

        if (name is null && CoverNote().Match(text) is { Success: true } note && NoteSigner().Match(note.Groups["note"].Value) is { Success: true } signer)
        {
            // "Cover note (entered by sender): ... Felix Grant MD, Riverside Pediatrics", "... w/ Dr. Ivan Petrakis":
            // the fax service's notice quotes the sender's own words, which name the provider.
            name = signer.Groups["cred"].Success ? $"{signer.Groups["name"].Value}, {signer.Groups["cred"].Value}" : signer.Groups["name"].Value;
            organization ??= signer.Groups["org"].Success && looksLikeOrganization(signer.Groups["org"].Value) ? signer.Groups["org"].Value.Trim() : null;
        }

        var relayed = fax is null ? RelayedFrom().Match(subject) : null;
        if (relayed is { Success: false })
        {
            relayed = RelayedFrom().Match(text);
        }

        if (fax is null && relayed is { Success: true })
        {
            fax = relayed.Groups["number"].Value;
        }

        return name is null && organization is null && fax is null ? null : (name, organization, phone, fax);
    }

    [GeneratedRegex(@"^[\d\s()+.\-]{7,}\((?:CSID|TSID|station\s+id)\s*:\s*(?<id>\p{L}[^)]{2,60})\)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex StationId();

    [GeneratedRegex(@"^(?:sender|provider|physician|doctor)\s*:\s*(?<who>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex SenderLine();

    [GeneratedRegex(@"^(?:tel|phone|ph|fax)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NumbersLine();

    [GeneratedRegex(@"^(?:MD|M\.D\.|DO|D\.O\.|NP|PA-C|APRN|FNP-C|CPNP|DPT|PhD)$")]
    private static partial Regex CredentialsOnly();

    [GeneratedRegex(@"\bfax\b|\bcover\s+sheet\b", RegexOptions.IgnoreCase)]
    private static partial Regex FaxWords();

    // The cover's own "From:" line, not a mail header: it names no address.
    [GeneratedRegex(@"^[ \t]*(?:FAX[ \t]+)?From[ \t]*:[ \t]*(?<rest>[^@\n]{3,120})$", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex CoverFrom();

    [GeneratedRegex(@"\s(?:tel|phone|ph|fax|fx|f|p)\.?\s*[:#]?\s*[\d(+]", RegexOptions.IgnoreCase)]
    private static partial Regex NumberLabel();

    [GeneratedRegex(@"\b(?:tel|phone|ph|p|office|main|cell)\.?\s*[:#]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PhoneLabel();

    [GeneratedRegex(@"^" + Credentials.Name + "$")]
    private static partial Regex PersonName();

    // A name of capitalised words ("Bayview Hand & Upper Extremity"), no number, no address.
    [GeneratedRegex(@"^\p{Lu}[\p{L}'’.\-]*(?:\s+(?:&|and|of|\p{Lu}[\p{L}'’.\-]*)){1,6}$")]
    private static partial Regex PracticeName();

    [GeneratedRegex(@"^Dr\.?\s+(?:(?<first>\p{Lu}[\p{L}'’\-]+)\s+)?(?<last>\p{Lu}[\p{L}'’\-]+)$")]
    private static partial Regex Doctor();

    // "You have received a 2 page fax from (555) 650-3302", "Fax from 555-650-3302 - 2 pages", "Sender fax: 555-226-5101",
    // "Sender Caller-ID: 555-614-7702".
    // "Cover note (entered by sender):", "Cover page message from sender:" above the sender's indented lines.
    [GeneratedRegex(@"\bcover\s+(?:note|page\s+message|message)\b[^\n]{0,30}:[ \t]*\n(?<note>(?:[ \t]+\S[^\n]*\n?){1,6})", RegexOptions.IgnoreCase)]
    private static partial Regex CoverNote();

    [GeneratedRegex(@"(?:\bDr\.?\s+(?<name>" + Credentials.Name + @")|(?<name>" + Credentials.Name + @"),?\s+(?<cred>MD|M\.D\.|DO|NP|PA-C|APRN|FNP-C|CPNP|DPT)\b(?:,[ \t]*(?<org>\p{Lu}[^\n,.]{3,60}))?)")]
    private static partial Regex NoteSigner();

    [GeneratedRegex(@"(?:\bfax\s+(?:received\s+)?from|\bsender\s+(?:fax|caller-?id)\s*:|\bcaller-?id\s*:)\s*(?<number>(?:\+1[\s.\-]?)?(?:\(\d{3}\)\s?|\d{3}[\-.\s])\d{3}[\-.\s]\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex RelayedFrom();
}
