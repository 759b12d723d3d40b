namespace OutreachBot.Clinic.Pipeline;

/// <summary>What happened to a referral.</summary>
public enum PipelineEventKind
{
    /// <summary>The referral was detected in the mailbox.</summary>
    Received,

    /// <summary>A staff member took the intake.</summary>
    Assigned,

    /// <summary>The referral moved to another stage.</summary>
    StageChanged,

    /// <summary>Staff marked the message as not a referral (a correction for the detector).</summary>
    MarkedNotReferral,

    /// <summary>The clinician set the treatment goals after the evaluation (the second update to the referrer).</summary>
    GoalsSet,

    /// <summary>An update was sent to the referrer (the detail names which: evaluation or goals).</summary>
    ReferrerUpdateSent,
}
