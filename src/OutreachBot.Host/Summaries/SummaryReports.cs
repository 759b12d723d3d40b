using Microsoft.Extensions.Options;
using OutreachBot.Clinic.Summaries;
using OutreachBot.Host.Referrers;
using OutreachBot.Host.ResponseStandard;

namespace OutreachBot.Host.Summaries;

/// <summary>A summary and what answering it cost (table rows read).</summary>
public sealed record SummaryReport(PipelineSummary Summary, IReadOnlyList<ReferralProgress> Cohort, IReadOnlyList<PartnerOutcome> Partners, int RowsRead);

/// <summary>
/// Builds summaries from the index: the period's day partitions (one row per referral received), the open referrals
/// still for long enough to be stalled, and the partners. Rows read grow with the period's activity, not the history.
/// </summary>
public sealed class SummaryReports(PipelineIndex index, PartnerOutcomes partners, ClinicCalendar calendar, IOptions<SummaryOptions> options, TimeProvider time)
{
    public SummaryRules Rules => new(calendar.Hours, calendar.FirstContactStandard, options.Value.StalledAfter, options.Value.LapsedLookback, options.Value.LapsedQuiet);

    /// <summary>The period's pipeline; partners only when <paramref name="withPartners"/> (the sources view).</summary>
    public async Task<SummaryReport> ForAsync(ReportPeriod period, bool withPartners, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var (cohort, rowsRead) = await index.ReceivedInAsync(period, cancellationToken);
        var stalled = await index.OpenAsync(now - options.Value.StalledAfter, null, cancellationToken);
        var partnerList = withPartners ? await partners.AllAsync(cancellationToken) : [];
        var summary = PipelineSummaries.For(period, cohort, stalled, partnerList, Rules, now);
        return new SummaryReport(summary, cohort, partnerList, rowsRead + stalled.Count + partnerList.Count);
    }
}
