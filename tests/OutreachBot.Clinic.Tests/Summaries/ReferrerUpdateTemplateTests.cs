using OutreachBot.Clinic.Referrals;
using OutreachBot.Clinic.Referrers;
using OutreachBot.Clinic.Staff;
using OutreachBot.Clinic.Summaries;

namespace OutreachBot.Clinic.Tests.Summaries;

public sealed class ReferrerUpdateTemplateTests
{
    private static readonly TimeZoneInfo Chicago = TimeZoneInfo.FindSystemTimeZoneById("America/Chicago");

    private static Referral Referral(ReferrerRole role) => new()
    {
        Id = "R-0123456789",
        ReceivedAt = new DateTimeOffset(2026, 11, 2, 15, 0, 0, TimeSpan.Zero),
        Referrer = new Referrer("Rosa Delgado, MD", "Northfield Orthopedics", role, null, null, "rdelgado@example.org"),
        PatientInitials = "G.H.",
        PatientAge = 55,
        Signals = ["ICD-10 code S62.101A", "diagnosis: distal radius fracture"],
        MissingItems = ["insurance card"],
    };

    [Theory]
    [InlineData(ReferrerRole.Orthopedist, "plan of care will follow")]
    [InlineData(ReferrerRole.School, "classroom")]
    [InlineData(ReferrerRole.CaseManager, "authorizations")]
    [InlineData(ReferrerRole.Family, "questions")]
    public void EvaluationUpdate_IsWordedForTheRole_AndHoldsOnlyInitialsAgeDateAndClinician(ReferrerRole role, string roleLine)
    {
        var (subject, body) = ReferrerUpdateTemplate.For(ReferrerUpdateKind.EvaluationCompleted, Referral(role), "Harborlight OT", "Marcus Oyelaran", new DateTimeOffset(2026, 11, 12, 16, 0, 0, TimeSpan.Zero), Chicago);

        Assert.Contains("evaluation completed", subject, StringComparison.Ordinal);
        Assert.Contains("G.H. (age 55)", body, StringComparison.Ordinal);
        Assert.Contains("12 November 2026", body, StringComparison.Ordinal);
        Assert.Contains("Marcus Oyelaran", body, StringComparison.Ordinal);
        Assert.Contains(roleLine, body, StringComparison.Ordinal);
        Assert.DoesNotContain("S62", body, StringComparison.Ordinal);
        Assert.DoesNotContain("fracture", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("insurance", body, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(ReferrerUpdatePreference.Every, ReferrerUpdateKind.EvaluationCompleted, true)]
    [InlineData(ReferrerUpdatePreference.Every, ReferrerUpdateKind.GoalsSet, true)]
    [InlineData(ReferrerUpdatePreference.EvaluationOnly, ReferrerUpdateKind.EvaluationCompleted, true)]
    [InlineData(ReferrerUpdatePreference.EvaluationOnly, ReferrerUpdateKind.GoalsSet, false)]
    [InlineData(ReferrerUpdatePreference.None, ReferrerUpdateKind.EvaluationCompleted, false)]
    public void Wants_FollowsTheReferrersPreference(ReferrerUpdatePreference preference, ReferrerUpdateKind kind, bool wanted)
    {
        Assert.Equal(wanted, ReferrerUpdateTemplate.Wants(preference, kind));
    }

    [Theory]
    [InlineData(StaffRoles.Owner, true)]
    [InlineData(StaffRoles.IntakeStaff, false)]
    [InlineData(StaffRoles.Clinician, false)]
    [InlineData(StaffRoles.None, false)]
    public void Summaries_AreForOwnersOnly(StaffRoles roles, bool allowed)
    {
        Assert.Equal(allowed, SummaryPolicy.Read(roles).Allowed);
    }

    [Theory]
    [InlineData(StaffRoles.Clinician, true, true)]
    [InlineData(StaffRoles.Clinician, false, false)]
    [InlineData(StaffRoles.Owner, false, true)]
    [InlineData(StaffRoles.None, true, false)]
    public void ReferrerUpdate_IsApprovedByItsClinicianOrAnOwner(StaffRoles roles, bool isTheClinician, bool allowed)
    {
        Assert.Equal(allowed, ReferrerUpdatePolicy.Approve(roles, isTheClinician).Allowed);
    }
}
