using System.Text.RegularExpressions;

namespace OutreachBot.Clinic.Detection;

/// <summary>Office staff writing for a provider: "Clinical Assistant to Dr. Gregory Tran", "MA for Dr. Raj Patel".</summary>
internal static partial class OfficeStaff
{
    /// <summary>
    /// Whether the sender signs as staff of the provider whose message is quoted below ("Clinical Assistant to Dr.
    /// Gregory Tran", "Referral Coordinator for Jane Roe, MD").
    /// </summary>
    public static bool WritesFor(MessageText text, QuotedHeader provider)
    {
        var tokens = MessageText.NameTokens(provider.Name);
        if (tokens.Count < 2)
        {
            return false;
        }

        foreach (var line in text.Signature)
        {
            var match = StaffOf().Match(line);
            if (match.Success && tokens.All(t => match.Groups["name"].Value.Contains(t, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a colleague at the provider's own practice replies above the provider's message and sends their things
    /// ("Attached is Dr. Rao's signed referral for Theo"): the provider is still the one who refers.
    /// </summary>
    public static bool SendsFor(MessageText text, QuotedHeader provider, string fromAddress)
    {
        var tokens = MessageText.NameTokens(provider.Name);
        if (tokens.Count < 2 || provider.Email is not { } providerAddress || SameAddress(providerAddress, fromAddress)
            || !Domain(providerAddress).Equals(Domain(fromAddress), StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var last = tokens[^1];
        return text.Own.Contains($"Dr. {last}", StringComparison.Ordinal) || text.Own.Contains($"Dr {last}", StringComparison.Ordinal)
            || text.Own.Contains($"{tokens[0]} {last}", StringComparison.Ordinal);
    }

    private static bool SameAddress(string a, string b) => a.Equals(b, StringComparison.OrdinalIgnoreCase);

    private static string Domain(string address) => address[(address.LastIndexOf('@') + 1)..];

    [GeneratedRegex(@"\b(?:assistant|coordinator|scheduler|secretary|nurse|MA|RN|LPN|staff|office|team)\s+(?:to|for)\s+(?:Dr\.?\s+)?(?<name>\p{Lu}[\p{L}'’\-]+(?:\s\p{Lu}\.?)?\s\p{Lu}[\p{L}'’\-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex StaffOf();
}
