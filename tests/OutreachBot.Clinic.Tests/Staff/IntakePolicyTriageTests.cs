using OutreachBot.Clinic.Staff;

namespace OutreachBot.Clinic.Tests.Staff;

public sealed class IntakePolicyTriageTests
{
    [Theory]
    [InlineData(StaffRoles.IntakeStaff, false, true)]
    [InlineData(StaffRoles.Owner, false, true)]
    [InlineData(StaffRoles.Clinician, true, true)]
    [InlineData(StaffRoles.Clinician, false, false)]
    [InlineData(StaffRoles.None, true, false)]
    public void RequestMissingInfo_IntakeStaffOwnersAndWhoeverHoldsTheIntake(StaffRoles roles, bool holds, bool allowed) =>
        Assert.Equal(allowed, IntakePolicy.RequestMissingInfo(roles, holds).Allowed);

    [Theory]
    [InlineData(StaffRoles.IntakeStaff, true)]
    [InlineData(StaffRoles.Owner, true)]
    [InlineData(StaffRoles.Clinician, false)]
    [InlineData(StaffRoles.None, false)]
    public void DeclineAndMerge_IntakeStaffAndOwnersOnly(StaffRoles roles, bool allowed)
    {
        Assert.Equal(allowed, IntakePolicy.DeclineReferral(roles).Allowed);
        Assert.Equal(allowed, IntakePolicy.MergeReferrals(roles).Allowed);
    }

    [Fact]
    public void Refusals_SayWhyInWordsForStaff()
    {
        Assert.Contains("staff list", IntakePolicy.DeclineReferral(StaffRoles.None).Reason, StringComparison.Ordinal);
        Assert.Contains("intake staff and owners", IntakePolicy.MergeReferrals(StaffRoles.Clinician).Reason, StringComparison.Ordinal);
        Assert.Contains("missing information", IntakePolicy.RequestMissingInfo(StaffRoles.Clinician, false).Reason, StringComparison.Ordinal);
    }
}
