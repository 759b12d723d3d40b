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

    /// <summary>A reply or forward added documents or facts to the referral (a referral-update in its thread).</summary>
    UpdateReceived,
}
