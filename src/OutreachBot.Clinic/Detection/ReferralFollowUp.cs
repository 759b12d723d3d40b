using System.Text.RegularExpressions;

namespace OutreachBot.Clinic.Detection;

/// <summary>
/// A note that follows up on a referral already sent ("Following up on Dr. Adebayo's referral for Catherine", "asked me
/// to follow up on the referral he sent"): it brings news (a new phone, a changed plan, a report) for that referral,
/// though it may name no therapy at all.
/// </summary>
internal static partial class ReferralFollowUp
{
    public static string? FindIn(string text) =>
        text.Contains("follow", StringComparison.OrdinalIgnoreCase) && FollowUp().Match(text) is { Success: true } m ? m.Value : null;

    [GeneratedRegex(@"\bfollow(?:ing|ed)?[\s-]*up\s+(?:on|about|regarding)\s+(?:(?:the|our|my|his|her|your)\s+|Dr\.?\s+[A-Z][\w'-]+(?:'s|’s)\s+|[A-Z][\w'-]+(?:'s|’s)\s+)(?:[\w/-]+\s+){0,2}?referral\b", RegexOptions.IgnoreCase)]
    private static partial Regex FollowUp();
}
