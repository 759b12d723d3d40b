using OutreachBot.Clinic.Pipeline;
using OutreachBot.Clinic.Summaries;

namespace OutreachBot.Host.Tests.Summaries;

public static class SummaryAssert
{
    public static void Matches(ExpectedSummary expected, PipelineSummary actual)
    {
        Assert.True(expected.Received > 10, "the generated week should have enough referrals to mean something");
        Assert.Equal(expected.Received, actual.Received);
        Assert.Equal(expected.ByPathway.OrderBy(p => p.Key), actual.ByPathway.ToDictionary(p => p.Pathway, p => p.Count).OrderBy(p => p.Key));
        Assert.Equal(expected.BySource.OrderBy(p => p.Key), actual.BySource.ToDictionary(p => p.Source, p => p.Count).OrderBy(p => p.Key));
        Assert.Equal(
            [expected.Received, expected.FirstContact, expected.EvaluationScheduled, expected.EvaluationCompleted],
            actual.Funnel.Select(f => f.Count));
        Assert.Equal([PipelineStage.Received, PipelineStage.FirstContact, PipelineStage.EvaluationScheduled, PipelineStage.EvaluationCompleted], actual.Funnel.Select(f => f.Stage));
        Assert.Equal((double)expected.EvaluationCompleted / expected.Received, actual.Funnel[3].Conversion, 6);
        Assert.Equal(expected.MedianToContact, actual.ToFirstContact.Median);
        Assert.Equal(expected.P90ToContact, actual.ToFirstContact.P90);
        Assert.Equal(expected.MedianToEvaluation, actual.ToEvaluation.Median);
        Assert.Equal(expected.P90ToEvaluation, actual.ToEvaluation.P90);
        Assert.Equal(expected.Breaches, actual.Breaches);
        Assert.Equal(expected.StalledIds, actual.Stalled.Select(s => s.ReferralId));
    }
}
