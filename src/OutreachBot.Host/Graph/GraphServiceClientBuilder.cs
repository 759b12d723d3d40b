using Azure.Core;
using Azure.Identity;
using Microsoft.Graph;
using Microsoft.Kiota.Authentication.Azure;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace OutreachBot.Host.Graph;

/// <summary>
/// Builds the one <see cref="GraphServiceClient"/> of the app: the SDK's own middleware (retry honouring Retry-After,
/// redirects, compression) from <see cref="GraphClientFactory"/>, and tokens from Azure.Identity for the configured
/// Graph host only.
/// </summary>
public static class GraphServiceClientBuilder
{
    public static TokenCredential Credential(GraphOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!string.IsNullOrEmpty(options.ClientCertificatePath))
        {
            return new ClientCertificateCredential(options.TenantId, options.ClientId, options.ClientCertificatePath);
        }

        if (!string.IsNullOrEmpty(options.ClientSecret))
        {
            return new ClientSecretCredential(options.TenantId, options.ClientId, options.ClientSecret);
        }

        return new ManagedIdentityCredential(string.IsNullOrWhiteSpace(options.ClientId)
            ? ManagedIdentityId.SystemAssigned
            : ManagedIdentityId.FromUserAssignedClientId(options.ClientId));
    }

    public static GraphServiceClient Create(GraphOptions options, TokenCredential credential)
    {
        ArgumentNullException.ThrowIfNull(options);
        var handlers = GraphClientFactory.CreateDefaultHandlers(new GraphClientOptions())
            .Select(h => h is RetryHandler ? new RetryHandler(new RetryHandlerOption { MaxRetry = options.MaxRetries }) : h)
            .ToList();
        var http = GraphClientFactory.Create(handlers);
        var baseUrl = options.BaseUrl.ToString().TrimEnd('/');
        var scope = $"{options.BaseUrl.Scheme}://{options.BaseUrl.Authority}/.default";
        var authentication = new AzureIdentityAuthenticationProvider(credential, [options.BaseUrl.Host], observabilityOptions: null, isCaeEnabled: true, scopes: [scope]);
        return new GraphServiceClient(http, authentication, baseUrl);
    }
}
