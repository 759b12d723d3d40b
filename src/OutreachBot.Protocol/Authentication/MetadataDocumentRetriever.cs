using Microsoft.IdentityModel.Protocols;

namespace OutreachBot.Protocol.Authentication;

/// <summary>
/// Fetches metadata documents with a client from <see cref="IHttpClientFactory"/>, created per fetch so handler
/// rotation (DNS changes) applies to the long-lived key caches.
/// </summary>
internal sealed class MetadataDocumentRetriever(IHttpClientFactory httpClientFactory, bool requireHttps) : IDocumentRetriever
{
    public const string HttpClientName = "OutreachBot.Protocol.Authentication.Metadata";

    public async Task<string> GetDocumentAsync(string address, CancellationToken cancel)
    {
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri)
            || (requireHttps ? uri.Scheme != Uri.UriSchemeHttps : uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new InvalidOperationException($"Refusing to fetch signing metadata from '{address}': an https URL is required.");
        }

        var client = httpClientFactory.CreateClient(HttpClientName);
        using var response = await client.GetAsync(uri, cancel);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync(cancel);
    }
}
