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
    public async Task Sync_OnAQuietServer_ReadsBodiesFromThePagesAndBatchesTheMimeOfMessagesWithAttachmentsAcrossPages()
    {
        GeneratedMail.Fill(_graph.Folder(GraphMailInstance.User, Inbox), 0, 1000, _run);
        await UseInstanceAsync(pageSize: 50);

        var first = await _bot.Sync.SyncFolderAsync(GraphMailInstance.User, Inbox, Ct);
        var second = await _bot.Sync.SyncFolderAsync(GraphMailInstance.User, Inbox, Ct);

        // 100 messages have attachments, 5 on each page of 50: one full batch of 20 every 4 pages.
        Assert.Equal((20, 1000, 100), (first.Pages, first.Messages, first.Fetched));
        Assert.Equal((1, 0, 0), (second.Pages, second.Messages, second.Fetched));
        Assert.Equal((21, 5, 100), (_graph.Counters.DeltaRequests, _graph.Counters.BatchRequests, _graph.Counters.BatchItems));
        Assert.Equal(21 + 5, _graph.Counters.Requests);
        Assert.Equal(100, _graph.Counters.MimeServed.Count);
        Assert.All(_graph.Counters.MimeServed.Values, served => Assert.Equal(1, served));
        Assert.Equal(1000, await _bot.LedgerRowsAsync(Ct));
        Assert.Equal(334, await _bot.ReferralRowsAsync(Ct));
        Assert.Equal(0, _graph.Counters.DeltaRequestsWithoutPrefer);
        Assert.Equal(0, _graph.Counters.RequestsWithoutBearerToken);
        output.WriteLine($"Quiet: {_graph.Counters.Requests} Graph requests for 1,000 new messages (21 delta, 5 $batch of 100 MIME); minimum 21 (20 pages + 1).");
    }

    [Fact]
    public async Task Sync_TakesFileAttachmentsFromTheExpandedPages_SoOnlyThePagesAreRequested()
    {
        var folder = _graph.Folder(GraphMailInstance.User, Inbox);
        for (var n = 0; n < 1000; n++)
        {
            folder.Add(GeneratedMail.Message(n, _run, GeneratedAttachment.File));
        }

        await UseInstanceAsync(pageSize: 50);

        var first = await _bot.Sync.SyncFolderAsync(GraphMailInstance.User, Inbox, Ct);

        // 100 messages carry a file; each came with its page, so the round is the minimum: 20 pages + the delta link's.
        Assert.Equal((20, 1000, 0), (first.Pages, first.Messages, first.Fetched));
        Assert.Equal(1, (await _bot.Sync.SyncFolderAsync(GraphMailInstance.User, Inbox, Ct)).Pages);
        Assert.Equal((21, 0, 0), (_graph.Counters.Requests, _graph.Counters.BatchRequests, _graph.Counters.ValueRequests));
        Assert.Empty(_graph.Counters.MimeServed);
        Assert.Equal(1000, await _bot.LedgerRowsAsync(Ct));
        Assert.Equal(334, await _bot.ReferralRowsAsync(Ct));
    }

    [Fact]
    public async Task Sync_WhenTheBatchOfHeldPagesFails_KeepsThePositionBeforeTheFirstWaitingMessageAndResumesThere()
    {
        // Pages of 5 from message 1: every second page (6-10, 16-20, ...) has one message with an attachment (10, 20, ...
        // 50), held until the round's last page; pages 1-5, 11-15, ... are read from the page alone.
        GeneratedMail.Fill(_graph.Folder(GraphMailInstance.User, Inbox), 1, 59, _run);
        await UseInstanceAsync(pageSize: 5);
        var failing = true;
        _graph.Faults.Plan = (_, path) => failing && path.EndsWith("/$value", StringComparison.Ordinal)
            ? new FakeGraphFault(503, "ServiceUnavailable", 0)
            : null;

        await Assert.ThrowsAsync<GraphBatchException>(() => _bot.Sync.SyncFolderAsync(GraphMailInstance.User, Inbox, Ct));
        Assert.Equal(59 - 5, await _bot.LedgerRowsAsync(Ct));
        Assert.Empty(_graph.Counters.MimeServed);

        failing = false;
        string? resumedAt = null;
        _graph.DeltaRequested += token => resumedAt ??= token;
        var retry = await _bot.Sync.SyncFolderAsync(GraphMailInstance.User, Inbox, Ct);

        Assert.Equal("5", resumedAt?.Split('.')[2]); // page 6-10, the first with a waiting message, is read again
        Assert.Equal((11, 5), (retry.Pages, retry.Fetched));
        Assert.Equal(59, await _bot.LedgerRowsAsync(Ct));
        Assert.Equal(19, await _bot.ReferralRowsAsync(Ct));
        Assert.Equal(19, await _bot.ReferralEventRowsAsync(Ct));
        Assert.Equal(5, _graph.Counters.MimeServed.Count);
        Assert.All(_graph.Counters.MimeServed.Values, served => Assert.Equal(1, served));
        Assert.Equal(0, (await _bot.Sync.SyncFolderAsync(GraphMailInstance.User, Inbox, Ct)).Messages);
    }

    [Fact]
    public async Task Sync_WhenBatchedItemsAreThrottled_AsksAgainForThoseOnlyAndFetchesEachBodyOnce()
    {
        GeneratedMail.Fill(_graph.Folder(GraphMailInstance.User, Inbox), 0, 200, _run);
        await UseInstanceAsync(pageSize: 100);
        // Every third request inside a batch is throttled; the batch itself answers 200.
        _graph.Faults.Plan = (n, path) => path.EndsWith("/$value", StringComparison.Ordinal) && n % 3 == 0
            ? new FakeGraphFault(429, "ApplicationThrottled", 0)
            : null;

        var result = await _bot.Sync.SyncFolderAsync(GraphMailInstance.User, Inbox, Ct);

        Assert.Equal((200, 20), (result.Messages, result.Fetched));
        Assert.True(_graph.Counters.FaultsGiven >= 6, $"{_graph.Counters.FaultsGiven} items throttled");
        Assert.Equal(20 + _graph.Counters.FaultsGiven, _graph.Counters.BatchItems);
        Assert.Equal(20, _graph.Counters.MimeServed.Count);
        Assert.All(_graph.Counters.MimeServed.Values, served => Assert.Equal(1, served));
        Assert.InRange(_graph.Counters.MaxInFlightPerMailbox, 1, GraphMailSync.MaxRequestsPerMailbox);
        Assert.Equal(200, await _bot.LedgerRowsAsync(Ct));
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
        Assert.Equal((42, 2), (resync.Messages, resync.Fetched)); // the new messages 30 and 40 have attachments
        Assert.Equal(2, _graph.Counters.ValueRequests);
        Assert.Equal(42, await _bot.LedgerRowsAsync(Ct));
        Assert.Equal(14, await _bot.ReferralRowsAsync(Ct));
        Assert.Equal(14, await _bot.ReferralEventRowsAsync(Ct));
        Assert.Equal(0, (await _bot.Sync.SyncFolderAsync(GraphMailInstance.User, Inbox, Ct)).Messages);
    }

    [Fact]
    public async Task Sync_WhenTheTokenExpiresBetweenPagesOfARound_ResyncsAndFetchesEachBodyOnce()
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
        Assert.Equal(3, _graph.Counters.ValueRequests); // messages 0, 10 and 20 have attachments
        Assert.All(_graph.Counters.MimeServed.Values, served => Assert.Equal(1, served));
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
        Assert.Equal(1, _graph.Counters.ValueRequests); // only message 0 has an attachment
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
