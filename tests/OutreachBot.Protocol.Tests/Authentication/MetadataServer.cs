using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OutreachBot.Protocol.Tests.Authentication;

/// <summary>
/// A local stand-in for login.botframework.com and login.microsoftonline.com: OpenID metadata and JWKS documents
/// on 127.0.0.1, with key sets a test can change while the validator runs.
/// </summary>
public sealed class MetadataServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Lock _gate = new();
    private readonly List<TestSigningKey> _botFrameworkKeys = [];
    private readonly List<TestSigningKey> _entraKeys = [];
    private int _botFrameworkKeyFetches;

    private MetadataServer(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = string.Empty;

    public string BotFrameworkMetadataUrl => $"{BaseUrl}/botframework/.well-known/openidconfiguration";

    public string EntraMetadataUrl => $"{BaseUrl}/entra/v2.0/.well-known/openid-configuration";

    public int BotFrameworkKeyFetches => Volatile.Read(ref _botFrameworkKeyFetches);

    public static async Task<MetadataServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var server = new MetadataServer(builder.Build());
        server.MapDocuments();
        await server._app.StartAsync();
        server.BaseUrl = server._app.Services.GetRequiredService<IServer>()
            .Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        return server;
    }

    public void PublishBotFrameworkKey(TestSigningKey key)
    {
        lock (_gate)
        {
            _botFrameworkKeys.Add(key);
        }
    }

    public void PublishEntraKey(TestSigningKey key)
    {
        lock (_gate)
        {
            _entraKeys.Add(key);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private void MapDocuments()
    {
        _app.MapGet("/botframework/.well-known/openidconfiguration", () => Results.Json(new
        {
            issuer = "https://api.botframework.com",
            authorization_endpoint = "https://invalid.botframework.com",
            jwks_uri = $"{BaseUrl}/botframework/keys",
            id_token_signing_alg_values_supported = new[] { "RS256" },
            token_endpoint_auth_methods_supported = new[] { "private_key_jwt" },
        }));
        _app.MapGet("/botframework/keys", () =>
        {
            Interlocked.Increment(ref _botFrameworkKeyFetches);
            return KeySet(_botFrameworkKeys);
        });
        _app.MapGet("/entra/v2.0/.well-known/openid-configuration", () => Results.Json(new
        {
            issuer = "https://login.microsoftonline.com/{tenantid}/v2.0",
            jwks_uri = $"{BaseUrl}/entra/keys",
            id_token_signing_alg_values_supported = new[] { "RS256" },
        }));
        _app.MapGet("/entra/keys", () => KeySet(_entraKeys));
    }

    private IResult KeySet(List<TestSigningKey> keys)
    {
        lock (_gate)
        {
            var set = new JsonObject { ["keys"] = new JsonArray([.. keys.Select(key => (JsonNode)key.ToJwk())]) };
            return Results.Content(set.ToJsonString(), "application/json");
        }
    }
}
