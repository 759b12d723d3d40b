using OutreachBot.Clinic.Pipeline;
using OutreachBot.Clinic.Referrals;
using OutreachBot.Clinic.Staff;

namespace OutreachBot.Clinic.Tests.Referrals;

/// <summary>Fictional referrals and staff for the pipeline and referral tests.</summary>
internal static class TestReferrals
{
    public static readonly StaffMember Ana = new("aad-ana", "Ana Whitfield");
    public static readonly StaffMember Ben = new("aad-ben", "Ben Okafor");

    public static readonly Referrer Pediatrician =
        new("Lena Moritz, MD", "Driftwood Pediatrics", ReferrerRole.Pediatrician, "(555) 201-3000", "(555) 201-3001", "lmoritz@driftwoodpeds.example");

    public static Referral Received(
        DateTimeOffset receivedAt,
        PipelineStage stage = PipelineStage.Received,
        StaffMember? assignedTo = null,
        string? id = null) => new()
        {
            Id = id ?? ReferralId.ForMessage($"{Guid.NewGuid():N}@test.example"),
            ReceivedAt = receivedAt,
            Pathway = Pathway.Pediatric,
            Referrer = Pediatrician,
            PatientInitials = "W.T.",
            PatientAge = 6,
            Signals = ["referral language: \"referring\""],
            Confidence = 0.9,
            Stage = stage,
            AssignedTo = assignedTo,
            AssignedAt = assignedTo is null ? null : receivedAt.AddHours(1),
        };
}
