using Microsoft.Extensions.DependencyInjection;
using OutreachBot.Host.Mailbox;
using OutreachBot.Host.Mailbox.Graph;
using OutreachBot.Host.Tests.Infrastructure;
using Xunit.Abstractions;

namespace OutreachBot.Host.Tests.Graph;

/// <summary>
/// The proof, on the whole bot: 1,000 messages through delta pages while the fake throttles (429) and fails
/// (503) about one request in four, the bot process stopped in the middle of a page and started again, and every change
/// notification delivered twice. Each message is recorded exactly once and none is lost, counted one by one.
/// </summary>
public sealed class GraphMailProofTests(ITestOutputHelper output) : IAsyncLifetime, IDisposable
{
    private const string Inbox = "inbox";
    private const int Messages = 1000, AtStart = 600, Chunk = 50;
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromMinutes(4));
    private readonly string _prefix = LocalStack.UniqueTablePrefix();
    private readonly string _run = Guid.NewGuid().ToString("N")[..8];
    private FakeGraphServer _graph = null!;

    private CancellationToken Ct => _timeout.Token;

    [Fact]
    public async Task Ingest_ThroughAStormARestartMidPageAndDoubledNotifications_RecordsEveryMessageExactlyOnce()
    {
        var all = Enumerable.Range(0, Messages).Select(n => GeneratedMail.Message(n, _run)).ToList();
        foreach (var message in all.Take(AtStart))
        {
            _graph.Folder(GraphMailInstance.User, Inbox).Add(message);
        }

        _graph.ValidateNotificationUrls = true;
        _graph.ReplayOverlap = 3;
        // Every 7th request (and every 7th request inside a batch) throttled, every 11th unavailable, and message 700's
        // MIME unavailable 4 times, more than the retries: that round fails and a later one resumes from the saved position.
        var unlucky = all[700].Id;
        var unluckyTries = 0;
        _graph.Faults.Plan = (n, path) => n switch
        {
            _ when path.Contains(unlucky, StringComparison.Ordinal) && Interlocked.Increment(ref unluckyTries) <= 4
                => new FakeGraphFault(503, "ServiceUnavailable", 0),
            _ when n % 7 == 0 => new FakeGraphFault(429, "ApplicationThrottled", 0),
            _ when n % 11 == 0 => new FakeGraphFault(503, "ServiceUnavailable", 0),
            _ => null,
        };

        // The first process is stopped while a page's MIME is being fetched: part of that page is recorded, its
        // position is not saved.
        _graph.Faults.HoldValueRequestsAfter(20);
        var port = GraphBotProcess.FreePort();
        var subscribed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _graph.SubscriptionChanged += (method, _) => { if (method == "POST") { subscribed.TrySetResult(); } };
        var first = new GraphBotProcess(_graph, _prefix, port);
        try
        {
            first.Start();
            await _graph.Faults.FirstHeld.Task.WaitAsync(Ct);
        }
        finally
        {
            await first.DisposeAsync();
        }

        // What the stopped bot was still waiting for is never answered: answered now, to nobody, the fake would count
        // those bodies as served, and the restarted bot must fetch them (a body in flight at a crash is fetched again).
        _graph.Faults.DropHeld();
        await using var tables = new GraphMailInstance(_graph, _prefix, TimeProvider.System); // the tables, no bot
        var ledger = tables.Ledger;
        var recordedBeforeStop = await CountRecordedAsync(ledger, all);
        Assert.InRange(recordedBeforeStop, 1, AtStart - 1);

        // The restarted bot keeps its address and finds its subscription (made by the first, once it listened).
        await using var second = new GraphBotProcess(_graph, _prefix, port);
        second.Start();
        await subscribed.Task.WaitAsync(Ct);
        Assert.Single(_graph.Subscriptions);
        for (var from = AtStart; from < Messages; from += Chunk)
        {
            await _graph.DeliverAsync(GraphMailInstance.User, Inbox, all.GetRange(from, Chunk), copies: 2, Ct);
        }

        var rounds = 0;
        while (await CountRecordedAsync(ledger, all) < Messages)
        {
            await RoundEnded().WaitAsync(Ct);
            rounds++;
        }

        var idle = await second.Services.GetRequiredService<GraphMailSync>().SyncFolderAsync(GraphMailInstance.User, Inbox, Ct);

        Assert.Equal(Messages, await CountRecordedAsync(ledger, all)); // every message, one by one
        Assert.Equal(Messages, await tables.LedgerRowsAsync(Ct)); // and nothing else
        Assert.Equal(334, await tables.ReferralRowsAsync(Ct));
        Assert.Equal(334, await tables.ReferralEventRowsAsync(Ct));
        Assert.Equal((0, 0), (idle.Messages, idle.Fetched));
        Assert.Equal(((Messages - AtStart) / Chunk) * 2, _graph.NotificationsAccepted);
        Assert.All(_graph.Counters.MimeServed.Values, served => Assert.Equal(1, served));
        Assert.Equal(GeneratedMail.WithAttachments(0, Messages), _graph.Counters.MimeServed.Count);
        Assert.InRange(_graph.Counters.MaxInFlightPerMailbox, 1, GraphMailSync.MaxRequestsPerMailbox);
        Assert.True(_graph.Counters.FaultsGiven > 50, $"only {_graph.Counters.FaultsGiven} faults were given");
        Assert.True(unluckyTries > 4, "message 700's MIME should have been asked for again by a later round");
        output.WriteLine(
            $"Proof: {_graph.Counters.Requests} Graph requests ({_graph.Counters.DeltaRequests} delta, {_graph.Counters.BatchRequests} $batch with " +
            $"{_graph.Counters.BatchItems} $value, {_graph.Counters.FaultsGiven} answered 429/503) for {Messages} messages; " +
            $"{recordedBeforeStop} recorded before the stop; {_graph.NotificationsPosted} notifications posted (each twice); " +
            $"{rounds} rounds awaited after the restart.");
    }

    public async Task InitializeAsync() => _graph = await FakeGraphServer.StartAsync(Ct);

    public async Task DisposeAsync()
    {
        foreach (var error in _graph.Errors)
        {
            output.WriteLine("Fake Graph error: " + error);
        }

        await using (var cleanup = new GraphMailInstance(_graph, _prefix, TimeProvider.System))
        {
            await cleanup.DeleteTablesAsync();
        }

        await _graph.DisposeAsync();
    }

    public void Dispose() => _timeout.Dispose();

    private async Task<int> CountRecordedAsync(ProcessedMessages ledger, List<FakeGraphMessage> all)
    {
        var recorded = 0;
        foreach (var message in all)
        {
            recorded += await ledger.ContainsAsync(message.InternetMessageId, Ct) ? 1 : 0;
        }

        return recorded;
    }

    private Task RoundEnded()
    {
        var ended = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _graph.RoundEnded += () => ended.TrySetResult();
        return ended.Task;
    }
}
