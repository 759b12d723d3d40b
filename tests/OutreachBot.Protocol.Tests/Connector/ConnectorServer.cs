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

/// <summary>A stand-in for a channel's connector on 127.0.0.1: records each request and answers with a set status and JSON.</summary>
public sealed class ConnectorServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private volatile Reply _reply = new(200, """{"id":"1767000000999"}""");

    private ConnectorServer(WebApplication app) => _app = app;

    /// <summary>A service URL on this server, shaped like a regional Teams one.</summary>
    public string ServiceUrl { get; private set; } = string.Empty;

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public static async Task<ConnectorServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var server = new ConnectorServer(builder.Build());
        server._app.Run(server.RecordAsync);
        await server._app.StartAsync();
        var address = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.ServiceUrl = $"{address.TrimEnd('/')}/amer/3f2d8c1e-5a6b-4c7d-8e9f-0a1b2c3d4e5f/";
        return server;
    }

    public void Answer(int status, string? json) => _reply = new Reply(status, json);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task RecordAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        _requests.Enqueue(new RecordedRequest(
            context.Request.Method,
            context.Features.Get<IHttpRequestFeature>()!.RawTarget,
            context.Request.Headers.Authorization.ToString(),
            context.Request.ContentType,
            await reader.ReadToEndAsync(context.RequestAborted)));

        var reply = _reply;
        context.Response.StatusCode = reply.Status;
        if (reply.Json is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(reply.Json, context.RequestAborted);
        }
    }

    private sealed record Reply(int Status, string? Json);
}

/// <summary>One request as the connector received it; <see cref="RawTarget"/> is the path and query still escaped.</summary>
public sealed record RecordedRequest(string Method, string RawTarget, string Authorization, string? ContentType, string Body);
