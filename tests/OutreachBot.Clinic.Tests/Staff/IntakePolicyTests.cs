using OutreachBot.Clinic.Referrals;
using OutreachBot.Clinic.Staff;

namespace OutreachBot.Clinic.Tests.Staff;

public sealed class IntakePolicyTests
{
    private static readonly Clinician HandTherapist = new("aad-hand", [Pathway.Hand, Pathway.Adult], ["certified hand therapist"]);
    private static readonly Clinician PediatricTherapist = new("peds@clinic.example", [Pathway.Pediatric], []);
    private static readonly ClinicStaff Staff = new(["aad-intake", "FRONT@clinic.example"], [HandTherapist, PediatricTherapist], ["aad-owner"]);

    [Theory]
    [InlineData("aad-intake", StaffRoles.IntakeStaff)]
    [InlineData("front@CLINIC.example", StaffRoles.IntakeStaff)]
    [InlineData("aad-hand", StaffRoles.Clinician)]
    [InlineData("aad-owner", StaffRoles.Owner)]
    [InlineData("aad-stranger", StaffRoles.None)]
    public void RolesOf_MatchesObjectIdOrUpnIgnoringCase(string key, StaffRoles expected) =>
        Assert.Equal(expected, Staff.RolesOf([key]));

    [Fact]
    public void RolesOf_SomeoneListedTwice_HoldsBothRoles()
    {
        var staff = new ClinicStaff(["aad-1"], [new Clinician("aad-1", [], [])], ["aad-1"]);

        Assert.Equal(StaffRoles.IntakeStaff | StaffRoles.Clinician | StaffRoles.Owner, staff.RolesOf([null, "aad-1"]));
    }

    [Theory]
    [InlineData(StaffRoles.IntakeStaff)]
    [InlineData(StaffRoles.Owner)]
    public void TakeIntake_IntakeStaffAndOwners_MayTakeAnyPathway(StaffRoles roles) =>
        Assert.True(IntakePolicy.TakeIntake(roles, null, Referral(Pathway.School)).Allowed);

    [Fact]
    public void TakeIntake_ClinicianOnTheirPathway_IsAllowed() =>
        Assert.True(IntakePolicy.TakeIntake(StaffRoles.Clinician, HandTherapist, Referral(Pathway.Hand)).Allowed);

    [Fact]
    public void TakeIntake_ClinicianWhenPathwayNotKnownYet_IsAllowed() =>
        Assert.True(IntakePolicy.TakeIntake(StaffRoles.Clinician, PediatricTherapist, Referral(null)).Allowed);

    [Fact]
    public void TakeIntake_ClinicianOnAnotherPathway_IsRefusedSayingWhy()
    {
        var decision = IntakePolicy.TakeIntake(StaffRoles.Clinician, PediatricTherapist, Referral(Pathway.Hand));

        Assert.False(decision.Allowed);
        Assert.Contains("Hand", decision.Reason, StringComparison.Ordinal);
        Assert.Contains("Pediatric", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void TakeIntake_SomeoneNotOnStaff_IsRefusedWithWhatToDo()
    {
        var decision = IntakePolicy.TakeIntake(StaffRoles.None, null, Referral(Pathway.Hand));

        Assert.False(decision.Allowed);
        Assert.Contains("staff list", decision.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(StaffRoles.Owner, true)]
    [InlineData(StaffRoles.IntakeStaff, true)]
    [InlineData(StaffRoles.Clinician, false)]
    [InlineData(StaffRoles.None, false)]
    public void SummaryAndTriageChannel_AreForOwnersAndIntakeStaff(StaffRoles roles, bool allowed)
    {
        Assert.Equal(allowed, IntakePolicy.ReadSummary(roles).Allowed);
        Assert.Equal(allowed, IntakePolicy.ChooseTriageChannel(roles).Allowed);
    }

    [Fact]
    public void CliniciansFor_ListsThoseWhoTakeThePathway()
    {
        Assert.Equal(["aad-hand"], Staff.CliniciansFor(Pathway.Adult).Select(c => c.Key));
        Assert.Equal(2, Staff.CliniciansFor(null).Count());
    }

    private static Referral Referral(Pathway? pathway) => new()
    {
        Id = "R-0000000001",
        ReceivedAt = DateTimeOffset.UnixEpoch,
        Pathway = pathway,
        Referrer = new Referrer("Dr. Test", "Test Clinic", ReferrerRole.Physician, null, null, null),
    };
}
