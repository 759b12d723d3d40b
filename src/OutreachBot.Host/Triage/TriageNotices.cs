using OutreachBot.Host.Teams;

namespace OutreachBot.Host.Triage;

/// <summary>The answers triage actions share.</summary>
internal static class TriageNotices
{
    public static CardActionResult NotFound() => CardActionResult.ShowCard(NoticeCard.For(
        "Referral not found",
        "This referral is no longer in the pipeline. It may have been merged or removed; check the triage channel for the current card."));

    public const string NotSentRetry = "It is recorded, but the email to the referrer could not be sent just now. Click the same button again to retry; it will not be sent twice.";
}
