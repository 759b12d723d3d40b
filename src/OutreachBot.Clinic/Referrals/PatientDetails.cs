using OutreachBot.Clinic.Detection;

namespace OutreachBot.Clinic.Referrals;

/// <summary>
/// What the referral message said about the patient, beyond the initials and age the channel sees: for the assigned
/// clinician's 1:1 card only. Never logged, never posted to a channel.
/// </summary>
public sealed record PatientDetails(
    string? Name,
    DateOnly? DateOfBirth,
    string? Phone,
    string? Concern,
    string? Insurance,
    IReadOnlyList<string> Icd10Codes,
    PreferredContact? PreferredContact,
    bool OrderAttached)
{
    /// <summary>The details a detection read from the message.</summary>
    public static PatientDetails From(ReferralDetection detection)
    {
        ArgumentNullException.ThrowIfNull(detection);
        return new PatientDetails(
            detection.Patient.Name,
            detection.Patient.DateOfBirth,
            detection.Patient.Phone,
            detection.Concern,
            detection.Insurance,
            detection.Icd10Codes,
            detection.PreferredContact,
            detection.OrderAttached);
    }
}
