using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OutreachBot.Host.Mailbox.Graph;
using OutreachBot.Host.Tests.Infrastructure;

namespace OutreachBot.Host.Tests.Graph;

/// <summary>Subscriptions for the mail folders on fake time, against the fake Graph server and Azurite.</summary>
public sealed class GraphMailSubscriptionsTests : IAsyncLifetime, IDisposable
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(2);
    private static readonly TimeSpan RenewBefore = TimeSpan.FromHours(12);
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromMinutes(1));
    private readonly FakeTimeProvider _time = GraphMailInstance.Clock();
    private readonly string _prefix = LocalStack.UniqueTablePrefix();
    private FakeGraphServer _graph = null!;
    private GraphMailInstance _bot = null!;

    private CancellationToken Ct => _timeout.Token;

    [Fact]
    public async Task Ensure_CreatesOnceThenRenewsOnlyWhenCloseToExpiry()
    {
        await _bot.Subscriptions.EnsureAllAsync([], Ct);
        await _bot.Subscriptions.EnsureAllAsync([], Ct);
        var created = Assert.Single(_graph.Subscriptions).Value;
        Assert.Equal(_time.GetUtcNow() + Lifetime, created.ExpiresAt);
        Assert.Equal("created", FakeGraphServer.Property(created.Created, "changeType")?.GetString());
        Assert.Equal($"users/{GraphMailInstance.User}/mailFolders('inbox')/messages", FakeGraphServer.Property(created.Created, "resource")?.GetString());
        Assert.Equal("subscription-secret", FakeGraphServer.Property(created.Created, "clientState")?.GetString());

        _time.Advance(Lifetime - RenewBefore - TimeSpan.FromMinutes(1));
        await _bot.Subscriptions.EnsureAllAsync([], Ct);
        Assert.False(_graph.Counters.Other.ContainsKey("PATCH subscriptions"));

        _time.Advance(TimeSpan.FromMinutes(2));
        await _bot.Subscriptions.EnsureAllAsync([], Ct);

        var renewed = Assert.Single(_graph.Subscriptions).Value;
        Assert.Equal(created.Id, renewed.Id);
        Assert.Equal(_time.GetUtcNow() + Lifetime, renewed.ExpiresAt);
        Assert.Equal(1, _graph.Counters.Other["PATCH subscriptions"]);
    }

    [Fact]
    public async Task Ensure_WhenGraphHasForgottenTheSubscription_CreatesAnother()
    {
        await _bot.Subscriptions.EnsureAllAsync([], Ct);
        _graph.Subscriptions.Clear();
        _time.Advance(Lifetime - TimeSpan.FromHours(1));

        await _bot.Subscriptions.EnsureAllAsync([], Ct);

        Assert.Single(_graph.Subscriptions);
        Assert.Equal(2, _graph.Counters.Other["POST subscriptions"]);
    }

    [Fact]
    public async Task Service_WhenGraphAsksForReauthorization_RenewsAtOnceAndOnTheClockLater()
    {
        var created = SubscriptionEvent("POST");
        await _bot.Subscriptions.StartAsync(Ct);
        var id = await created.WaitAsync(Ct);

        var firstRenewal = SubscriptionEvent("PATCH");
        _bot.Nudges.RequestSubscription(new SubscriptionRequest(id, Recreate: false));
        Assert.Equal(id, await firstRenewal.WaitAsync(Ct));

        var clockRenewal = SubscriptionEvent("PATCH");
        _time.Advance(Lifetime - RenewBefore + TimeSpan.FromMinutes(15)); // the check interval ticks inside the window
        Assert.Equal(id, await clockRenewal.WaitAsync(Ct));
        await _bot.Subscriptions.StopAsync(Ct);

        Assert.Single(_graph.Subscriptions);
    }

    [Fact]
    public async Task Service_WhenGraphRemovesTheSubscriptionOrMissesNotifications_MakesItAgainAndCatchesUpByDelta()
    {
        var created = SubscriptionEvent("POST");
        await _bot.Subscriptions.StartAsync(Ct);
        var id = await created.WaitAsync(Ct);
        await NextPollRequestAsync(); // a new subscription asks for a round (what came while there was none)

        // subscriptionRemoved: Graph has dropped it; the endpoint asks for a new one and a delta round.
        _graph.Subscriptions.TryRemove(id, out _);
        var recreated = SubscriptionEvent("POST");
        _bot.Nudges.RequestSubscription(new SubscriptionRequest(id, Recreate: true));
        var second = await recreated.WaitAsync(Ct);

        Assert.NotEqual(id, second);
        Assert.Equal([second], _graph.Subscriptions.Keys);
        await NextPollRequestAsync(); // and so does the new one: delta catches up with what came meanwhile

        // The renewal clock starts again from the new subscription's expiry: nothing happens until its window.
        var renewal = SubscriptionEvent("PATCH");
        _time.Advance(Lifetime - RenewBefore - TimeSpan.FromMinutes(30));
        Assert.False(renewal.IsCompleted);
        _time.Advance(TimeSpan.FromMinutes(45));
        Assert.Equal(second, await renewal.WaitAsync(Ct));
        await _bot.Subscriptions.StopAsync(Ct);

        Assert.Equal(2, _graph.Counters.Other["POST subscriptions"]);
        Assert.Single(_graph.Subscriptions); // kept on shutdown: Graph:Notifications:RemoveOnShutdown is off
    }

    [Fact]
    public async Task Stop_WhenRemoveOnShutdownIsSet_DeletesTheSubscriptionAndAStartMakesANewOne()
    {
        await using var bot = NewInstance(new() { ["Graph:Notifications:RemoveOnShutdown"] = "true" });
        var created = SubscriptionEvent("POST");
        await bot.Subscriptions.StartAsync(Ct);
        var id = await created.WaitAsync(Ct);
        // Graph counting the POST is not the bot having its answer: a subscription is removable once it is recorded.
        var records = bot.Services.GetRequiredService<GraphSubscriptionRecords>();
        while (await records.FindAsync(GraphMailInstance.User, "inbox", Ct) is null)
        {
            Ct.ThrowIfCancellationRequested();
        }

        await bot.Subscriptions.StopAsync(Ct);

        Assert.Empty(_graph.Subscriptions);
        Assert.Equal(1, _graph.Counters.Other["DELETE subscriptions"]);
        await bot.Subscriptions.EnsureAllAsync([], Ct);
        var again = Assert.Single(_graph.Subscriptions).Key;
        Assert.NotEqual(id, again);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Stop_WhileGraphIsMakingASubscription_WaitsForTheAnswerAndRecordsIt(bool removeOnShutdown)
    {
        await using var bot = NewInstance(new() { ["Graph:Notifications:RemoveOnShutdown"] = removeOnShutdown ? "true" : "false" });
        var answer = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _graph.HoldSubscriptionAnswers = answer.Task;
        var made = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        _graph.SubscriptionMade += id => made.TrySetResult(id);
        await bot.Subscriptions.StartAsync(Ct);
        var id = await made.Task.WaitAsync(Ct); // Graph made it; the bot has not had the answer

        var stopping = bot.Subscriptions.StopAsync(Ct);
        await Task.Yield();
        Assert.False(stopping.IsCompleted);
        answer.SetResult();
        await stopping.WaitAsync(Ct);

        var recorded = await bot.Services.GetRequiredService<GraphSubscriptionRecords>().FindAsync(GraphMailInstance.User, "inbox", Ct);
        if (removeOnShutdown)
        {
            Assert.Null(recorded);
            Assert.Empty(_graph.Subscriptions); // removed, not left to notify until it expires
        }
        else
        {
            Assert.Equal(id, recorded?.SubscriptionId); // a restart renews it instead of making another
            Assert.Single(_graph.Subscriptions);
        }
    }

    public async Task InitializeAsync()
    {
        _graph = await FakeGraphServer.StartAsync(Ct);
        _bot = NewInstance([]);
        await _bot.Tables.EnsureCreatedAsync(Ct);
    }

    private GraphMailInstance NewInstance(Dictionary<string, string?> settings) =>
        new(_graph, _prefix, _time, settings: new Dictionary<string, string?>
        {
            ["Graph:Notifications:Enabled"] = "true",
            ["Graph:Notifications:NotificationUrl"] = "https://bot.testclinic.example/api/graph/notifications",
            ["Graph:Notifications:ClientState"] = "subscription-secret",
            ["Graph:Notifications:Lifetime"] = Lifetime.ToString(),
            ["Graph:Notifications:RenewBefore"] = RenewBefore.ToString(),
            ["Graph:Notifications:CheckInterval"] = "00:15:00",
        }.Concat(settings).ToDictionary());

    private async Task NextPollRequestAsync()
    {
        Assert.True(await _bot.Nudges.Polls.WaitToReadAsync(Ct));
        Assert.True(_bot.Nudges.Polls.TryRead(out _));
    }

    public async Task DisposeAsync()
    {
        await _bot.DeleteTablesAsync();
        await _bot.DisposeAsync();
        await _graph.DisposeAsync();
    }

    public void Dispose() => _timeout.Dispose();

    private Task<string> SubscriptionEvent(string method)
    {
        var seen = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        _graph.SubscriptionChanged += (m, id) =>
        {
            if (m == method)
            {
                seen.TrySetResult(id);
            }
        };
        return seen.Task;
    }
}
