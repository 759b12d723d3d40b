using OutreachBot.Clinic.Pipeline;
using OutreachBot.Clinic.Referrals;
using OutreachBot.Clinic.Staff;
using static OutreachBot.Clinic.Tests.Referrals.TestReferrals;

namespace OutreachBot.Clinic.Tests.Referrals;

public class ReferralAssignToTests
{
    private static readonly DateTimeOffset ReceivedAt = new(2026, 11, 24, 9, 15, 0, TimeSpan.FromHours(-6));
    private static readonly DateTimeOffset ClickedAt = ReceivedAt.AddMinutes(20);

    [Fact]
    public void AssignTo_WhenNobodyHasIt_AssignsAndReturnsTheAssignedEvent()
    {
        var referral = Received(ReceivedAt);

        var result = referral.AssignTo(Ana, ClickedAt);

        Assert.Equal(IntakeAssignmentOutcome.Assigned, result.Outcome);
        Assert.Equal(Ana, result.Referral.AssignedTo);
        Assert.Equal(ClickedAt, result.Referral.AssignedAt);
        Assert.Equal(PipelineStage.Received, result.Referral.Stage);
        Assert.Equal(new PipelineEvent(referral.Id, PipelineEventKind.Assigned, PipelineStage.Received, Ana, ClickedAt), result.Event);
        Assert.Null(referral.AssignedTo); // the original record is untouched
    }

    [Fact]
    public void AssignTo_WhenSamePersonAgain_IsAlreadyYoursWithNoEvent()
    {
        var assigned = Received(ReceivedAt).AssignTo(Ana, ClickedAt).Referral;

        var again = assigned.AssignTo(Ana, ClickedAt.AddMinutes(1));

        Assert.Equal(IntakeAssignmentOutcome.AlreadyYours, again.Outcome);
        Assert.Null(again.Event);
        Assert.Equal(assigned, again.Referral);
        Assert.Equal(ClickedAt, again.Referral.AssignedAt);
    }

    [Fact]
    public void AssignTo_WhenSamePersonUnderAnotherDisplayName_IsAlreadyYours()
    {
        var assigned = Received(ReceivedAt).AssignTo(Ana, ClickedAt).Referral;

        var again = assigned.AssignTo(new StaffMember(Ana.Id, "Ana W. (Intake)"), ClickedAt.AddMinutes(1));

        Assert.Equal(IntakeAssignmentOutcome.AlreadyYours, again.Outcome);
        Assert.Null(again.Event);
        Assert.Equal("Ana Whitfield", again.Referral.AssignedTo?.Name);
    }

    [Fact]
    public void AssignTo_WhenSomeoneElseHasIt_ChangesNothing()
    {
        var assigned = Received(ReceivedAt).AssignTo(Ana, ClickedAt).Referral;

        var attempt = assigned.AssignTo(Ben, ClickedAt.AddMinutes(1));

        Assert.Equal(IntakeAssignmentOutcome.HeldBySomeoneElse, attempt.Outcome);
        Assert.Null(attempt.Event);
        Assert.Equal(assigned, attempt.Referral);
        Assert.Equal(Ana, attempt.Referral.AssignedTo);
        Assert.Equal(ClickedAt, attempt.Referral.AssignedAt);
    }

    [Fact]
    public void AssignTo_WhenReferralIsPastReceived_EventCarriesItsCurrentStage()
    {
        var referral = Received(ReceivedAt, PipelineStage.FirstContact);

        var result = referral.AssignTo(Ben, ClickedAt);

        Assert.Equal(PipelineStage.FirstContact, result.Event?.Stage);
        Assert.Equal(PipelineStage.FirstContact, result.Referral.Stage);
    }

    [Fact]
    public void AssignTo_WhenStaffIsNull_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => Received(ReceivedAt).AssignTo(null!, ClickedAt));
    }
}
