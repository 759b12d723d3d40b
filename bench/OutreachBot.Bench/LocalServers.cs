using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace OutreachBot.Bench;

/// <summary>
/// The bench's stand-ins on 127.0.0.1, in the driver's process: the Bot Framework OpenID metadata and JWKS (one RSA key
/// endorsed for msteams), and a connector that answers every send 201 at once and counts them.
/// </summary>
internal sealed class LocalServers : IAsyncDisposable
{
    public const string AppId = "5b0f1d7e-8c2a-4e61-9f3b-2a7c4d8e6f10";
    public const string BotFrameworkIssuer = "https://api.botframework.com";
    public const string Channel = "msteams";
    private const string KeyId = "bench-key-1";

    private readonly WebApplication _app;
    private readonly RSA _rsa = RSA.Create(2048);
    private long _connectorSends;

    private LocalServers(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = string.Empty;

    public string BotFrameworkMetadataUrl => $"{BaseUrl}/botframework/.well-known/openidconfiguration";

    public string EntraMetadataUrl => $"{BaseUrl}/entra/v2.0/.well-known/openid-configuration";

    /// <summary>The serviceUrl of every bench activity: the stub connector.</summary>
    public string ServiceUrl => $"{BaseUrl}/connector/";

    public long ConnectorSends => Interlocked.Read(ref _connectorSends);

    public static async Task<LocalServers> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var servers = new LocalServers(builder.Build());
        servers.Map();
        await servers._app.StartAsync();
        servers.BaseUrl = servers._app.Services.GetRequiredService<IServer>()
            .Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        return servers;
    }

    /// <summary>A Bot Framework channel token for the bench bot, valid for an hour, signed with the published key.</summary>
    public string MintToken()
    {
        var now = DateTime.UtcNow;
        var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = BotFrameworkIssuer,
            Audience = AppId,
            IssuedAt = now.AddMinutes(-1),
            NotBefore = now.AddMinutes(-1),
            Expires = now.AddMinutes(60),
            Claims = new Dictionary<string, object> { ["serviceurl"] = ServiceUrl, ["jti"] = Guid.NewGuid().ToString("N") },
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(_rsa) { KeyId = KeyId }, SecurityAlgorithms.RsaSha256),
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _rsa.Dispose();
    }

    private void Map()
    {
        _app.MapGet("/botframework/.well-known/openidconfiguration", () => Results.Json(new
        {
            issuer = BotFrameworkIssuer,
            authorization_endpoint = "https://invalid.botframework.com",
            jwks_uri = $"{BaseUrl}/botframework/keys",
            id_token_signing_alg_values_supported = new[] { "RS256" },
            token_endpoint_auth_methods_supported = new[] { "private_key_jwt" },
        }));
        _app.MapGet("/botframework/keys", () => Results.Content(KeySet(includeKey: true), "application/json"));
        _app.MapGet("/entra/v2.0/.well-known/openid-configuration", () => Results.Json(new
        {
            issuer = "https://login.microsoftonline.com/{tenantid}/v2.0",
            jwks_uri = $"{BaseUrl}/entra/keys",
            id_token_signing_alg_values_supported = new[] { "RS256" },
        }));
        _app.MapGet("/entra/keys", () => Results.Content(KeySet(includeKey: false), "application/json"));

        // Sends and replies: drain the body, count, answer 201 with a resource id.
        _app.MapPost("/connector/v3/conversations/{conversationId}/activities/{**rest}", async (HttpRequest request) =>
        {
            await request.Body.CopyToAsync(Stream.Null);
            var n = Interlocked.Increment(ref _connectorSends);
            return Results.Json(new { id = $"sent-{n}" }, statusCode: StatusCodes.Status201Created);
        });
    }

    private string KeySet(bool includeKey)
    {
        var keys = new JsonArray();
        if (includeKey)
        {
            var parameters = _rsa.ExportParameters(includePrivateParameters: false);
            keys.Add(new JsonObject
            {
                ["kty"] = "RSA",
                ["use"] = "sig",
                ["kid"] = KeyId,
                ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
                ["endorsements"] = new JsonArray("msteams", "webchat"),
            });
        }

        return new JsonObject { ["keys"] = keys }.ToJsonString();
    }
}
