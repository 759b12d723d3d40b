using Microsoft.Extensions.Time.Testing;
using OutreachBot.Host.Tests.Infrastructure;

namespace OutreachBot.Host.Tests.Graph;

/// <summary>The poller as a hosted service on fake time: one delta round at start, then one per poll interval.</summary>
public sealed class GraphMailPollerTests : IAsyncLifetime, IDisposable
{
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromMinutes(1));
    private readonly FakeTimeProvider _time = GraphMailInstance.Clock();
    private readonly string _run = Guid.NewGuid().ToString("N")[..8];
    private FakeGraphServer _graph = null!;
    private GraphMailInstance _bot = null!;

    private CancellationToken Ct => _timeout.Token;

    [Fact]
    public async Task Poller_WhenMailArrivesBetweenTicks_TakesItOnALaterTickFromTheSavedDeltaLink()
    {
        var inbox = _graph.Folder(GraphMailInstance.User, "inbox");
        GeneratedMail.Fill(inbox, 0, 10, _run);
        var fullSyncs = 0;
        _graph.DeltaRequested += token => { if (token is null) { Interlocked.Increment(ref fullSyncs); } };
        var firstRound = DeltaRequestWhere(token => token is null);

        await _bot.Poller.StartAsync(Ct);
        await firstRound.WaitAsync(Ct);
        // The new mail may land while the first round is still paging (then that round takes it); either way a later
        // round must start from the saved delta link, not from scratch.
        GeneratedMail.Fill(inbox, 10, 5, _run);
        var secondRound = DeltaLinkFollowed();
        _time.Advance(TimeSpan.FromMinutes(1));
        await secondRound.WaitAsync(Ct);
        var thirdRound = DeltaLinkFollowed();
        _time.Advance(TimeSpan.FromMinutes(1));
        await thirdRound.WaitAsync(Ct); // the second round, and its link, are done before the third starts
        await _bot.Poller.StopAsync(Ct);

        Assert.Equal(15, await _bot.LedgerRowsAsync(Ct));
        Assert.Equal(5, await _bot.ReferralRowsAsync(Ct));
        Assert.Equal(2, _graph.Counters.ValueRequests); // messages 0 and 10 have attachments
        Assert.Equal(1, fullSyncs);
    }

    public async Task InitializeAsync()
    {
        _graph = await FakeGraphServer.StartAsync(Ct);
        _bot = new GraphMailInstance(_graph, LocalStack.UniqueTablePrefix(), _time, pageSize: 4);
        await _bot.Tables.EnsureCreatedAsync(Ct);
    }

    public async Task DisposeAsync()
    {
        await _bot.DeleteTablesAsync();
        await _bot.DisposeAsync();
        await _graph.DisposeAsync();
    }

    public void Dispose() => _timeout.Dispose();

    private Task DeltaLinkFollowed()
    {
        var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _graph.DeltaLinkFollowed += _ => seen.TrySetResult();
        return seen.Task;
    }

    private Task DeltaRequestWhere(Func<string?, bool> match)
    {
        var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _graph.DeltaRequested += token =>
        {
            if (match(token))
            {
                seen.TrySetResult();
            }
        };
        return seen.Task;
    }
}
