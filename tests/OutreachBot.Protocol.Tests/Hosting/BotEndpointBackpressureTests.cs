using System.Net;
using OutreachBot.Protocol.Tests.Authentication;
using static OutreachBot.Protocol.Tests.Authentication.TestTokens;

namespace OutreachBot.Protocol.Tests.Hosting;

/// <summary>A queue of one and a handler that holds every message until released.</summary>
public sealed class BotEndpointBackpressureTests(MetadataServerFixture fixture) : IClassFixture<MetadataServerFixture>, IAsyncLifetime
{
    private BotTestHost _host = null!;

    private string ValidToken => Bearer(Create(fixture.BotFrameworkKey.Credentials, _host.Clock.GetUtcNow()));

    public async Task InitializeAsync() => _host = await BotTestHost.StartAsync(
        fixture.Server,
        new TurnRecorder(holdMessages: true),
        new Dictionary<string, string?> { ["Bot:Processing:QueueCapacity"] = "1", ["Bot:Processing:MaxConcurrency"] = "1", ["Bot:Processing:EnqueueWait"] = "00:00:00.050" });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Post_WhenQueueFull_Returns503WithRetryAfter()
    {
        await FillQueueAsync();

        using var refused = await _host.PostAsync(TestActivities.Message("third"), ValidToken);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.True(refused.Headers.RetryAfter.Delta > TimeSpan.Zero);
    }

    [Fact]
    public async Task Post_WhenChannelRetriesAfter503_HandlesTheActivity()
    {
        await FillQueueAsync();
        using var refused = await _host.PostAsync(TestActivities.Message("third"), ValidToken);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);

        _host.Recorder.Release();
        await _host.Recorder.WaitForAsync("second");
        using var retried = await _host.PostAsync(TestActivities.Message("third"), ValidToken);

        Assert.Equal(HttpStatusCode.Accepted, retried.StatusCode);
        Assert.Equal("third", (await _host.Recorder.WaitForAsync("third")).Id);
    }

    private async Task FillQueueAsync()
    {
        using var first = await _host.PostAsync(TestActivities.Message("first"), ValidToken);
        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        await _host.Recorder.WaitForAsync("first"); // the only worker now holds "first"
        using var second = await _host.PostAsync(TestActivities.Message("second"), ValidToken);
        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode); // waits in the queue of one
    }
}
