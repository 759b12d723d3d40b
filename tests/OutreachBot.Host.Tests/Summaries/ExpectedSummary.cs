using OutreachBot.Clinic.Pipeline;

namespace OutreachBot.Host.Tests.Summaries;

/// <summary>A summary's right answers, computed from the scripts directly (wall-clock minutes, sorting and counting).</summary>
public sealed record ExpectedSummary(
    int Received,
    Dictionary<string, int> ByPathway,
    Dictionary<string, int> BySource,
    int FirstContact,
    int EvaluationScheduled,
    int EvaluationCompleted,
    TimeSpan? MedianToContact,
    TimeSpan? P90ToContact,
    TimeSpan? MedianToEvaluation,
    TimeSpan? P90ToEvaluation,
    int Breaches,
    List<string> StalledIds)
{
    public static readonly TimeZoneInfo Chicago = TimeZoneInfo.FindSystemTimeZoneById("America/Chicago");
    public static readonly DateOnly Thanksgiving = new(2026, 11, 26);

    public static ExpectedSummary From(IReadOnlyList<ScriptedReferral> scripts, DateTimeOffset start, DateTimeOffset end, DateTimeOffset now, TimeSpan standard, TimeSpan stalledAfter)
    {
        var cohort = scripts.Where(s => s.Referral.ReceivedAt >= start && s.Referral.ReceivedAt < end).ToList();
        TimeSpan Open(DateTimeOffset a, DateTimeOffset b) => OpenMinutes.Between(a, b, Chicago, 8, 17, Thanksgiving);
        var toContact = cohort.Where(s => s.FirstContactAt is not null).Select(s => Open(s.Referral.ReceivedAt, s.FirstContactAt!.Value)).ToList();
        var toEvaluation = cohort.Where(s => s.EvaluationCompletedAt is not null).Select(s => s.EvaluationCompletedAt!.Value - s.Referral.ReceivedAt).ToList();
        var breaches = cohort.Count(s => s.FirstContactAt is { } c
            ? Open(s.Referral.ReceivedAt, c) > standard
            : s.DeclinedAt is null && Open(s.Referral.ReceivedAt, now) > standard);
        var stalled = scripts
            .Where(s => s.StageNow is PipelineStage.Received or PipelineStage.FirstContact or PipelineStage.EvaluationScheduled && now - s.LastMovedAt >= stalledAfter)
            .OrderBy(s => s.LastMovedAt).ThenBy(s => s.Referral.Id, StringComparer.Ordinal).Select(s => s.Referral.Id).ToList();
        return new ExpectedSummary(
            cohort.Count,
            cohort.GroupBy(s => s.Referral.Pathway?.ToString() ?? "Not routed yet").ToDictionary(g => g.Key, g => g.Count()),
            cohort.GroupBy(s => s.Referral.Referrer.Organization ?? "Unknown source").ToDictionary(g => g.Key, g => g.Count()),
            cohort.Count(s => s.FirstContactAt is not null),
            cohort.Count(s => s.EvaluationScheduledAt is not null),
            cohort.Count(s => s.EvaluationCompletedAt is not null),
            OpenMinutes.AtLeastShare(toContact, 0.5),
            OpenMinutes.AtLeastShare(toContact, 0.9),
            OpenMinutes.AtLeastShare(toEvaluation, 0.5),
            OpenMinutes.AtLeastShare(toEvaluation, 0.9),
            breaches,
            stalled);
    }
}
