using OutreachBot.Clinic.Pipeline;

namespace OutreachBot.Clinic.Referrals;

/// <summary>How an attempt to change a referral (other than a stage move) ended.</summary>
public enum ReferralDecisionOutcome
{
    /// <summary>The referral changed; the event records it.</summary>
    Changed,

    /// <summary>It was already done (a retried click); nothing changed.</summary>
    Unchanged,

    /// <summary>It cannot be done where the referral stands; nothing changed.</summary>
    Refused,
}

/// <summary>The result of a change such as a request for missing information or a merge.</summary>
/// <param name="Outcome">How it ended.</param>
/// <param name="Referral">The referral after the attempt.</param>
/// <param name="Event">The event to record; null when nothing changed.</param>
/// <param name="RefusedBecause">Why it was refused, in words for staff.</param>
public sealed record ReferralDecision(ReferralDecisionOutcome Outcome, Referral Referral, PipelineEvent? Event, string? RefusedBecause)
{
    public static ReferralDecision Unchanged(Referral referral) => new(ReferralDecisionOutcome.Unchanged, referral, null, null);

    public static ReferralDecision Refused(Referral referral, string why) => new(ReferralDecisionOutcome.Refused, referral, null, why);
}
