using OutreachBot.Clinic.Pipeline;
using OutreachBot.Clinic.Referrals;

namespace OutreachBot.Clinic.Tests.Referrals;

public sealed class ReferralUpdateTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    private static Referral Referral(params string[] missing) => new()
    {
        Id = "R-0011223344",
        ReceivedAt = At.AddDays(-1),
        Referrer = new Referrer("Rosa Delgado, MD", "Northfield Orthopedics", ReferrerRole.Orthopedist, null, null, null),
        MissingItems = missing,
        Stage = PipelineStage.FirstContact,
    };

    [Fact]
    public void ApplyTo_WhenTheUpdateBringsTheOrder_CrossesItOffAndSaysSo()
    {
        var (after, pipelineEvent) = new ReferralUpdate(1, ["contact number"]).ApplyTo(Referral("signed order", "contact number"), At);

        Assert.Equal(["contact number"], after.MissingItems);
        Assert.Equal(PipelineEventKind.UpdateReceived, pipelineEvent.Kind);
        Assert.Equal(PipelineStage.FirstContact, pipelineEvent.Stage);
        Assert.Equal("update received: 1 document attached; filled: signed order", pipelineEvent.Detail);
    }

    [Fact]
    public void ApplyTo_WhenTheUpdateAddsNothingTheChecklistAsks_KeepsTheStageAndTheItems()
    {
        var (after, pipelineEvent) = new ReferralUpdate(0, ["signed order"]).ApplyTo(Referral("signed order"), At);

        Assert.Equal(["signed order"], after.MissingItems);
        Assert.Equal(PipelineStage.FirstContact, after.Stage);
        Assert.Equal("update received", pipelineEvent.Detail);
    }
}
