using OutreachBot.Clinic.ClinicHours;
using OutreachBot.Clinic.Pipeline;

namespace OutreachBot.Clinic.Summaries;

/// <summary>What a summary is measured against: the clinic's hours and standard, and when a referral counts as stalled.</summary>
public sealed record SummaryRules(BusinessHours Hours, TimeSpan FirstContactStandard, TimeSpan StalledAfter, TimeSpan LapsedLookback, TimeSpan LapsedQuiet);

/// <summary>Computes a <see cref="PipelineSummary"/> from the period's referrals, the open ones and the partners.</summary>
public static class PipelineSummaries
{
    public const string NoPathway = "Not routed yet";

    public static PipelineSummary For(
        ReportPeriod period,
        IEnumerable<ReferralProgress> receivedInPeriod,
        IEnumerable<ReferralProgress> open,
        IEnumerable<PartnerOutcome> partners,
        SummaryRules rules,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(rules);
        var cohort = receivedInPeriod.Where(p => period.Contains(p.ReceivedAt)).DistinctBy(p => p.ReferralId).ToList();
        var received = cohort.Count;

        var toFirstContact = cohort.Where(p => p.FirstContactAt is not null)
            .Select(p => rules.Hours.Between(p.ReceivedAt, p.FirstContactAt!.Value)).ToList();
        var toEvaluation = cohort.Where(p => p.EvaluationCompletedAt is not null)
            .Select(p => p.EvaluationCompletedAt!.Value - p.ReceivedAt).ToList();
        var breaches = cohort.Count(p => IsBreach(p, rules, now));
        var waiting = cohort.Count(p => p.FirstContactAt is null && p.IsOpen && rules.Hours.Between(p.ReceivedAt, now) > rules.FirstContactStandard);

        return new PipelineSummary(
            period,
            received,
            [.. cohort.GroupBy(p => p.Pathway?.ToString() ?? NoPathway).Select(g => (g.Key, g.Count())).OrderByDescending(g => g.Item2).ThenBy(g => g.Key, StringComparer.Ordinal)],
            [.. cohort.GroupBy(p => p.Source, StringComparer.OrdinalIgnoreCase).Select(g => (g.First().Source, g.Count())).OrderByDescending(g => g.Item2).ThenBy(g => g.Item1, StringComparer.Ordinal)],
            [
                Step(PipelineStage.Received, received, received),
                Step(PipelineStage.FirstContact, cohort.Count(p => p.FirstContactAt is not null), received),
                Step(PipelineStage.EvaluationScheduled, cohort.Count(p => p.EvaluationScheduledAt is not null), received),
                Step(PipelineStage.EvaluationCompleted, cohort.Count(p => p.EvaluationCompletedAt is not null), received),
            ],
            Waits(toFirstContact),
            Waits(toEvaluation),
            breaches,
            waiting,
            Stalled(open, rules.StalledAfter, now),
            [.. partners.Where(p => p.IsLapsed(now, rules.LapsedLookback, rules.LapsedQuiet)).OrderBy(p => p.LastReferralAt)],
            now);
    }

    /// <summary>Open referrals with no movement for <paramref name="after"/>, the longest-still first.</summary>
    public static IReadOnlyList<StalledReferral> Stalled(IEnumerable<ReferralProgress> open, TimeSpan after, DateTimeOffset now) =>
        [.. open.Where(p => p.IsOpen && now - p.LastMovedAt >= after)
            .OrderBy(p => p.LastMovedAt).ThenBy(p => p.ReferralId, StringComparer.Ordinal)
            .Select(p => new StalledReferral(p.ReferralId, p.Stage, p.Source, p.AssigneeName, p.LastMovedAt, (int)(now - p.LastMovedAt).TotalDays))];

    /// <summary>
    /// Whether the referral missed the first-contact standard: reached late, or not reached and the standard has
    /// passed (in business hours).
    /// </summary>
    public static bool IsBreach(ReferralProgress progress, SummaryRules rules, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(progress);
        ArgumentNullException.ThrowIfNull(rules);
        if (progress.FirstContactAt is { } contacted)
        {
            return rules.Hours.Between(progress.ReceivedAt, contacted) > rules.FirstContactStandard;
        }

        return progress.IsOpen && rules.Hours.Between(progress.ReceivedAt, now) > rules.FirstContactStandard;
    }

    /// <summary>The nearest-rank percentile <paramref name="p"/> (0 &lt; p ≤ 1) of <paramref name="values"/>.</summary>
    public static TimeSpan? Percentile(IReadOnlyCollection<TimeSpan> values, double p)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            return null;
        }

        var sorted = values.Order().ToArray();
        var rank = (int)Math.Ceiling(p * sorted.Length);
        return sorted[Math.Clamp(rank, 1, sorted.Length) - 1];
    }

    private static WaitTimes Waits(List<TimeSpan> waits) => new(waits.Count, Percentile(waits, 0.5), Percentile(waits, 0.9));

    private static FunnelStep Step(PipelineStage stage, int count, int received) =>
        new(stage, count, received == 0 ? 0 : (double)count / received);
}
