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
    public async Task Poller_WhenMailArrivesBetweenTicks_TakesItOnTheNextTickFromTheSavedDeltaLink()
    {
        var inbox = _graph.Folder(GraphMailInstance.User, "inbox");
        GeneratedMail.Fill(inbox, 0, 10, _run);
        var firstRound = DeltaRequestWith(null);
        var secondRound = DeltaRequestWith("0.10");
        var thirdRound = DeltaRequestWith("0.15");

        await _bot.Poller.StartAsync(Ct);
        await firstRound.WaitAsync(Ct);
        GeneratedMail.Fill(inbox, 10, 5, _run);
        _time.Advance(TimeSpan.FromMinutes(1));
        await secondRound.WaitAsync(Ct);
        _time.Advance(TimeSpan.FromMinutes(1));
        await thirdRound.WaitAsync(Ct); // the second round, and its link, are done before the third starts
        await _bot.Poller.StopAsync(Ct);

        Assert.Equal(15, await _bot.LedgerRowsAsync(Ct));
        Assert.Equal(5, await _bot.ReferralRowsAsync(Ct));
        Assert.Equal(15, _graph.Counters.ValueRequests);
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

    private Task DeltaRequestWith(string? deltaToken)
    {
        var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _graph.DeltaRequested += token =>
        {
            if (token == deltaToken)
            {
                seen.TrySetResult();
            }
        };
        return seen.Task;
    }
}
