using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OutreachBot.Clinic.Summaries;
using OutreachBot.Host.Pipeline;
using OutreachBot.Host.Storage;
using OutreachBot.Host.Summaries;
using OutreachBot.SummaryBench;

// bench/run-summaries.sh is the way in: OutreachBot.SummaryBench CONNECTION_STRING [REFERRALS] [EVENTS_PER_REFERRAL]
if (args.Length < 1)
{
    Console.Error.WriteLine("usage: OutreachBot.SummaryBench CONNECTION_STRING [REFERRALS=100000] [EVENTS_PER_REFERRAL=10] [RUNS=20]");
    return 2;
}

var referrals = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000;
var eventsPerReferral = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10;
var runs = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 20;

// --index-only: the referrals and their events are generated (and folded into the index rows exactly as the store's
// hook would) but only the index is written. The summary reads only the index, so its cost is the same; writing the
// Referrals table (one batch per referral) runs at about 10 referrals/s on a loaded 2-core machine.
var writeHistory = !args.Contains("--index-only");
var now = new DateTimeOffset(2026, 11, 27, 21, 0, 0, TimeSpan.Zero);
var services = new ServiceCollection();
services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
{
    ["Storage:ConnectionString"] = args[0],
    ["Storage:TablePrefix"] = "bench",
    ["Clinic:TimeZone"] = "America/Chicago",
    ["Clinic:FirstContactStandard"] = "08:00:00",
}).Build());
services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
services.AddSingleton<TimeProvider>(new FixedClock(now));
services.AddPipelineStorage();
services.AddSummaries();
services.AddOptions<OutreachBot.Host.ClinicProfile.ClinicOptions>().BindConfiguration("Clinic");
await using var provider = services.BuildServiceProvider();
var pipeline = provider.GetRequiredService<PipelineTables>();
var summaryTables = provider.GetRequiredService<SummaryTables>();
await pipeline.EnsureCreatedAsync(CancellationToken.None);
await summaryTables.EnsureCreatedAsync(CancellationToken.None);

var load = Stopwatch.StartNew();
var (loaded, events, indexRows) = await HistoryLoader.LoadAsync(pipeline.Referrals, summaryTables.PipelineIndex, referrals, eventsPerReferral, now, TimeSpan.FromDays(730), 16, writeHistory, CancellationToken.None);
Console.Error.WriteLine($"bench: loaded {loaded} referrals, {events} pipeline events, {indexRows} index rows in {load.Elapsed.TotalSeconds:0} s");
var loadSeconds = load.Elapsed.TotalSeconds;

var reports = provider.GetRequiredService<SummaryReports>();
var period = ReportPeriod.ThisWeek(now, TimeZoneInfo.FindSystemTimeZoneById("America/Chicago"));
await reports.ForAsync(period, withPartners: false, CancellationToken.None); // warm-up: connections, JIT
var times = new List<double>();
SummaryReport? report = null;
for (var i = 0; i < runs; i++)
{
    var watch = Stopwatch.StartNew();
    report = await reports.ForAsync(period, withPartners: false, CancellationToken.None);
    times.Add(watch.Elapsed.TotalMilliseconds);
}

times.Sort();
Console.WriteLine($"history: {loaded} referrals, {events} pipeline events over 730 days ({(writeHistory ? "written to the Referrals table" : "generated, not written: --index-only")}), {indexRows} index rows written; loaded in {loadSeconds:0} s ({(writeHistory ? loaded + events : indexRows) / loadSeconds:0} rows/s)");
Console.WriteLine($"summary this week: {report!.Summary.Received} referrals received, {report.Summary.Stalled.Count} stalled; rows read {report.RowsRead}");
Console.WriteLine($"time to answer over {runs} runs: median {times[runs / 2]:0.0} ms, p90 {times[(int)(runs * 0.9) - 1]:0.0} ms, max {times[^1]:0.0} ms");

if (!writeHistory || !args.Contains("--contrast"))
{
    return 0;
}

// For contrast (--contrast; a long scan over the whole history): the first summary read every referral row received since Monday with a non-key filter (a table scan).
var scan = Stopwatch.StartNew();
var scanned = 0;
await foreach (var _ in new ReferralStore(pipeline).ReceivedSinceAsync(period.Start, CancellationToken.None))
{
    scanned++;
}

Console.WriteLine($"contrast, the previous summary's scan of the Referrals table: {scanned} rows returned in {scan.Elapsed.TotalMilliseconds:0} ms");
return 0;

/// <summary>A clock fixed at the bench's "now", so the generated week is the one summarised.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
