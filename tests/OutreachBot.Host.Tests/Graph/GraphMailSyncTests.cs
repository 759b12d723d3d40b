using OutreachBot.Host.Mailbox.Graph;
using OutreachBot.Host.Tests.Infrastructure;
using Xunit.Abstractions;

namespace OutreachBot.Host.Tests.Graph;

/// <summary>
/// Mail through Graph delta queries, the real Microsoft.Graph SDK against the fake Graph server, into Azurite
/// (OUTREACHBOT_TEST_TABLES). Each test has tables of its own.
/// </summary>
public sealed class GraphMailSyncTests(ITestOutputHelper output) : IAsyncLifetime, IDisposable
{
    private const string Inbox = "inbox";
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromMinutes(4));
    private readonly string _prefix = LocalStack.UniqueTablePrefix();
    private readonly string _run = Guid.NewGuid().ToString("N")[..8];
    private FakeGraphServer _graph = null!;
    private GraphMailInstance _bot = null!;

    private CancellationToken Ct => _timeout.Token;

    [Fact]
    public async Task Sync_OnAQuietServer_UsesOneRequestPerPagePlusOneRoundPlusOneMimeFetchPerMessage()
    {
        GeneratedMail.Fill(_graph.Folder(GraphMailInstance.User, Inbox), 0, 1000, _run);
        await UseInstanceAsync(pageSize: 50);

        var first = await _bot.Sync.SyncFolderAsync(GraphMailInstance.User, Inbox, Ct);
        var second = await _bot.Sync.SyncFolderAsync(GraphMailInstance.User, Inbox, Ct);

        Assert.Equal((20, 1000, 1000), (first.Pages, first.Messages, first.Fetched));
        Assert.Equal((1, 0, 0), (second.Pages, second.Messages, second.Fetched));
        Assert.Equal(20 + 1 + 1000, _graph.Counters.Requests);
        Assert.Equal(1000, await _bot.LedgerRowsAsync(Ct));
        Assert.Equal(334, await _bot.ReferralRowsAsync(Ct));
        Assert.Equal(0, _graph.Counters.DeltaRequestsWithoutPrefer);
        Assert.Equal(0, _graph.Counters.RequestsWithoutBearerToken);
        output.WriteLine($"Quiet: {_graph.Counters.Requests} Graph requests for 1,000 new messages; minimum 1,021 (20 pages + 1 + 1,000 $value).");
    }

    [Fact]
    public async Task Sync_ThroughAThrottlingStormAStopMidPageAndReplayedPages_RecordsEveryMessageExactlyOnce()
    {
        const int Messages = 1000, PageSize = 25;
        GeneratedMail.Fill(_graph.Folder(GraphMailInstance.User, Inbox), 0, Messages, _run);
        _graph.ReplayOverlap = 3;
        // Every 7th request throttled (429), every 11th unavailable (503), and message 700's MIME unavailable 4 times,
        // more than the SDK's 3 retries: that round fails and the next one resumes from the saved position.
        var unlucky = _graph.Folder(GraphMailInstance.User, Inbox).Range(700, 701)[0].Id;
        var unluckyTries = 0;
        _graph.Faults.Plan = (n, path) => n switch
        {
            _ when path.Contains(unlucky, StringComparison.Ordinal) && Interlocked.Increment(ref unluckyTries) <= 4
                => new FakeGraphFault(503, "ServiceUnavailable", 0),
            _ when n % 7 == 0 => new FakeGraphFault(429, "ApplicationThrottled", 0),
            _ when n % 11 == 0 => new FakeGraphFault(503, "ServiceUnavailable", 0),
            _ => null,
        };

        // The first bot's poller is stopped while the MIME fetches of a page are in flight.
        await using (var stopped = await NewInstanceAsync(PageSize))
        {
            _graph.Faults.HoldValueRequestsAfter(300);
            await stopped.Poller.StartAsync(Ct);
            await _graph.Faults.FirstHeld.Task.WaitAsync(Ct);
            await stopped.Poller.StopAsync(Ct);
            _graph.Faults.ReleaseHeld();
        }

        var recordedBeforeStop = await _bot.LedgerRowsAsync(Ct);
        Assert.InRange(recordedBeforeStop, 1, Messages - 1);

        // A new instance resumes; a round cut short by the storm is picked up by the next one.
        var rounds = 0;
        FolderSyncResult? done = null;
        while (done is null && ++rounds <= 20)
        {
            try
            {
                done = await _bot.Sync.SyncFolderAsync(GraphMailInstance.User, Inbox, Ct);
            }
            catch (AggregateException)
            {
                // retries ran out on a 503 burst: the position saved so far is where the next round starts
            }
        }

        var afterCatchUp = await _bot.Sync.SyncFolderAsync(GraphMailInstance.User, Inbox, Ct);

        Assert.NotNull(done);
        Assert.True(rounds >= 2, "the round that ran out of retries should have been followed by another");
        Assert.Equal(0, afterCatchUp.Messages);
        Assert.Equal(Messages, await _bot.LedgerRowsAsync(Ct));
        Assert.Equal(334, await _bot.ReferralRowsAsync(Ct));
        Assert.Equal(334, await _bot.ReferralEventRowsAsync(Ct));
        Assert.InRange(_graph.Counters.MaxInFlightPerMailbox, 1, GraphMailSync.MaxRequestsPerMailbox);
        Assert.Equal(0, _graph.Counters.DeltaRequestsWithoutPrefer);
        Assert.True(_graph.Counters.FaultsGiven > 100, $"only {_graph.Counters.FaultsGiven} faults were given");
        var minimum = (Messages / PageSize) + 1 + Messages;
        output.WriteLine(
            $"Storm: {_graph.Counters.Requests} Graph requests ({_graph.Counters.DeltaRequests} delta, {_graph.Counters.ValueRequests} $value, " +
            $"{_graph.Counters.FaultsGiven} answered 429/503) for {Messages} new messages; minimum {minimum} ({Messages / PageSize} pages + 1 + {Messages} $value); " +
            $"{rounds} rounds after the stop; {recordedBeforeStop} recorded before the stop.");
    }

    [Fact]
    public async Task Sync_WhenTheDeltaTokenHasExpired_ResyncsFromTheStartWithoutDuplicatesOrRefetching()
    {
        var folder = _graph.Folder(GraphMailInstance.User, Inbox);
        GeneratedMail.Fill(folder, 0, 30, _run);
        await UseInstanceAsync(pageSize: 10);
        await _bot.Sync.SyncFolderAsync(GraphMailInstance.User, Inbox, Ct);
        GeneratedMail.Fill(folder, 30, 12, _run);
        _graph.ExpireDeltaTokens();
        _graph.Counters.Reset();

        var resync = await _bot.Sync.SyncFolderAsync(GraphMailInstance.User, Inbox, Ct);

        Assert.True(resync.Resynced);
        Assert.Equal(1, _graph.Counters.ExpiredTokenAnswers);
        Assert.Equal((42, 12), (resync.Messages, resync.Fetched));
        Assert.Equal(12, _graph.Counters.ValueRequests);
        Assert.Equal(42, await _bot.LedgerRowsAsync(Ct));
        Assert.Equal(14, await _bot.ReferralRowsAsync(Ct));
        Assert.Equal(14, await _bot.ReferralEventRowsAsync(Ct));
        Assert.Equal(0, (await _bot.Sync.SyncFolderAsync(GraphMailInstance.User, Inbox, Ct)).Messages);
    }

    [Fact]
    public async Task Sync_WhenTheTokenExpiresBetweenPagesOfARound_ResyncsAndFetchesEachMessageOnce()
    {
        GeneratedMail.Fill(_graph.Folder(GraphMailInstance.User, Inbox), 0, 30, _run);
        await UseInstanceAsync(pageSize: 10);
        var deltaRequests = 0;
        _graph.Faults.Plan = (_, path) =>
        {
            if (path.EndsWith("/delta()", StringComparison.Ordinal) && Interlocked.Increment(ref deltaRequests) == 2)
            {
                _graph.ExpireDeltaTokens(); // the next link in hand is now stale
            }

            return null;
        };

        var result = await _bot.Sync.SyncFolderAsync(GraphMailInstance.User, Inbox, Ct);

        Assert.True(result.Resynced);
        Assert.Equal(1, _graph.Counters.ExpiredTokenAnswers);
        Assert.Equal(30, _graph.Counters.ValueRequests);
        Assert.Equal(30, await _bot.LedgerRowsAsync(Ct));
        Assert.Equal(10, await _bot.ReferralRowsAsync(Ct));
    }

    [Fact]
    public async Task Sync_WhenTheSameMessageIsOnTwoPagesAndItsIdEndsInEquals_FetchesItOnce()
    {
        var folder = _graph.Folder(GraphMailInstance.User, Inbox);
        GeneratedMail.Fill(folder, 0, 9, _run);
        _graph.ReplayOverlap = 2;
        await UseInstanceAsync(pageSize: 3);

        var result = await _bot.Sync.SyncFolderAsync(GraphMailInstance.User, Inbox, Ct);

        Assert.EndsWith("=", folder.Range(0, 1)[0].Id, StringComparison.Ordinal);
        Assert.Equal(3, result.Pages);
        Assert.Equal(9 + 2 + 2, result.Messages);
        Assert.Equal(9, _graph.Counters.ValueRequests);
        Assert.Equal(9, await _bot.LedgerRowsAsync(Ct));
    }

    public async Task InitializeAsync()
    {
        _graph = await FakeGraphServer.StartAsync(Ct);
        _bot = await NewInstanceAsync(pageSize: 25);
    }

    public async Task DisposeAsync()
    {
        await _bot.DeleteTablesAsync();
        await _bot.DisposeAsync();
        await _graph.DisposeAsync();
    }

    public void Dispose() => _timeout.Dispose();

    private async Task UseInstanceAsync(int pageSize)
    {
        await _bot.DisposeAsync();
        _bot = await NewInstanceAsync(pageSize);
    }

    private async Task<GraphMailInstance> NewInstanceAsync(int pageSize)
    {
        var instance = new GraphMailInstance(_graph, _prefix, GraphMailInstance.Clock(), pageSize);
        await instance.Tables.EnsureCreatedAsync(Ct);
        return instance;
    }
}
