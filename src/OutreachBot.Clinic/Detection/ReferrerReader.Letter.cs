using System.Text.RegularExpressions;

namespace OutreachBot.Clinic.Detection;

/// <summary>A referral letter sent on by a practice's records or front-desk mailbox: the letter's signer refers.</summary>
internal static partial class ReferrerReader
{
    /// <summary>
    /// "Medical Records / Bayside Sports &amp; Orthopedics" under "Please see attached referral." names the practice,
    /// not a person, even when the mailbox's display name shares its words.
    /// </summary>
    private static bool IsPracticeLine(string line) =>
        OrganizationWords.IsIn(line) && !line.Contains(',', StringComparison.Ordinal) && !line.StartsWith("Dr", StringComparison.Ordinal);

    /// <summary>"/s/ Marcus Reyes, DO" or "Electronically signed: Kevin Dorsey, MD" in the relayed letter: its signer,
    /// with credentials (a bare name there may be anyone's).</summary>
    private static string? TypedSignature(string formText)
    {
        if (!formText.Contains("/s/", StringComparison.Ordinal) && !formText.Contains("signed", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var match = TypedSignatureLine().Match(formText);
        return match.Success ? Credentials.WithoutSentenceStop(match.Groups["name"].Value + match.Groups["cred"].Value) : null;
    }

    [GeneratedRegex(@"^[ \t]*(?:/s/|(?i:electronically[ \t]+signed(?:[ \t]+by)?[ \t]*:?))[ \t]*(?<name>" + Credentials.Name + ")(?<cred>" + Credentials.After + ")", RegexOptions.Multiline)]
    private static partial Regex TypedSignatureLine();
}
