using System.Net;
using OutreachBot.Protocol.Tests.Authentication;
using static OutreachBot.Protocol.Tests.Authentication.TestTokens;

namespace OutreachBot.Protocol.Tests.Hosting;

/// <summary>A full queue makes a request wait for room (up to Bot:Processing:EnqueueWait) instead of failing at once.</summary>
public sealed class BotEndpointBurstTests(MetadataServerFixture fixture) : IClassFixture<MetadataServerFixture>, IAsyncLifetime
{
    private BotTestHost _host = null!;

    private string ValidToken => Bearer(Create(fixture.BotFrameworkKey.Credentials, _host.Clock.GetUtcNow()));

    public async Task InitializeAsync() => _host = await BotTestHost.StartAsync(
        fixture.Server,
        new TurnRecorder(holdMessages: true),
        new Dictionary<string, string?> { ["Bot:Processing:QueueCapacity"] = "1", ["Bot:Processing:MaxConcurrency"] = "1", ["Bot:Processing:EnqueueWait"] = "00:00:10" });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Post_WhenQueueFullButRoomAppearsWithinTheWait_IsAccepted()
    {
        using var first = await _host.PostAsync(TestActivities.Message("first"), ValidToken);
        await _host.Recorder.WaitForAsync("first");
        using var second = await _host.PostAsync(TestActivities.Message("second"), ValidToken);

        var third = _host.PostAsync(TestActivities.Message("third"), ValidToken);
        Assert.False(third.IsCompleted);
        _host.Recorder.Release();

        using var accepted = await third;
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        Assert.Equal("third", (await _host.Recorder.WaitForAsync("third")).Id);
    }
}
