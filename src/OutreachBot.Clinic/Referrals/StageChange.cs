using OutreachBot.Clinic.Pipeline;

namespace OutreachBot.Clinic.Referrals;

/// <summary>How an attempt to move a referral along the pipeline ended.</summary>
public enum StageChangeOutcome
{
    /// <summary>The referral moved.</summary>
    Moved,

    /// <summary>It was already at that stage; nothing changed.</summary>
    AlreadyThere,

    /// <summary>The pipeline does not allow that move from where the referral stands; nothing changed.</summary>
    Refused,
}

/// <summary>The result of <see cref="Referral.MoveTo"/>.</summary>
/// <param name="Outcome">How it ended.</param>
/// <param name="Referral">The referral after the attempt.</param>
/// <param name="Event">The event to record; null when nothing changed.</param>
/// <param name="RefusedBecause">Why a move was refused, in words for staff.</param>
public sealed record StageChange(StageChangeOutcome Outcome, Referral Referral, PipelineEvent? Event, string? RefusedBecause);
