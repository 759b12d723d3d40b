using System.Text.RegularExpressions;

namespace OutreachBot.Clinic.Detection;

/// <summary>
/// A referral network's or EHR's notice that a new referral waits in its portal ("You have received a new electronic
/// referral", "A new referral has been routed to your agency"). Many carry no patient at all, yet each is a referral the
/// clinic must open and accept; a notice of a secure message, an authorization or the clinic's own acknowledgement is not.
/// </summary>
internal static partial class ReferralNotice
{
    public static string? FindIn(string text) =>
        text.Contains("referral", StringComparison.OrdinalIgnoreCase) && NewReferral().Match(text) is { Success: true } m ? m.Value : null;

    [GeneratedRegex(@"\b(?:you\s+have\s+(?:received|been\s+sent)|has\s+sent\s+you)\s+an?\s+(?:new\s+)?(?:[\w-]+\s+)?referral\b|\bnew\s+(?:[\w-]+\s+)?referral\s+(?:has\s+been|was)\s+(?:sent|routed|assigned|submitted)\s+to\s+(?:you|your)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NewReferral();
}
