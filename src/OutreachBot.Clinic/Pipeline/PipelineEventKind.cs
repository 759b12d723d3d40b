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

    /// <summary>The clinician who was given the intake accepted it.</summary>
    Accepted,

    /// <summary>The clinician gave the intake back to triage (Detail: the reason code).</summary>
    ReturnedToTriage,

    /// <summary>The clinic tried to reach the family and did not (Detail: method and outcome, e.g. "call: no answer").</summary>
    ContactAttempted,

    /// <summary>The front desk told the family (or referrer) the evaluation time by phone or text.</summary>
    FamilyTold,

    /// <summary>Staff marked the message as not a referral (a correction for the detector).</summary>
    MarkedNotReferral,
}
