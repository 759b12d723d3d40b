using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using OutreachBot.Host.Mailbox;
using OutreachBot.Host.Tests.Graph;

namespace OutreachBot.GraphBench;

// Not top-level statements: those make a type named Program, which the whole bot's Program (hosted by
// notification-to-card through WebApplicationFactory<Program>) would clash with.
internal static class GraphBenchCommand
{
    public static async Task<int> Main(string[] args)
    {
        // bench/graph.sh: Graph requests per 1,000 new messages, and change notification -> message recorded, p50/p95.
        // bench/notification-to-card.sh: change notification -> triage card in the Playground (the "notification-to-card" command).
        if (args is ["notification-to-card", .. var rest])
        {
            var options = NotificationBenchOptions.Parse(rest);
            if (options is null)
            {
                Console.Error.WriteLine("usage: OutreachBot.GraphBench notification-to-card [--messages 100] [--warmup 5] [--attachments-every 10] [--interval-ms 600] [--out FILE]");
                return 2;
            }

            using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(20));
            return await NotificationToCard.RunAsync(options, limit.Token);
        }

        var tables = Environment.GetEnvironmentVariable("OUTREACHBOT_BENCH_TABLES") ?? throw new InvalidOperationException("OUTREACHBOT_BENCH_TABLES is not set (bench/graph.sh sets it).");
        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        var ct = stop.Token;
        var report = new List<string> { "# Graph mail bench", "", $"{DateTimeOffset.UtcNow:u}, {Environment.ProcessorCount} cores", "" };

        report.Add("## Graph requests per 1,000 new messages (page size 50; minimum = pages + 1 = 21)");
        report.Add("");
        report.Add("| messages with attachments | requests | delta | $batch ($value inside) | over the minimum | floor with $batch of 20 (pages + ⌈MIME/20⌉) | bodies fetched twice |");
        report.Add("| --- | --- | --- | --- | --- | --- | --- |");
        foreach (var (every, kind) in new[] { (0, GeneratedAttachment.Email), (50, GeneratedAttachment.Email), (10, GeneratedAttachment.Email), (10, GeneratedAttachment.File) })
        {
            await using var graph = await FakeGraphServer.StartAsync(ct);
            var run = Guid.NewGuid().ToString("N")[..8];
            var folder = graph.Folder(BenchBot.User, "inbox");
            for (var n = 0; n < 1000; n++)
            {
                folder.Add(BenchMail.Message(n, run, every, kind));
            }

            await using var bot = await BenchBot.StartAsync(graph, tables, notificationPort: null, ct);
            var sync = bot.Services.GetRequiredService<OutreachBot.Host.Mailbox.Graph.GraphMailSync>();
            await sync.SyncFolderAsync(BenchBot.User, "inbox", ct);
            var c = graph.Counters;
            report.Add(string.Create(CultureInfo.InvariantCulture,
                $"| {(every == 0 ? "none" : $"1 in {every}, {(kind == GeneratedAttachment.File ? "a file (PDF)" : "an attached email")}")} | {c.Requests} | {c.DeltaRequests} | {c.BatchRequests} ({c.BatchItems}) | {(c.Requests - 21) * 100.0 / 21:0}% | {20 + (c.MimeServed.Count + 19) / 20} | {c.MimeServed.Values.Count(v => v > 1)} |"));
            await bot.DeleteTablesAsync(ct);
        }

        report.Add("");
        report.Add("## Change notification -> message recorded (100 messages, one at a time; whole mail path on Kestrel)");
        report.Add("");
        {
            await using var graph = await FakeGraphServer.StartAsync(ct);
            var port = BenchBot.FreePort();
            await using var bot = await BenchBot.StartAsync(graph, tables, port, ct);
            await bot.WaitForSubscriptionAsync(ct);
            var ledger = bot.Services.GetRequiredService<ProcessedMessages>();
            var run = Guid.NewGuid().ToString("N")[..8];
            var times = new List<double>();
            for (var n = 0; n < 100; n++)
            {
                var message = BenchMail.Message(n * 3, run, every: 0); // referrals
                var clock = Stopwatch.StartNew();
                await graph.DeliverAsync(BenchBot.User, "inbox", [message], copies: 1, ct);
                while (!await ledger.ContainsAsync(message.InternetMessageId, ct))
                {
                    await Task.Delay(5, ct);
                }

                times.Add(clock.Elapsed.TotalMilliseconds);
            }

            times.Sort();
            report.Add(string.Create(CultureInfo.InvariantCulture,
                $"p50 {times[49]:0} ms, p95 {times[94]:0} ms, max {times[^1]:0} ms ({graph.Counters.Requests} Graph requests for 100 messages)"));
            await bot.DeleteTablesAsync(ct);
        }

        Console.WriteLine(string.Join(Environment.NewLine, report));
        Directory.CreateDirectory("artifacts");
        await File.WriteAllLinesAsync(Path.Combine("artifacts", "bench-graph.md"), report, ct);
        return 0;
    }
}
