namespace OutreachBot.Clinic.Pipeline;

/// <summary>Where a referral stands: the path from received to evaluated, and the ways out of it.</summary>
public enum PipelineStage
{
    /// <summary>The referral arrived and was detected; nobody has contacted the family yet.</summary>
    Received,

    /// <summary>Someone at the clinic reached the patient or family.</summary>
    FirstContact,

    /// <summary>An evaluation is booked with a clinician.</summary>
    EvaluationScheduled,

    /// <summary>The evaluation took place.</summary>
    EvaluationCompleted,

    /// <summary>The clinic declined the referral (not a fit, no capacity, out of network), and told the referrer.</summary>
    Declined,

    /// <summary>The family could not be reached after the clinic's attempts.</summary>
    NotReachable,

    /// <summary>Finished: treated and discharged, or the family chose not to go ahead.</summary>
    Closed,
}
