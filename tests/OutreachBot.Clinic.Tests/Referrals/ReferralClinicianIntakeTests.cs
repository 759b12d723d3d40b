using OutreachBot.Clinic.Detection;
using OutreachBot.Clinic.Pipeline;
using OutreachBot.Clinic.Referrals;
using OutreachBot.Clinic.Staff;
using static OutreachBot.Clinic.Tests.Referrals.TestReferrals;

namespace OutreachBot.Clinic.Tests.Referrals;

public class ReferralClinicianIntakeTests
{
    private static readonly DateTimeOffset ReceivedAt = new(2026, 11, 24, 9, 15, 0, TimeSpan.FromHours(-6));
    private static readonly DateTimeOffset AssignedAt = ReceivedAt.AddMinutes(20);
    private static readonly DateTimeOffset SlotStart = new(2026, 11, 26, 10, 0, 0, TimeSpan.FromHours(-6));
    private static readonly StaffMember Marcus = new("aad-marcus", "Marcus Oyelaran");

    private static Referral GivenToMarcus() => Received(ReceivedAt).AssignToClinician(Marcus, Ana, AssignedAt).Referral;

    [Fact]
    public void AssignToClinician_WhenNobodyHasIt_GivesItToTheClinicianAndRecordsWhoChose()
    {
        var referral = Received(ReceivedAt);

        var result = referral.AssignToClinician(Marcus, Ana, AssignedAt);

        Assert.Equal(IntakeAssignmentOutcome.Assigned, result.Outcome);
        Assert.Equal(Marcus, result.Referral.AssignedTo);
        Assert.Equal(new PipelineEvent(referral.Id, PipelineEventKind.Assigned, PipelineStage.Received, Ana, AssignedAt, Marcus.Id), result.Event);
    }

    [Fact]
    public void AssignToClinician_AgainToTheSameClinician_ChangesNothing()
    {
        var again = GivenToMarcus().AssignToClinician(Marcus, Ben, AssignedAt.AddSeconds(3));

        Assert.Equal(IntakeAssignmentOutcome.AlreadyYours, again.Outcome);
        Assert.Null(again.Event);
        Assert.Equal(AssignedAt, again.Referral.AssignedAt);
    }

    [Fact]
    public void AssignToClinician_WhenSomeoneElseHoldsIt_OnlyTheHolderMayHandItOn()
    {
        var heldByBen = Received(ReceivedAt).AssignTo(Ben, AssignedAt).Referral;

        Assert.Equal(IntakeAssignmentOutcome.HeldBySomeoneElse, heldByBen.AssignToClinician(Marcus, Ana, AssignedAt.AddMinutes(1)).Outcome);
        var handedOn = heldByBen.AssignToClinician(Marcus, Ben, AssignedAt.AddMinutes(1));
        Assert.Equal(IntakeAssignmentOutcome.Assigned, handedOn.Outcome);
        Assert.Equal(Marcus, handedOn.Referral.AssignedTo);
    }

    [Fact]
    public void Accept_ByTheHolder_RecordsOnceAndARetryChangesNothing()
    {
        var accepted = GivenToMarcus().Accept(Marcus, AssignedAt.AddMinutes(5));
        var again = accepted.Referral.Accept(Marcus, AssignedAt.AddMinutes(6));

        Assert.Equal(StageChangeOutcome.Moved, accepted.Outcome);
        Assert.Equal(PipelineEventKind.Accepted, accepted.Event!.Kind);
        Assert.Equal(AssignedAt.AddMinutes(5), accepted.Referral.AcceptedAt);
        Assert.Equal(StageChangeOutcome.AlreadyThere, again.Outcome);
        Assert.Null(again.Event);
    }

    [Fact]
    public void Accept_BySomeoneWhoDoesNotHoldIt_IsRefused()
    {
        var result = GivenToMarcus().Accept(Ben, AssignedAt.AddMinutes(5));

        Assert.Equal(StageChangeOutcome.Refused, result.Outcome);
        Assert.Null(result.Referral.AcceptedAt);
    }

    [Fact]
    public void ReturnToTriage_UnassignsWithTheReason_AndARetryOfTheSameReturnChangesNothing()
    {
        var referral = GivenToMarcus().Accept(Marcus, AssignedAt.AddMinutes(1)).Referral;

        var returned = referral.ReturnToTriage(Marcus, AssignedAt.AddMinutes(2), IntakeReturnReasons.NoCapacity, "  full until January ", AssignedAt);
        var retry = returned.Referral.ReturnToTriage(Marcus, AssignedAt.AddMinutes(3), IntakeReturnReasons.NoCapacity, null, AssignedAt);

        Assert.Equal(StageChangeOutcome.Moved, returned.Outcome);
        Assert.Null(returned.Referral.AssignedTo);
        Assert.Null(returned.Referral.AcceptedAt);
        Assert.Equal("No room in my caseload: full until January", returned.Referral.ReturnedToTriage!.Describe());
        Assert.Equal(new PipelineEvent(referral.Id, PipelineEventKind.ReturnedToTriage, PipelineStage.Received, Marcus, AssignedAt.AddMinutes(2), "no-capacity"), returned.Event);
        Assert.Equal(StageChangeOutcome.AlreadyThere, retry.Outcome);
    }

    [Fact]
    public void ReturnToTriage_FromACardOfAnEarlierAssignment_IsRefused()
    {
        var referral = GivenToMarcus();

        var result = referral.ReturnToTriage(Marcus, AssignedAt.AddMinutes(2), IntakeReturnReasons.Other, null, AssignedAt.AddDays(-1));

        Assert.Equal(StageChangeOutcome.Refused, result.Outcome);
        Assert.Equal(Marcus, result.Referral.AssignedTo);
    }

    [Fact]
    public void ReturnToTriage_WithoutAKnownReason_IsRefused()
    {
        Assert.Equal(StageChangeOutcome.Refused, GivenToMarcus().ReturnToTriage(Marcus, AssignedAt, "because", null, AssignedAt).Outcome);
    }

    [Fact]
    public void ScheduleEvaluation_MovesToScheduled_AcceptsAndKeepsTheFrontDeskTask()
    {
        var referral = GivenToMarcus();

        var result = referral.ScheduleEvaluation(Marcus, AssignedAt.AddMinutes(5), SlotStart, SlotStart.AddHours(1), "evt-1", PreferredContact.Text);

        Assert.Equal(StageChangeOutcome.Moved, result.Outcome);
        Assert.Equal(PipelineStage.EvaluationScheduled, result.Referral.Stage);
        Assert.Equal(new ScheduledEvaluation(SlotStart, SlotStart.AddHours(1), "evt-1"), result.Referral.Evaluation);
        Assert.Equal(AssignedAt.AddMinutes(5), result.Referral.AcceptedAt);
        Assert.Equal(PreferredContact.Text, result.Referral.FamilyToBeTold);
        Assert.Equal("2026-11-26T16:00Z", result.Event!.Detail);
    }

    [Fact]
    public void ScheduleEvaluation_SameSlotAgain_ChangesNothing_AnotherSlotIsRefused()
    {
        var scheduled = GivenToMarcus().ScheduleEvaluation(Marcus, AssignedAt, SlotStart, SlotStart.AddHours(1), "evt-1", null).Referral;

        Assert.Equal(StageChangeOutcome.AlreadyThere, scheduled.ScheduleEvaluation(Marcus, AssignedAt, SlotStart, SlotStart.AddHours(1), "evt-1", null).Outcome);
        Assert.Equal(StageChangeOutcome.Refused, scheduled.ScheduleEvaluation(Marcus, AssignedAt, SlotStart.AddDays(1), SlotStart.AddDays(1).AddHours(1), "evt-2", null).Outcome);
    }

    [Fact]
    public void ScheduleEvaluation_ByWhoeverDoesNotHoldIt_IsRefused()
    {
        var result = GivenToMarcus().ScheduleEvaluation(Ben, AssignedAt, SlotStart, SlotStart.AddHours(1), null, null);

        Assert.Equal(StageChangeOutcome.Refused, result.Outcome);
        Assert.Null(result.Referral.Evaluation);
    }

    [Fact]
    public void CompleteEvaluation_BeforeScheduling_IsRefusedInWordsStaffUnderstand()
    {
        var result = GivenToMarcus().CompleteEvaluation(Marcus, SlotStart.AddHours(2));

        Assert.Equal(StageChangeOutcome.Refused, result.Outcome);
        Assert.Contains("before it is scheduled", result.RefusedBecause, StringComparison.Ordinal);
    }

    [Fact]
    public void CompleteEvaluation_BeforeItsStart_IsRefused_AfterItCompletesOnce()
    {
        var scheduled = GivenToMarcus().ScheduleEvaluation(Marcus, AssignedAt, SlotStart, SlotStart.AddHours(1), "evt-1", null).Referral;

        Assert.Equal(StageChangeOutcome.Refused, scheduled.CompleteEvaluation(Marcus, SlotStart.AddMinutes(-5)).Outcome);
        var completed = scheduled.CompleteEvaluation(Marcus, SlotStart.AddHours(1));
        Assert.Equal(PipelineStage.EvaluationCompleted, completed.Referral.Stage);
        Assert.Equal(StageChangeOutcome.AlreadyThere, completed.Referral.CompleteEvaluation(Marcus, SlotStart.AddHours(2)).Outcome);
    }

    [Fact]
    public void LogContact_NoAnswer_CountsTheAttemptOnce_PerCard()
    {
        var referral = Received(ReceivedAt);

        var first = referral.LogContact(Ana, AssignedAt, "call", ContactOutcome.NoAnswer, attemptsOnCard: 0);
        var retry = first.Referral.LogContact(Ana, AssignedAt.AddSeconds(2), "call", ContactOutcome.NoAnswer, attemptsOnCard: 0);
        var second = first.Referral.LogContact(Ana, AssignedAt.AddHours(3), "text", ContactOutcome.LeftMessage, attemptsOnCard: 1);

        Assert.Equal(1, first.Referral.ContactAttempts);
        Assert.Equal(new PipelineEvent(referral.Id, PipelineEventKind.ContactAttempted, PipelineStage.Received, Ana, AssignedAt, "call: no-answer"), first.Event);
        Assert.Equal(StageChangeOutcome.AlreadyThere, retry.Outcome);
        Assert.Equal(2, second.Referral.ContactAttempts);
        Assert.Equal(PipelineStage.Received, second.Referral.Stage);
    }

    [Fact]
    public void LogContact_Reached_IsFirstContact_AndNeverMovesAScheduledReferralBack()
    {
        var reached = Received(ReceivedAt).LogContact(Ana, AssignedAt, "email", ContactOutcome.Reached, 0);
        var scheduled = GivenToMarcus().ScheduleEvaluation(Marcus, AssignedAt, SlotStart, SlotStart.AddHours(1), null, null).Referral;

        Assert.Equal(PipelineStage.FirstContact, reached.Referral.Stage);
        Assert.Equal("email: reached", reached.Event!.Detail);
        Assert.Equal(StageChangeOutcome.AlreadyThere, scheduled.LogContact(Ana, AssignedAt, "call", ContactOutcome.Reached, 0).Outcome);
    }

    [Fact]
    public void RecordFamilyTold_ClearsTheTaskOnce()
    {
        var scheduled = GivenToMarcus().ScheduleEvaluation(Marcus, AssignedAt, SlotStart, SlotStart.AddHours(1), null, PreferredContact.Phone).Referral;

        var told = scheduled.RecordFamilyTold(Ana, SlotStart.AddDays(-1));

        Assert.Null(told.Referral.FamilyToBeTold);
        Assert.Equal("phone", told.Event!.Detail);
        Assert.Equal(StageChangeOutcome.AlreadyThere, told.Referral.RecordFamilyTold(Ana, SlotStart.AddDays(-1)).Outcome);
    }

    [Theory]
    [InlineData(PreferredContact.Phone, null, PreferredContact.Phone)]
    [InlineData(PreferredContact.Text, null, PreferredContact.Text)]
    [InlineData(PreferredContact.Email, "lmoritz@driftwoodpeds.example", null)]
    [InlineData(null, "lmoritz@driftwoodpeds.example", null)]
    public void EvaluationNotice_FollowsTheFamilysPreference_ElseEmailsTheReferrer(PreferredContact? preferred, string? email, PreferredContact? frontDesk)
    {
        var patient = new PatientDetails("Willa Tran", null, "(555) 010-2000", null, null, [], preferred, false);

        var notice = EvaluationNotice.For(Received(ReceivedAt), patient);

        Assert.Equal(new EvaluationNotice(email, frontDesk), notice);
    }

    [Fact]
    public void EvaluationNotice_WithoutAnEmailOrPreference_AsksTheFrontDeskToPhone()
    {
        var referral = Received(ReceivedAt) with { Referrer = Pediatrician with { Email = null } };

        Assert.Equal(new EvaluationNotice(null, PreferredContact.Phone), EvaluationNotice.For(referral, null));
    }
}
