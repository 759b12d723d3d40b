using OutreachBot.Clinic.Pipeline;
using OutreachBot.Clinic.Referrals;
using static OutreachBot.Clinic.Tests.Referrals.TestReferrals;

namespace OutreachBot.Clinic.Tests.Referrals;

public class ReferralTriageDecisionsTests
{
    private static readonly DateTimeOffset ReceivedAt = new(2026, 11, 24, 9, 15, 0, TimeSpan.FromHours(-6));
    private static readonly DateTimeOffset ClickedAt = ReceivedAt.AddHours(2);

    [Fact]
    public void RequestMissingInfo_FirstRequest_CountsItAndRecordsAnEventWithItsNumber()
    {
        var referral = Received(ReceivedAt);

        var result = referral.RequestMissingInfo(1, Ana, ClickedAt);

        Assert.Equal(ReferralDecisionOutcome.Changed, result.Outcome);
        Assert.Equal(1, result.Referral.InfoRequests);
        Assert.Equal(ClickedAt, result.Referral.InfoRequestedAt);
        Assert.Equal(new PipelineEvent(referral.Id, PipelineEventKind.MissingInfoRequested, PipelineStage.Received, Ana, ClickedAt, "1"), result.Event);
    }

    [Fact]
    public void RequestMissingInfo_SameNumberAgain_IsARetryAndChangesNothing()
    {
        var asked = Received(ReceivedAt).RequestMissingInfo(1, Ana, ClickedAt).Referral;

        var retry = asked.RequestMissingInfo(1, Ben, ClickedAt.AddMinutes(1));

        Assert.Equal(ReferralDecisionOutcome.Unchanged, retry.Outcome);
        Assert.Null(retry.Event);
        Assert.Equal(ClickedAt, retry.Referral.InfoRequestedAt);
    }

    [Fact]
    public void RequestMissingInfo_NextNumberLater_IsASecondRequest()
    {
        var asked = Received(ReceivedAt).RequestMissingInfo(1, Ana, ClickedAt).Referral;

        var second = asked.RequestMissingInfo(2, Ana, ClickedAt.AddDays(2));

        Assert.Equal(ReferralDecisionOutcome.Changed, second.Outcome);
        Assert.Equal(2, second.Referral.InfoRequests);
        Assert.Equal("2", second.Event!.Detail);
    }

    [Fact]
    public void RequestMissingInfo_NumberSkippingAhead_IsRefusedAsAnOutOfDateCard()
    {
        var result = Received(ReceivedAt).RequestMissingInfo(3, Ana, ClickedAt);

        Assert.Equal(ReferralDecisionOutcome.Refused, result.Outcome);
        Assert.Equal(0, result.Referral.InfoRequests);
    }

    [Theory]
    [InlineData(PipelineStage.Declined)]
    [InlineData(PipelineStage.Closed)]
    public void RequestMissingInfo_OnAClosedReferral_IsRefused(PipelineStage stage)
    {
        var result = Received(ReceivedAt, stage).RequestMissingInfo(1, Ana, ClickedAt);

        Assert.Equal(ReferralDecisionOutcome.Refused, result.Outcome);
        Assert.Null(result.Event);
    }

    [Fact]
    public void Decline_MovesToTheDeclinedExitWithTheReasonInTheEvent()
    {
        var referral = Received(ReceivedAt, PipelineStage.FirstContact);

        var result = referral.Decline(DeclineReasons.InsuranceNotAccepted, "ignored for a listed reason", Ana, ClickedAt);

        Assert.Equal(StageChangeOutcome.Moved, result.Outcome);
        Assert.Equal(PipelineStage.Declined, result.Referral.Stage);
        Assert.Equal(DeclineReasons.InsuranceNotAccepted, result.Referral.DeclineReason);
        Assert.Null(result.Referral.DeclineNote);
        Assert.Equal(new PipelineEvent(referral.Id, PipelineEventKind.Declined, PipelineStage.Declined, Ana, ClickedAt, DeclineReasons.InsuranceNotAccepted), result.Event);
    }

    [Fact]
    public void Decline_ForOtherReason_KeepsStaffsNote()
    {
        var result = Received(ReceivedAt).Decline(DeclineReasons.Other, "family moved abroad", Ana, ClickedAt);

        Assert.Equal("family moved abroad", result.Referral.DeclineNote);
    }

    [Fact]
    public void Decline_Twice_ChangesNothingTheSecondTime()
    {
        var declined = Received(ReceivedAt).Decline(DeclineReasons.CaseloadFull, null, Ana, ClickedAt).Referral;

        var again = declined.Decline(DeclineReasons.OutsideArea, null, Ben, ClickedAt.AddMinutes(1));

        Assert.Equal(StageChangeOutcome.AlreadyThere, again.Outcome);
        Assert.Equal(DeclineReasons.CaseloadFull, again.Referral.DeclineReason);
        Assert.Null(again.Event);
    }

    [Fact]
    public void Decline_AfterTheEvaluationIsBooked_IsRefusedByThePipeline()
    {
        var result = Received(ReceivedAt, PipelineStage.EvaluationScheduled).Decline(DeclineReasons.CaseloadFull, null, Ana, ClickedAt);

        Assert.Equal(StageChangeOutcome.Refused, result.Outcome);
    }

    [Fact]
    public void Decline_WithAnUnknownReason_IsRefused()
    {
        Assert.Equal(StageChangeOutcome.Refused, Received(ReceivedAt).Decline("because", null, Ana, ClickedAt).Outcome);
    }

    [Fact]
    public void MergeInto_ClosesTheDuplicateAndNamesTheSurvivor()
    {
        var duplicate = Received(ReceivedAt.AddHours(1));

        var result = duplicate.MergeInto("R-00000000AA", Ana, ClickedAt);

        Assert.Equal(StageChangeOutcome.Moved, result.Outcome);
        Assert.Equal(PipelineStage.Closed, result.Referral.Stage);
        Assert.Equal("R-00000000AA", result.Referral.MergedInto);
        Assert.False(result.Referral.IsOpen);
        Assert.Equal(PipelineEventKind.MergedInto, result.Event!.Kind);
        Assert.Equal("R-00000000AA", result.Event.Detail);
    }

    [Fact]
    public void MergeInto_TheSameSurvivorAgain_ChangesNothing_AnotherSurvivor_IsRefused()
    {
        var merged = Received(ReceivedAt).MergeInto("R-00000000AA", Ana, ClickedAt).Referral;

        Assert.Equal(StageChangeOutcome.AlreadyThere, merged.MergeInto("R-00000000AA", Ben, ClickedAt).Outcome);
        var elsewhere = merged.MergeInto("R-00000000BB", Ben, ClickedAt);
        Assert.Equal(StageChangeOutcome.Refused, elsewhere.Outcome);
        Assert.Contains("R-00000000AA", elsewhere.RefusedBecause, StringComparison.Ordinal);
    }

    [Fact]
    public void MergeInto_Itself_IsRefused()
    {
        var referral = Received(ReceivedAt);

        Assert.Equal(StageChangeOutcome.Refused, referral.MergeInto(referral.Id, Ana, ClickedAt).Outcome);
    }

    [Fact]
    public void Absorb_FillsWhatTheSurvivorLacks_KeepsOnlyItemsBothLack_AndRecordsTheDuplicate()
    {
        var survivor = Received(ReceivedAt) with
        {
            Referrer = Pediatrician with { Email = null },
            PatientAge = null,
            MissingItems = ["signed order", "insurance", "date of birth"],
        };
        var duplicate = Received(ReceivedAt.AddHours(1)) with
        {
            Urgency = Urgency.Urgent,
            MissingItems = ["insurance"],
            Signals = ["fax cover sheet"],
        };

        var result = survivor.Absorb(duplicate, Ana, ClickedAt);

        Assert.Equal(ReferralDecisionOutcome.Changed, result.Outcome);
        var merged = result.Referral;
        Assert.Equal(["insurance"], merged.MissingItems);
        Assert.Equal(Pediatrician.Email, merged.Referrer.Email);
        Assert.Equal(6, merged.PatientAge);
        Assert.Equal(Urgency.Urgent, merged.Urgency);
        Assert.Contains("fax cover sheet", merged.Signals);
        Assert.Equal([duplicate.Id], merged.MergedDuplicates);
        Assert.Equal(new PipelineEvent(survivor.Id, PipelineEventKind.DuplicateMerged, PipelineStage.Received, Ana, ClickedAt, duplicate.Id), result.Event);
    }

    [Fact]
    public void Absorb_WhenTheSurvivorHadNoPathway_TakesTheDuplicatesPathwayAndChecklist()
    {
        var survivor = Received(ReceivedAt) with { Pathway = null, MissingItems = [] };
        var duplicate = Received(ReceivedAt.AddHours(1)) with { Pathway = Pathway.Hand, MissingItems = ["signed order"] };

        var merged = survivor.Absorb(duplicate, Ana, ClickedAt).Referral;

        Assert.Equal(Pathway.Hand, merged.Pathway);
        Assert.Equal(["signed order"], merged.MissingItems);
    }

    [Fact]
    public void Absorb_TheSameDuplicateAgain_ChangesNothing()
    {
        var duplicate = Received(ReceivedAt.AddHours(1));
        var merged = Received(ReceivedAt).Absorb(duplicate, Ana, ClickedAt).Referral;

        var again = merged.Absorb(duplicate, Ana, ClickedAt.AddMinutes(1));

        Assert.Equal(ReferralDecisionOutcome.Unchanged, again.Outcome);
        Assert.Null(again.Event);
    }

    [Fact]
    public void RecordConfirmationSent_Once_ThenUnchanged()
    {
        var first = Received(ReceivedAt).RecordConfirmationSent(ClickedAt);
        var again = first.Referral.RecordConfirmationSent(ClickedAt.AddMinutes(1));

        Assert.Equal(PipelineEventKind.ConfirmationSent, first.Event!.Kind);
        Assert.Null(first.Event.Actor);
        Assert.Equal(ClickedAt, first.Referral.ConfirmationSentAt);
        Assert.Equal(ReferralDecisionOutcome.Unchanged, again.Outcome);
    }
}
