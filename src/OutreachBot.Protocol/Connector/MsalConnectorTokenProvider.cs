using Microsoft.Identity.Client;
using Microsoft.Extensions.Options;

namespace OutreachBot.Protocol.Connector;

/// <summary>Client-credentials tokens for the connector from MSAL, which caches them until shortly before expiry.</summary>
public sealed class MsalConnectorTokenProvider : IConnectorTokenProvider
{
    private readonly IConfidentialClientApplication _app;
    private readonly string[] _scopes;

    /// <summary>Builds the MSAL application for the bot's app id, secret and authority.</summary>
    public MsalConnectorTokenProvider(IOptions<ConnectorCredentialOptions> credentials, IOptions<ConnectorOptions> connector)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentNullException.ThrowIfNull(connector);
        var settings = credentials.Value;
        _app = ConfidentialClientApplicationBuilder.Create(settings.AppId)
            .WithClientSecret(settings.ClientSecret)
            .WithAuthority(settings.Authority)
            .Build();
        _scopes = [connector.Value.Scope];
    }

    /// <inheritdoc />
    public async ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        var result = await _app.AcquireTokenForClient(_scopes).ExecuteAsync(cancellationToken);
        return result.AccessToken;
    }
}
