using OutreachBot.Clinic.Pipeline;
using OutreachBot.Clinic.Referrals;
using OutreachBot.Clinic.Staff;

namespace OutreachBot.Clinic.Tests.Pipeline;

public sealed class PipelineTransitionsTests
{
    private static readonly StaffMember Dana = new("aad-dana", "Dana Whitfield");
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public void MainPath_FromReceivedToCompleted_IsAllowedStepByStep()
    {
        var referral = NewReferral();
        foreach (var stage in new[] { PipelineStage.FirstContact, PipelineStage.EvaluationScheduled, PipelineStage.EvaluationCompleted, PipelineStage.Closed })
        {
            var change = referral.MoveTo(stage, Dana, Now);
            Assert.Equal(StageChangeOutcome.Moved, change.Outcome);
            Assert.Equal(stage, change.Event!.Stage);
            Assert.Equal(PipelineEventKind.StageChanged, change.Event.Kind);
            referral = change.Referral;
        }
    }

    [Theory]
    [InlineData(PipelineStage.Received, PipelineStage.EvaluationCompleted)]
    [InlineData(PipelineStage.FirstContact, PipelineStage.EvaluationCompleted)]
    [InlineData(PipelineStage.Declined, PipelineStage.FirstContact)]
    [InlineData(PipelineStage.Closed, PipelineStage.Received)]
    [InlineData(PipelineStage.EvaluationCompleted, PipelineStage.EvaluationScheduled)]
    public void IllegalMove_IsRefusedAndChangesNothing(PipelineStage from, PipelineStage to)
    {
        var referral = NewReferral() with { Stage = from };

        var change = referral.MoveTo(to, Dana, Now);

        Assert.Equal(StageChangeOutcome.Refused, change.Outcome);
        Assert.Same(referral, change.Referral);
        Assert.Null(change.Event);
        Assert.Contains(to.ToString(), change.RefusedBecause, StringComparison.Ordinal);
    }

    [Fact]
    public void MovingToTheSameStageAgain_ChangesNothing()
    {
        var referral = NewReferral() with { Stage = PipelineStage.FirstContact };

        var change = referral.MoveTo(PipelineStage.FirstContact, Dana, Now);

        Assert.Equal(StageChangeOutcome.AlreadyThere, change.Outcome);
        Assert.Null(change.Event);
    }

    [Theory]
    [InlineData(PipelineStage.EvaluationScheduled, PipelineStage.FirstContact)]
    [InlineData(PipelineStage.NotReachable, PipelineStage.FirstContact)]
    [InlineData(PipelineStage.Received, PipelineStage.Declined)]
    public void CancelledEvaluationsAndLateContacts_GoBackOrOut(PipelineStage from, PipelineStage to) =>
        Assert.True(PipelineTransitions.Allows(from, to));

    [Fact]
    public void Exits_DeclinedAndClosed_AreFinal()
    {
        Assert.Empty(PipelineTransitions.From(PipelineStage.Declined));
        Assert.Empty(PipelineTransitions.From(PipelineStage.Closed));
    }

    private static Referral NewReferral() => new()
    {
        Id = "R-00000000AA",
        ReceivedAt = Now.AddDays(-1),
        Referrer = new Referrer("Dr. Test", "Test Clinic", ReferrerRole.Physician, null, null, null),
    };
}
