using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace OutreachBot.Protocol.Connector;

/// <summary>
/// Refuses calls to hosts outside <see cref="ConnectorOptions.AllowedServiceUrlHosts"/> (a stored serviceUrl must
/// never receive the bot's token unless it is a channel's) and attaches the bearer token to the rest.
/// </summary>
public sealed class ConnectorAuthorizationHandler(IConnectorTokenProvider tokens, IOptions<ConnectorOptions> options) : DelegatingHandler
{
    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.RequestUri is null || !options.Value.IsAllowed(request.RequestUri))
        {
            throw new ConnectorException($"The service URL host '{request.RequestUri?.Host}' is not in Connector:AllowedServiceUrlHosts.");
        }

        var token = await tokens.GetTokenAsync(cancellationToken);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
