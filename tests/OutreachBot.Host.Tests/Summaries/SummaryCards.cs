using System.Text.Json.Nodes;
using OutreachBot.Clinic.Summaries;
using OutreachBot.Host.Summaries;
using OutreachBot.Host.Teams;

namespace OutreachBot.Host.Tests.Summaries;

/// <summary>Summary cards drawn from generated pipelines (seed) or from nothing (null), for the card tests.</summary>
public static class SummaryCards
{
    private static readonly DateTimeOffset Now = PipelineSummaryNumbersTests.Now;

    public static PipelineSummary Summary(int? seed, SummaryPeriodName period)
    {
        var progress = seed is { } s ? GeneratedPipeline.Generate(s, 160, Now.AddDays(-40), Now, Now).Select(PipelineSummaryNumbersTests.Fold).ToList() : [];
        var partners = progress.GroupBy(p => p.Source).Select(g => new PartnerOutcome(
            g.Key, "Dr. Contact", g.Count(), g.Count(p => p.EvaluationCompletedAt is not null), g.Min(p => p.ReceivedAt),
            g.Key.StartsWith('L') ? Now.AddDays(-45) : g.Max(p => p.ReceivedAt))).ToList();
        return PipelineSummaries.For(SummaryPeriods.Resolve(period, Now, ExpectedSummary.Chicago), progress, progress.Where(p => p.IsOpen), partners, PipelineSummaryNumbersTests.Rules, Now);
    }

    public static JsonObject Pipeline(int? seed, SummaryPeriodName period) => SummaryCard.For(Summary(seed, period), period, ExpectedSummary.Chicago);

    public static JsonObject Sources(int? seed)
    {
        var summary = Summary(seed, SummaryPeriodName.ThisMonth);
        var partners = summary.BySource.Select(s => new PartnerOutcome(s.Source, "Dr. Contact", s.Count * 3, s.Count, Now.AddDays(-200), Now.AddDays(-2))).ToList();
        return SourcesCard.For(summary, [.. partners, .. summary.LapsedSources], PipelineSummaryNumbersTests.Rules, ExpectedSummary.Chicago);
    }

    public static JsonObject Stalled(int? seed) =>
        StalledCard.For(Summary(seed, SummaryPeriodName.ThisWeek).Stalled, PipelineSummaryNumbersTests.StalledAfter, ExpectedSummary.Chicago);
}
