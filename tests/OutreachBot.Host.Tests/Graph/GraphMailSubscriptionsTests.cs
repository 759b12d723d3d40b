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

    public async Task InitializeAsync()
    {
        _graph = await FakeGraphServer.StartAsync(Ct);
        _bot = new GraphMailInstance(_graph, LocalStack.UniqueTablePrefix(), _time, settings: new()
        {
            ["Graph:Notifications:Enabled"] = "true",
            ["Graph:Notifications:NotificationUrl"] = "https://bot.testclinic.example/api/graph/notifications",
            ["Graph:Notifications:ClientState"] = "subscription-secret",
            ["Graph:Notifications:Lifetime"] = Lifetime.ToString(),
            ["Graph:Notifications:RenewBefore"] = RenewBefore.ToString(),
            ["Graph:Notifications:CheckInterval"] = "00:15:00",
        });
        await _bot.Tables.EnsureCreatedAsync(Ct);
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
