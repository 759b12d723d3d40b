using OutreachBot.Clinic.Pipeline;
using OutreachBot.Clinic.Referrals;
using static OutreachBot.Clinic.Tests.Referrals.TestReferrals;

namespace OutreachBot.Clinic.Tests.Pipeline;

public class WeeklyStageCountsTests
{
    private static readonly TimeZoneInfo Chicago = TimeZoneInfo.FindSystemTimeZoneById("America/Chicago");
    private static readonly ClinicWeek Week = ClinicWeek.Containing(new DateTimeOffset(2026, 11, 18, 12, 0, 0, TimeSpan.FromHours(-6)), Chicago);

    [Fact]
    public void For_CountsOnlyReferralsReceivedInTheWeek()
    {
        Referral[] referrals =
        [
            Received(Week.Start),
            Received(Week.Start.AddDays(2), PipelineStage.FirstContact, Ana),
            Received(Week.End.AddTicks(-1), PipelineStage.EvaluationScheduled, Ben),
            Received(Week.Start.AddTicks(-1), PipelineStage.Closed, Ana), // the Sunday before
            Received(Week.End, PipelineStage.FirstContact, Ben), // next Monday 00:00
        ];

        var counts = WeeklyStageCounts.For(Week, referrals);

        Assert.Equal(Week, counts.Week);
        Assert.Equal(3, counts.Received);
        Assert.Equal(2, counts.Assigned);
        Assert.Equal(1, counts.ByStage[PipelineStage.Received]);
        Assert.Equal(1, counts.ByStage[PipelineStage.FirstContact]);
        Assert.Equal(1, counts.ByStage[PipelineStage.EvaluationScheduled]);
        Assert.Equal(0, counts.ByStage[PipelineStage.Closed]);
    }

    [Fact]
    public void For_ListsEveryStageWithZeroWhenNoneThere()
    {
        var counts = WeeklyStageCounts.For(Week, [Received(Week.Start.AddHours(30))]);

        Assert.Equal(Enum.GetValues<PipelineStage>(), counts.ByStage.Keys.Order());
        Assert.Equal(1, counts.ByStage[PipelineStage.Received]);
        Assert.All(counts.ByStage.Where(s => s.Key != PipelineStage.Received), s => Assert.Equal(0, s.Value));
    }

    [Fact]
    public void For_WhenNoReferrals_IsAllZeroWithEveryStage()
    {
        var counts = WeeklyStageCounts.For(Week, []);

        Assert.Equal(0, counts.Received);
        Assert.Equal(0, counts.Assigned);
        Assert.Equal(Enum.GetValues<PipelineStage>().Length, counts.ByStage.Count);
        Assert.All(counts.ByStage.Values, n => Assert.Equal(0, n));
    }

    [Fact]
    public void For_StageCountsAddUpToReceived()
    {
        var referrals = Enum.GetValues<PipelineStage>()
            .SelectMany((stage, i) => Enumerable.Range(0, i + 1).Select(h => Received(Week.Start.AddHours((10 * i) + h), stage)))
            .ToList();

        var counts = WeeklyStageCounts.For(Week, referrals);

        Assert.Equal(referrals.Count, counts.Received);
        Assert.Equal(counts.Received, counts.ByStage.Values.Sum());
        Assert.Equal((int)PipelineStage.Closed + 1, counts.ByStage[PipelineStage.Closed]);
    }
}
