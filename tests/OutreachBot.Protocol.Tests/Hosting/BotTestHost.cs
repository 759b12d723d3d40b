using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using OutreachBot.Protocol.Activities;
using OutreachBot.Protocol.Hosting;
using OutreachBot.Protocol.Tests.Authentication;

namespace OutreachBot.Protocol.Tests.Hosting;

/// <summary>
/// The protocol as a host wires it (<c>AddBotProtocol</c> + <c>MapBotMessages</c>) on an in-memory test server, with real
/// authentication against the local metadata server. A class library has no entry point for WebApplicationFactory.
/// </summary>
public sealed class BotTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BotTestHost(WebApplication app, TurnRecorder recorder, FakeTimeProvider clock)
    {
        _app = app;
        Recorder = recorder;
        Clock = clock;
        Client = app.GetTestClient();
    }

    public HttpClient Client { get; }

    public TurnRecorder Recorder { get; }

    public FakeTimeProvider Clock { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>Starts the host. Turns run one at a time unless overridden, so a probe proves nothing ran before it.</summary>
    public static async Task<BotTestHost> StartAsync(
        MetadataServer metadata, TurnRecorder? recorder = null, IDictionary<string, string?>? overrides = null,
        Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        var settings = AuthenticationServices.Settings(metadata, new Dictionary<string, string?>
        {
            ["Bot:Processing:MaxConcurrency"] = "1",
        });
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(settings);
        var clock = AuthenticationServices.NewClock();
        recorder ??= new TurnRecorder();
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddSingleton(recorder);
        builder.Services.AddBotProtocol<RecordingHandler>();
        services?.Invoke(builder.Services);

        var app = builder.Build();
        app.MapBotMessages();
        await app.StartAsync();
        return new BotTestHost(app, recorder, clock);
    }

    public Task<HttpResponseMessage> PostAsync(JsonObject activity, string? authorization) =>
        PostAsync(new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"), authorization);

    public async Task<HttpResponseMessage> PostAsync(HttpContent content, string? authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = content };
        if (authorization is not null)
        {
            request.Headers.Authorization = AuthenticationHeaderValue.Parse(authorization);
        }

        return await Client.SendAsync(request);
    }

    /// <summary>
    /// Posts a valid message and waits for its turn. Turns run one at a time in queue order, so anything queued
    /// before the probe has run by then: the recorded turns are exactly what was handled.
    /// </summary>
    public async Task<IReadOnlyList<Activity>> TurnsAfterProbeAsync(string authorization)
    {
        var probeId = $"probe-{Guid.NewGuid():N}";
        using var response = await PostAsync(TestActivities.Message(probeId), authorization);
        Assert.Equal(202, (int)response.StatusCode);
        await Recorder.WaitForAsync(probeId);
        return [.. Recorder.Turns.Where(turn => turn.Id != probeId)];
    }

    public async ValueTask DisposeAsync()
    {
        Recorder.Release();
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
