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

    /// <summary>A reply or forward added documents or facts to the referral (a referral-update in its thread).</summary>
    UpdateReceived,

    /// <summary>The evaluation booked in the clinician's calendar was moved there (the detail is the new start, UTC).</summary>
    EvaluationMoved,

    /// <summary>The evaluation booked in the clinician's calendar was cancelled or deleted there.</summary>
    EvaluationCancelled,

    /// <summary>The booked evaluation's time has passed without it being cancelled.</summary>
    EvaluationEnded,

    /// <summary>The referrer was asked for what the referral lacks (Detail: the request's number).</summary>
    MissingInfoRequested,

    /// <summary>The clinic declined the referral and told the referrer (Detail: the reason code).</summary>
    Declined,

    /// <summary>The referral was closed as a duplicate of another (Detail: the referral it was merged into).</summary>
    MergedInto,

    /// <summary>A duplicate was merged into this referral, adding its facts (Detail: the duplicate's id).</summary>
    DuplicateMerged,

    /// <summary>The referrer was sent the confirmation of receipt.</summary>
    ConfirmationSent,

    /// <summary>The clinician set the treatment goals after the evaluation (the second update to the referrer).</summary>
    GoalsSet,

    /// <summary>An update was sent to the referrer (the detail names which: evaluation or goals).</summary>
    ReferrerUpdateSent,
}
