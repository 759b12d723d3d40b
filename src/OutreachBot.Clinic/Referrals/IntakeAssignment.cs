using OutreachBot.Clinic.Pipeline;

namespace OutreachBot.Clinic.Referrals;

/// <summary>How an attempt to take an intake ended.</summary>
public enum IntakeAssignmentOutcome
{
    /// <summary>The intake is now the caller's.</summary>
    Assigned,

    /// <summary>The caller already had it; nothing changed.</summary>
    AlreadyYours,

    /// <summary>Someone else has it; nothing changed.</summary>
    HeldBySomeoneElse,
}

/// <summary>The result of <see cref="Referral.AssignTo"/>: the referral as it now stands, and the event to record if any.</summary>
/// <param name="Outcome">How it ended.</param>
/// <param name="Referral">The referral after the attempt.</param>
/// <param name="Event">The pipeline event to record; null when nothing changed.</param>
public sealed record IntakeAssignment(IntakeAssignmentOutcome Outcome, Referral Referral, PipelineEvent? Event);
