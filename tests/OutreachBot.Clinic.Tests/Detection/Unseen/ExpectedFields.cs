using OutreachBot.Clinic.Detection;

namespace OutreachBot.Clinic.Tests.Detection.Unseen;

/// <summary>
/// Every field a whole unseen referral is checked on, compared at once: a failure shows all expected and read values
/// side by side, not only the first field that differs.
/// </summary>
internal static class ExpectedFields
{
    public static void ShouldRead(
        this ReferralDetection detection,
        MessageKind kind,
        Pathway? pathway,
        Urgency? urgency,
        (string? Name, string? Organization, ReferrerRole? Role, string? Phone, string? Fax) referrer,
        (string? Name, DateOnly? DateOfBirth, int? AgeYears, string? Phone) patient) =>
        Assert.Equal(
            (kind, pathway, urgency, referrer, patient),
            (detection.Kind, detection.Pathway, detection.Urgency,
                (detection.Referrer.Name, detection.Referrer.Organization, detection.Referrer.Role, detection.Referrer.Phone, detection.Referrer.Fax),
                (detection.Patient.Name, detection.Patient.DateOfBirth, detection.Patient.AgeYears, detection.Patient.Phone)));
}
