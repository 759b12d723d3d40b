using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using OutreachBot.Clinic.Referrals;
using OutreachBot.Host.Tests.Graph;
using OutreachBot.Host.Tests.Infrastructure;

namespace OutreachBot.GraphBench;

/// <summary>
/// bench/notification-to-card.sh: the time from Graph's change notification for a new referral to its triage card in
/// the Playground's Referrals channel, one message at a time. The bot is the whole app (Program) on Kestrel, started as
/// the integration tests start it (<see cref="GraphBotProcess"/>: Azurite, change notifications on, only the Graph
/// token swapped), reading the tests' Graph-shaped server; the Agents Playground is the Teams client. The clock starts
/// before the message is put in the fake mailbox and its notification posted, and stops when the Playground's
/// conversation stream shows the card (createMessage in the channel naming the referral's id).
/// </summary>
public static class NotificationToCard
{
    private static readonly TimeSpan CardTimeout = TimeSpan.FromSeconds(60);

    public static async Task<int> RunAsync(NotificationBenchOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        // The bot's content root (appsettings*.json): a test project gets it from the attributes Mvc.Testing writes into
        // it; a console is told through the variable WebApplicationFactory reads first.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_OUTREACHBOT_HOST", Path.Combine(LocalStack.RepositoryRoot, "src", "OutreachBot.Host"));
        await using var graph = await FakeGraphServer.StartAsync(cancellationToken);
        graph.ValidateNotificationUrls = true;
        var prefix = LocalStack.UniqueTablePrefix();
        await using var bot = new GraphBotProcess(graph, prefix, LocalStack.BotPort, new Dictionary<string, string?>
        {
            // Only notifications bring mail in: the safety-net poll would otherwise pick some messages up first.
            ["Graph:Mail:PollInterval"] = "00:30:00",
            ["Graph:Mail:PageSize"] = "50",
            // Console logging of every step would be a good part of what is measured on 2 cores.
            ["Logging:LogLevel:Default"] = "Warning",
        });
        bot.Start();
        await using var playground = new PlaygroundClient(LocalStack.PlaygroundUrl);
        try
        {
            await playground.ConnectAsync(cancellationToken);
            await ChooseReferralsChannelAsync(playground, cancellationToken);
            await WaitForSubscriptionAsync(graph, cancellationToken);

            var run = Guid.NewGuid().ToString("N")[..8];
            Console.Error.WriteLine($"notification-to-card: {options.Warmup} warm-up + {options.Messages} measured referrals, one at a time, at least {options.Interval.TotalMilliseconds:0} ms apart (attachments on 1 in {options.AttachmentsEvery})");
            var load = new List<string> { LoadAverage() };
            for (var n = 0; n < options.Warmup; n++)
            {
                await TimeOneAsync(graph, playground, BenchMail.Referral(n, "w" + run, n % options.AttachmentsEvery == 0), options.Interval, cancellationToken);
            }

            var times = new List<double>();
            for (var n = 0; n < options.Messages; n++)
            {
                times.Add(await TimeOneAsync(graph, playground, BenchMail.Referral(n, run, n % options.AttachmentsEvery == 0), options.Interval, cancellationToken));
            }

            load.Add(LoadAverage());
            var report = Report(options, times, load, graph.Counters.Requests, graph.NotificationsAccepted);
            Console.WriteLine(report);
            if (options.Out is { } file)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
                await File.WriteAllTextAsync(file, report, cancellationToken);
                Console.Error.WriteLine($"notification-to-card: wrote {file}");
            }

            return 0;
        }
        finally
        {
            await bot.DeleteTablesAsync();
        }
    }

    // The next referral arrives once this one's card is posted and at least the interval after this one arrived.
    private static async Task<double> TimeOneAsync(
        FakeGraphServer graph, PlaygroundClient playground, FakeGraphMessage message, TimeSpan interval, CancellationToken cancellationToken)
    {
        var referralId = ReferralId.ForMessage(message.InternetMessageId);
        var from = playground.Events.Count;
        var clock = Stopwatch.StartNew();
        await graph.DeliverAsync(GraphMailInstance.User, "inbox", [message], copies: 1, cancellationToken);
        await playground.WaitForAsync(
            e => PlaygroundEvents.IsCreate(e, PlaygroundIds.ReferralsChannel) && PlaygroundEvents.HasCardMentioning(e, referralId),
            CardTimeout, $"the triage card of {referralId}", fromIndex: from);
        var elapsed = clock.Elapsed;
        if (elapsed < interval)
        {
            await Task.Delay(interval - elapsed, cancellationToken);
        }

        return elapsed.TotalMilliseconds;
    }

    private static async Task ChooseReferralsChannelAsync(PlaygroundClient playground, CancellationToken cancellationToken)
    {
        var from = playground.Events.Count;
        await playground.SendMessageAsync(PlaygroundIds.ReferralsChannel, PlaygroundIds.IntakeCoordinator, "use this channel for referrals", mentionBot: true, cancellationToken);
        await playground.WaitForAsync(e => PlaygroundEvents.IsCreate(e, PlaygroundIds.ReferralsChannel), CardTimeout, "the bot's answer in the Referrals channel", fromIndex: from);
    }

    // The bot subscribes once it listens; a notification before that would have nobody to go to.
    private static async Task WaitForSubscriptionAsync(FakeGraphServer graph, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        while (graph.Subscriptions.IsEmpty)
        {
            if (deadline.Elapsed > CardTimeout)
            {
                throw new TimeoutException("The bot made no Graph subscription within 60 s.");
            }

            await Task.Delay(50, cancellationToken);
        }
    }

    private static string Report(NotificationBenchOptions options, List<double> times, List<string> load, long graphRequests, int notifications)
    {
        var c = CultureInfo.InvariantCulture;
        var sorted = times.Order().ToList();
        double Percentile(double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
        var s = new StringBuilder();
        s.AppendLine("# Change notification -> triage card in the Playground's Referrals channel");
        s.AppendLine();
        s.AppendLine(c, $"{DateTimeOffset.UtcNow:u}; {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}.");
        s.AppendLine(c, $"The whole bot (Program, Development settings) on Kestrel, Azurite in memory, the Agents Playground, the Graph-shaped fake server; all on 127.0.0.1.");
        s.AppendLine(c, $"{options.Messages} new referrals (after {options.Warmup} warm-up), one at a time and at least {options.Interval.TotalMilliseconds:0} ms apart, attachments (MIME in a $batch) on 1 in {options.AttachmentsEvery}.");
        s.AppendLine("The bot paces its posts to one channel within Teams' limits (at most 60 per 30 s): referrals closer than 500 ms apart queue there.");
        s.AppendLine(c, $"Load average (1, 5, 15 min) before and after: {string.Join(" / ", load)}.");
        s.AppendLine();
        s.AppendLine("| referrals | p50 ms | p95 ms | max ms | mean ms | Graph requests | notifications accepted |");
        s.AppendLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        s.AppendLine(c, $"| {times.Count} | {Percentile(0.50):0} | {Percentile(0.95):0} | {sorted[^1]:0} | {times.Average():0} | {graphRequests} | {notifications} |");
        return s.ToString();
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}

/// <summary>notification-to-card [--messages 100] [--warmup 5] [--attachments-every 10] [--interval-ms 600] [--out FILE]</summary>
public sealed record NotificationBenchOptions(int Messages, int Warmup, int AttachmentsEvery, TimeSpan Interval, string? Out)
{
    public static NotificationBenchOptions? Parse(IReadOnlyList<string> args)
    {
        int messages = 100, warmup = 5, every = 10, interval = 600;
        string? outFile = null;
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--messages": messages = Math.Clamp(int.Parse(Value(), CultureInfo.InvariantCulture), 1, 1000); break;
                case "--warmup": warmup = Math.Clamp(int.Parse(Value(), CultureInfo.InvariantCulture), 0, 100); break;
                case "--attachments-every": every = Math.Clamp(int.Parse(Value(), CultureInfo.InvariantCulture), 1, 1000); break;
                case "--interval-ms": interval = Math.Clamp(int.Parse(Value(), CultureInfo.InvariantCulture), 0, 60_000); break;
                case "--out": outFile = Value(); break;
                default: return null;
            }
        }

        return new NotificationBenchOptions(messages, warmup, every, TimeSpan.FromMilliseconds(interval), outFile);
    }
}
