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
    public bool IsNewReferral => Kind is MessageKind.Referral or MessageKind.SelfReferral;
}
