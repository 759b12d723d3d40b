using System.Net.Http.Json;
using System.Text.Json;
using OutreachBot.Protocol.Activities;

namespace OutreachBot.Protocol.Connector;

/// <summary>
/// The connector client on a typed <see cref="HttpClient"/>. Tokens and the host allow-list are applied by
/// <see cref="ConnectorAuthorizationHandler"/>; POSTs that create messages are not retried here, so a timeout can
/// never post a card twice.
/// </summary>
public sealed class ConnectorClient(HttpClient http) : IConnectorClient
{
    /// <inheritdoc />
    public async Task<string?> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        var response = await SendAsync(HttpMethod.Post, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities", activity, cancellationToken);
        return (await ReadAsync<ResourceResponse>(response, cancellationToken))?.Id;
    }

    /// <inheritdoc />
    public async Task<string?> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        var response = await SendAsync(HttpMethod.Post, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", activity, cancellationToken);
        return (await ReadAsync<ResourceResponse>(response, cancellationToken))?.Id;
    }

    /// <inheritdoc />
    public async Task UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.Id = activityId;
        using var response = await SendAsync(HttpMethod.Put, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", activity, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken)
    {
        var response = await SendAsync(HttpMethod.Post, serviceUrl, "v3/conversations", parameters, cancellationToken);
        return await ReadAsync<ConversationResourceResponse>(response, cancellationToken)
            ?? throw new ConnectorException("The connector created a conversation but returned no id.");
    }

    private async Task<HttpResponseMessage> SendAsync<T>(HttpMethod method, string serviceUrl, string path, T body, CancellationToken cancellationToken)
    {
        var baseUri = new Uri(serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/", UriKind.Absolute);
        using var request = new HttpRequestMessage(method, new Uri(baseUri, path))
        {
            Content = JsonContent.Create(body, options: ActivityJson.Options),
        };
        var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var status = (int)response.StatusCode;
            response.Dispose();
            throw new ConnectorException(status, $"The connector answered {status} to {method} {path.Split('/')[0]}/…");
        }

        return response;
    }

    private static async Task<T?> ReadAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        using (response)
        {
            if (response.Content.Headers.ContentLength == 0)
            {
                return default;
            }

            try
            {
                return await response.Content.ReadFromJsonAsync<T>(ActivityJson.Options, cancellationToken);
            }
            catch (JsonException)
            {
                return default;
            }
        }
    }

    private static string Escape(string segment) => Uri.EscapeDataString(segment);

    private sealed record ResourceResponse(string? Id);
}
