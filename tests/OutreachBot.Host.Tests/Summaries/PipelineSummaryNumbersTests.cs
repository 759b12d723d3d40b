using OutreachBot.Clinic.ClinicHours;
using OutreachBot.Clinic.Pipeline;
using OutreachBot.Clinic.Referrals;
using OutreachBot.Clinic.Summaries;

namespace OutreachBot.Host.Tests.Summaries;

/// <summary>The summary's numbers against a generated pipeline whose answers the test works out on its own.</summary>
public sealed class PipelineSummaryNumbersTests
{
    public static readonly DateTimeOffset Now = new(2026, 11, 27, 21, 0, 0, TimeSpan.Zero); // Fri 27 Nov 15:00 in Chicago
    public static readonly TimeSpan Standard = TimeSpan.FromHours(8);
    public static readonly TimeSpan StalledAfter = TimeSpan.FromDays(7);

    public static SummaryRules Rules => new(
        BusinessHours.Weekdays(new TimeOnly(8, 0), new TimeOnly(17, 0), ExpectedSummary.Chicago, [ExpectedSummary.Thanksgiving]),
        Standard, StalledAfter, TimeSpan.FromDays(90), TimeSpan.FromDays(30));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Summary_OfAGeneratedPipeline_MatchesTheAnswersWorkedOutFromItsScripts(int seed)
    {
        var scripts = GeneratedPipeline.Generate(seed, 160, Now.AddDays(-25), Now, Now);
        var progress = scripts.Select(Fold).ToList();
        var period = ReportPeriod.ThisWeek(Now, ExpectedSummary.Chicago);

        var summary = PipelineSummaries.For(period, progress, progress.Where(p => p.IsOpen), [], Rules, Now);

        SummaryAssert.Matches(ExpectedSummary.From(scripts, period.Start, period.End, Now, Standard, StalledAfter), summary);
    }

    [Fact]
    public void Progress_WhenEventsArriveTwiceOrOutOfOrder_KeepsTheEarliestTimeEachStageWasReached()
    {
        var script = GeneratedPipeline.Generate(7, 60, Now.AddDays(-20), Now.AddDays(-10), Now).First(s => s.EvaluationCompletedAt is not null);
        var events = Events(script).ToList();

        var once = events.Aggregate((ReferralProgress?)null, (p, e) => ReferralProgress.After(p, e.After, e.Event));
        var shuffledTwice = events.Concat(events).Reverse().Aggregate((ReferralProgress?)null, (p, e) => ReferralProgress.After(p, e.After, e.Event));

        Assert.Equal(script.FirstContactAt, once!.FirstContactAt);
        Assert.Equal(script.EvaluationCompletedAt, once.EvaluationCompletedAt);
        Assert.Equal(once.FirstContactAt, shuffledTwice!.FirstContactAt);
        Assert.Equal(once.EvaluationScheduledAt, shuffledTwice.EvaluationScheduledAt);
        Assert.Equal(once.EvaluationCompletedAt, shuffledTwice.EvaluationCompletedAt);
        Assert.Equal(once.LastMovedAt, shuffledTwice.LastMovedAt);
    }

    /// <summary>The referral's progress from its events, as the store would record them.</summary>
    public static ReferralProgress Fold(ScriptedReferral script) =>
        Events(script).Aggregate((ReferralProgress?)null, (p, e) => ReferralProgress.After(p, e.After, e.Event))!;

    public static IEnumerable<(Referral After, PipelineEvent Event)> Events(ScriptedReferral script)
    {
        var referral = script.Referral;
        yield return (referral, new PipelineEvent(referral.Id, PipelineEventKind.Received, PipelineStage.Received, null, referral.ReceivedAt));
        foreach (var (at, apply) in script.Steps().OrderBy(s => s.At))
        {
            var (after, pipelineEvent) = apply(referral, script.Assignee ?? GeneratedPipeline.Staff[0], at) switch
            {
                IntakeAssignment a => (a.Referral, a.Event),
                StageChange c => (c.Referral, c.Event),
                _ => throw new InvalidOperationException(),
            };
            Assert.NotNull(pipelineEvent);
            referral = after;
            yield return (referral, pipelineEvent);
        }
    }
}
