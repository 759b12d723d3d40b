using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;

namespace OutreachBot.Protocol.Connector;

/// <summary>
/// Connector tokens from the bot's user-assigned managed identity (no secret anywhere), through MSAL, which caches them
/// until shortly before expiry.
/// </summary>
public sealed class ManagedIdentityConnectorTokenProvider : IConnectorTokenProvider
{
    private readonly IManagedIdentityApplication _app;
    private readonly string _resource;

    /// <summary>Builds the managed identity application for the identity whose client id is the bot's app id.</summary>
    public ManagedIdentityConnectorTokenProvider(IOptions<ConnectorCredentialOptions> credentials, IOptions<ConnectorOptions> connector)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentNullException.ThrowIfNull(connector);
        _app = ManagedIdentityApplicationBuilder.Create(ManagedIdentityId.WithUserAssignedClientId(credentials.Value.AppId)).Build();
        _resource = ResourceOf(connector.Value.Scope);
    }

    /// <inheritdoc />
    public async ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        var result = await _app.AcquireTokenForManagedIdentity(_resource).ExecuteAsync(cancellationToken);
        return result.AccessToken;
    }

    /// <summary>Managed identity asks for a resource, not a scope: <c>https://api.botframework.com/.default</c> → <c>https://api.botframework.com</c>.</summary>
    internal static string ResourceOf(string scope) =>
        scope.EndsWith("/.default", StringComparison.OrdinalIgnoreCase) ? scope[..^"/.default".Length] : scope;
}
