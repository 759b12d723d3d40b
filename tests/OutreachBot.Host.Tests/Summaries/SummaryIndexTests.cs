using Microsoft.Extensions.Time.Testing;
using OutreachBot.Clinic;
using OutreachBot.Clinic.Pipeline;
using OutreachBot.Clinic.Referrals;
using OutreachBot.Clinic.Summaries;
using OutreachBot.Host.Pipeline;
using OutreachBot.Host.Referrers;
using OutreachBot.Host.Summaries;
using OutreachBot.Host.Tests.Infrastructure;

namespace OutreachBot.Host.Tests.Summaries;

/// <summary>The summaries' index as the store writes it, on Azurite (run through ./test.sh).</summary>
public sealed class SummaryIndexTests : IAsyncLifetime
{
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromMinutes(3));
    private readonly FakeTimeProvider _time = new(PipelineSummaryNumbersTests.Now);
    private readonly RecordingConnector _connector = new();
    private readonly SummaryInstance _bot;

    public SummaryIndexTests() => _bot = new SummaryInstance(LocalStack.UniqueTablePrefix(), _time, _connector, Path.GetTempPath());

    private CancellationToken Ct => _timeout.Token;

    public Task InitializeAsync() => _bot.StartStorageAsync(Ct);

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        _timeout.Dispose();
    }

    [Fact]
    public async Task Summary_FromTheIndex_MatchesTheGeneratedPipeline_AndReadsOnlyTheWeeksRows()
    {
        var now = PipelineSummaryNumbersTests.Now;
        var scripts = GeneratedPipeline.Generate(11, 150, now.AddDays(-30), now, now);
        await ApplyAsync(scripts);

        var period = ReportPeriod.ThisWeek(now, ExpectedSummary.Chicago);
        var report = await _bot.Get<SummaryReports>().ForAsync(period, withPartners: false, Ct);

        var expected = ExpectedSummary.From(scripts, period.Start, period.End, now, PipelineSummaryNumbersTests.Standard, PipelineSummaryNumbersTests.StalledAfter);
        SummaryAssert.Matches(expected, report.Summary);
        Assert.Equal(expected.Received + expected.StalledIds.Count, report.RowsRead);
        Assert.True(report.RowsRead < scripts.Count / 2, $"read {report.RowsRead} rows for a week of a {scripts.Count}-referral history");
    }

    [Fact]
    public async Task ReplayedAdd_RepairsAMissingIndexRow_AndCountsThePartnerOnce()
    {
        var store = _bot.Get<ReferralStore>();
        var (referral, received) = NewReferral("replay", "Lakeside Pediatrics", _time.GetUtcNow());
        Assert.True(await store.AddAsync(referral, received, Ct));
        var index = _bot.Get<SummaryTables>().PipelineIndex;
        await index.DeleteEntityAsync(ReferralProgressRow.DayPartition(referral.ReceivedAt), referral.Id, cancellationToken: Ct);

        // The intake retries the same message after a crash (the ledger is written last): the add is refused ...
        Assert.False(await store.AddAsync(referral, received, Ct));

        // ... and the index row is back, while the partner still counts one referral.
        var row = await index.GetEntityIfExistsAsync<ReferralProgressRow>(ReferralProgressRow.DayPartition(referral.ReceivedAt), referral.Id, cancellationToken: Ct);
        Assert.True(row.HasValue);
        var partner = Assert.Single(await _bot.Get<PartnerOutcomes>().AllAsync(Ct));
        Assert.Equal(1, partner.ReferralsSent);
    }

    [Fact]
    public async Task PartnerOutcomes_ManyReferralsOfOnePartnerAtOnce_EachCountsOnce()
    {
        var store = _bot.Get<ReferralStore>();
        var start = _time.GetUtcNow().AddDays(-10);
        var referrals = Enumerable.Range(0, 12).Select(i => NewReferral($"partner-{i}", i % 2 == 0 ? "St. Mary's Neurology" : "St Marys Neurology", start.AddHours(i))).ToList();

        await Parallel.ForEachAsync(referrals, Ct, async (r, ct) => await store.AddAsync(r.Referral, r.Received, ct));
        await Parallel.ForEachAsync(referrals.Take(5), Ct, async (r, ct) =>
        {
            var clinician = GeneratedPipeline.Staff[0];
            await store.MoveAsync(r.Referral.Id, x => x.LogFirstContact(clinician, start.AddDays(1), "call"), ct);
            await store.MoveAsync(r.Referral.Id, x => x.MoveTo(PipelineStage.EvaluationScheduled, clinician, start.AddDays(2)), ct);
            await store.MoveAsync(r.Referral.Id, x => x.MoveTo(PipelineStage.EvaluationCompleted, clinician, start.AddDays(5)), ct);
            await store.MoveAsync(r.Referral.Id, x => x.MoveTo(PipelineStage.EvaluationCompleted, clinician, start.AddDays(6)), ct); // a retried click
        });

        var partner = Assert.Single(await _bot.Get<PartnerOutcomes>().AllAsync(Ct));
        Assert.Equal(12, partner.ReferralsSent);
        Assert.Equal(5, partner.EvaluationsCompleted);
        Assert.Equal(start.AddHours(11), partner.LastReferralAt);
        Assert.Equal(start, partner.FirstReferralAt);
        Assert.Equal(5.0 / 12, partner.Conversion, 6);
    }

    [Fact]
    public async Task OpenPartition_HoldsOnlyReferralsStillOpen()
    {
        var store = _bot.Get<ReferralStore>();
        var (open, openReceived) = NewReferral("open", "Lakeside Pediatrics", _time.GetUtcNow().AddDays(-2));
        var (declined, declinedReceived) = NewReferral("declined", "Lakeside Pediatrics", _time.GetUtcNow().AddDays(-2));
        await store.AddAsync(open, openReceived, Ct);
        await store.AddAsync(declined, declinedReceived, Ct);
        await store.MoveAsync(declined.Id, r => r.MoveTo(PipelineStage.Declined, GeneratedPipeline.Staff[1], _time.GetUtcNow()), Ct);

        var stillOpen = await _bot.Get<PipelineIndex>().OpenAsync(null, null, Ct);

        Assert.Equal([open.Id], stillOpen.Select(p => p.ReferralId));
    }

    private async Task ApplyAsync(IEnumerable<ScriptedReferral> scripts)
    {
        var store = _bot.Get<ReferralStore>();
        await Parallel.ForEachAsync(scripts, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = Ct }, async (script, ct) =>
        {
            var referral = script.Referral;
            await store.AddAsync(referral, new PipelineEvent(referral.Id, PipelineEventKind.Received, PipelineStage.Received, null, referral.ReceivedAt), ct);
            foreach (var (at, apply) in script.Steps().OrderBy(s => s.At))
            {
                var by = script.Assignee ?? GeneratedPipeline.Staff[0];
                var result = apply(referral, by, at) is IntakeAssignment
                    ? (object?)await store.AssignAsync(referral.Id, by, at, ct)
                    : await store.MoveAsync(referral.Id, r => (StageChange)apply(r, by, at), ct);
                Assert.NotNull(result);
            }
        });
    }

    private static (Referral Referral, PipelineEvent Received) NewReferral(string name, string organization, DateTimeOffset receivedAt)
    {
        var referral = new Referral
        {
            Id = ReferralId.ForMessage($"{name}-{Guid.NewGuid():N}@example"),
            ReceivedAt = receivedAt,
            Pathway = Pathway.Neuro,
            Referrer = new Referrer("Dr. Ruth Adler", organization, ReferrerRole.Neurologist, null, null, "radler@example.org"),
            PatientInitials = "J.K.",
            PatientAge = 61,
        };
        return (referral, new PipelineEvent(referral.Id, PipelineEventKind.Received, PipelineStage.Received, null, receivedAt));
    }
}
