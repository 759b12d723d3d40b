using OutreachBot.Clinic.Referrals;
using OutreachBot.Clinic.Staff;
using static OutreachBot.Clinic.Tests.Referrals.TestReferrals;

namespace OutreachBot.Clinic.Tests.Staff;

public class IntakePolicyClinicianTests
{
    private static readonly Clinician HandTherapist = new("aad-marcus", [Pathway.Hand], []) { Name = "Marcus Oyelaran" };
    private static readonly Clinician PediatricTherapist = new("aad-sofia", [Pathway.Pediatric], []);
    private static readonly Referral PediatricReferral = Received(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void AssignToClinician_IntakeStaffToAClinicianOnThePathway_IsGranted()
    {
        Assert.True(IntakePolicy.AssignToClinician(StaffRoles.IntakeStaff, PediatricTherapist, PediatricReferral).Allowed);
        Assert.True(IntakePolicy.AssignToClinician(StaffRoles.Owner, PediatricTherapist, PediatricReferral).Allowed);
    }

    [Fact]
    public void AssignToClinician_ToAClinicianOffThePathway_IsRefusedByName()
    {
        var decision = IntakePolicy.AssignToClinician(StaffRoles.IntakeStaff, HandTherapist, PediatricReferral);

        Assert.False(decision.Allowed);
        Assert.Contains("Marcus Oyelaran does not take the Pediatric pathway", decision.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(StaffRoles.Clinician)]
    [InlineData(StaffRoles.None)]
    public void AssignToClinician_BySomeoneNotIntakeStaff_IsRefused(StaffRoles roles)
    {
        Assert.False(IntakePolicy.AssignToClinician(roles, PediatricTherapist, PediatricReferral).Allowed);
    }

    [Fact]
    public void ActOnOwnIntake_OnlyTheHolder()
    {
        Assert.True(IntakePolicy.ActOnOwnIntake(StaffRoles.Clinician, holdsTheIntake: true).Allowed);
        Assert.False(IntakePolicy.ActOnOwnIntake(StaffRoles.IntakeStaff | StaffRoles.Owner, holdsTheIntake: false).Allowed);
        Assert.False(IntakePolicy.ActOnOwnIntake(StaffRoles.None, holdsTheIntake: true).Allowed);
    }

    [Fact]
    public void CompleteEvaluation_TheHolderOrIntakeStaff()
    {
        Assert.True(IntakePolicy.CompleteEvaluation(StaffRoles.Clinician, holdsTheIntake: true).Allowed);
        Assert.True(IntakePolicy.CompleteEvaluation(StaffRoles.IntakeStaff, holdsTheIntake: false).Allowed);
        Assert.False(IntakePolicy.CompleteEvaluation(StaffRoles.Clinician, holdsTheIntake: false).Allowed);
    }
}
