namespace OutreachBot.Clinic.Pipeline;

/// <summary>Where a referral stands, in the order the clinic moves it.</summary>
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

    /// <summary>The clinic declined the referral or the family did not go ahead.</summary>
    Closed,
}
