using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OutreachBot.Protocol.Tests.Connector;

/// <summary>
/// A stand-in for a channel's connector on 127.0.0.1: records each request (with its arrival time on the given clock)
/// and answers with a scripted sequence of replies, then with a set status and JSON.
/// </summary>
public sealed class ConnectorServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TimeProvider _clock;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly ConcurrentQueue<Reply> _script = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private volatile Reply _reply = new(200, """{"id":"1767000000999"}""");

    private ConnectorServer(WebApplication app, TimeProvider clock)
    {
        _app = app;
        _clock = clock;
    }

    /// <summary>A service URL on this server, shaped like a regional Teams one.</summary>
    public string ServiceUrl { get; private set; } = string.Empty;

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public static async Task<ConnectorServer> StartAsync(TimeProvider? clock = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var server = new ConnectorServer(builder.Build(), clock ?? TimeProvider.System);
        server._app.Run(server.RecordAsync);
        await server._app.StartAsync();
        var address = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.ServiceUrl = $"{address.TrimEnd('/')}/amer/3f2d8c1e-5a6b-4c7d-8e9f-0a1b2c3d4e5f/";
        return server;
    }

    public void Answer(int status, string? json) => _reply = new Reply(status, json);

    /// <summary>Answers the next requests with these replies, in order, before falling back to <see cref="Answer"/>.</summary>
    public void Script(params Reply[] replies)
    {
        foreach (var reply in replies)
        {
            _script.Enqueue(reply);
        }
    }

    /// <summary>Waits (bounded) until at least <paramref name="count"/> requests have arrived.</summary>
    public async Task WaitForRequestsAsync(int count)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (_requests.Count < count)
        {
            await _arrived.WaitAsync(timeout.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _arrived.Dispose();
    }

    private async Task RecordAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        _requests.Enqueue(new RecordedRequest(
            context.Request.Method,
            context.Features.Get<IHttpRequestFeature>()!.RawTarget,
            context.Request.Headers.Authorization.ToString(),
            context.Request.ContentType,
            body,
            _clock.GetUtcNow()));
        _arrived.Release();

        var reply = _script.TryDequeue(out var scripted) ? scripted : _reply;
        if (reply.Hang)
        {
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        }

        context.Response.StatusCode = reply.Status;
        if (reply.RetryAfter is not null)
        {
            context.Response.Headers.RetryAfter = reply.RetryAfter;
        }

        if (reply.Json is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(reply.Json, context.RequestAborted);
        }
    }

}

/// <summary>A scripted answer: a status, a JSON body, a Retry-After header, or no answer at all (<paramref name="Hang"/>).</summary>
public sealed record Reply(int Status, string? Json, string? RetryAfter = null, bool Hang = false)
{
    public static Reply Created(string id) => new(201, $$"""{"id":"{{id}}"}""");

    public static Reply Throttled(string? retryAfter) => new(429, """{"error":{"code":"TooManyRequests"}}""", retryAfter);

    public static Reply Failure(int status, string? retryAfter = null) => new(status, null, retryAfter);

    public static Reply NoAnswer() => new(200, null, Hang: true);
}

/// <summary>One request as the connector received it; <see cref="RawTarget"/> is the path and query still escaped.</summary>
public sealed record RecordedRequest(string Method, string RawTarget, string Authorization, string? ContentType, string Body, DateTimeOffset ArrivedAt);
