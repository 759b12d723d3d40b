namespace OutreachBot.Clinic.Detection;

/// <summary>
/// What the detector read from a message. Confidence, in [0, 1], is how sure it is of Kind; Signals are the short
/// phrases that explain it to intake staff, such as "referral language: \"referring\"" or "ICD-10 code S62.101A".
/// </summary>
public sealed record ReferralDetection(
    MessageKind Kind,
    double Confidence,
    IReadOnlyList<string> Signals,
    Pathway? Pathway,
    Urgency? Urgency,
    Referrer Referrer,
    PatientFacts Patient,
    IReadOnlyList<string> Icd10Codes,
    string? Concern,
    bool OrderAttached)
{
    /// <summary>The payer as written ("Aetna PPO", "Medicaid"), or null.</summary>
    public string? Insurance { get; init; }

    /// <summary>How the patient or family asks to be reached, when the message says.</summary>
    public PreferredContact? PreferredContact { get; init; }

    /// <summary>What intake still needs before scheduling, from the pathway's checklist ("signed order").</summary>
    public IReadOnlyList<string> MissingItems { get; init; } = [];

    /// <summary>For an update: the Message-ID of the message that started the referral, when it is known.</summary>
    public string? ThreadOf { get; init; }

    public bool IsNewReferral => Kind is MessageKind.Referral or MessageKind.SelfReferral;
}
