using OutreachBot.Clinic.Detection;

namespace OutreachBot.Clinic.Tests.Detection.Generated;

/// <summary>
/// One message from <see cref="ReferralMailGenerator"/> and the values a careful reader would take from it, known because
/// the generator wrote them. Shape names the presentation ("signature", "letterhead", "ehr-form", "fax-cover",
/// "office-staff", "family") so a failure report groups by how the referrer was presented.
/// </summary>
internal sealed record GeneratedReferral(
    int Seed,
    string Shape,
    IncomingMessage Message,
    MessageKind Kind,
    Referrer Referrer,
    PatientFacts Patient,
    string? Insurance);
