using System.Text.RegularExpressions;

namespace OutreachBot.Clinic.Detection;

/// <summary>
/// The referrer as a referral form or an EHR letter names them: a "Referring provider:" line or a "REFERRING PROVIDER"
/// section (name, practice, numbers below it), and office staff signing "Referral Coordinator for Jane Roe, MD".
/// Either names the provider who refers, which the signature of whoever sent the mail does not.
/// </summary>
internal static partial class ReferringProviderBlock
{
    /// <summary>The provider an office signature writes for ("Surgical Coordinator for Simone Adeyemi, MD").</summary>
    public static string? ProviderOfStaff(IReadOnlyList<string> signature)
    {
        foreach (var line in signature)
        {
            var match = ForProvider().Match(line);
            if (match.Success)
            {
                var credential = match.Groups["cred"].Success ? match.Groups["cred"].Value : "MD";
                return $"{match.Groups["name"].Value}, {credential}";
            }
        }

        return null;
    }

    /// <summary>Reads a labelled referring-provider block from the sender's text, or null when there is none.</summary>
    public static Referrer? Read(string own)
    {
        var lines = own.Split('\n').Select(l => l.Trim()).ToArray();
        for (var i = 0; i < lines.Length; i++)
        {
            var label = Label().Match(lines[i]);
            if (!label.Success)
            {
                continue;
            }

            var rest = label.Groups["rest"].Value.Trim();
            var following = lines.Skip(i + 1).TakeWhile(l => l.Length > 0).Take(4).ToList();
            if (rest.Length == 0)
            {
                if (following.Count == 0)
                {
                    return null;
                }

                rest = following[0];
                following.RemoveAt(0);
            }

            var parts = rest.Split([" - ", " | ", " – "], 2, StringSplitOptions.TrimEntries);
            var name = NameWithCredential().Match(parts[0]);
            if (!name.Success)
            {
                return null;
            }

            var organization = parts.Length > 1 ? parts[1] : following.FirstOrDefault(l => PhoneNumbers.FindIn(l).Count == 0 && !l.Contains(':', StringComparison.Ordinal) && !l.Contains('@', StringComparison.Ordinal));
            var phones = PhoneNumbers.FindIn(string.Join('\n', following));
            return new Referrer(
                name.Value.Trim().TrimEnd(','),
                organization,
                null,
                phones.FirstOrDefault(p => !p.IsFax)?.Number,
                phones.FirstOrDefault(p => p.IsFax)?.Number,
                null);
        }

        return null;
    }

    [GeneratedRegex(@"^(?:referring|ordering)\s+(?:provider|physician|clinician|doctor|practitioner)\s*(?::|-)?\s*(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Label();

    [GeneratedRegex(@"^(?:Dr\.?\s+)?\p{Lu}[\p{L}'’\-]+(?:\s\p{Lu}\.?)?\s\p{Lu}[\p{L}'’\-]+(?:,?\s*(?:MD|DO|NP|PA-C|PA|DNP|FNP-BC|FNP|APRN|CNP|MBBS)\b)?")]
    private static partial Regex NameWithCredential();

    [GeneratedRegex(@"\b(?:for|to)\s+(?:Dr\.?\s+)?(?<name>\p{Lu}[\p{L}'’\-]+(?:\s\p{Lu}\.?)?\s\p{Lu}[\p{L}'’\-]+),\s*(?<cred>MD|DO|NP|PA-C|PA|DNP|FNP|APRN|CNP)\b")]
    private static partial Regex ForProvider();
}
