using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;
using OutreachBot.Protocol.Activities;

namespace OutreachBot.Protocol.Connector;

/// <summary>
/// The connector client on a typed <see cref="HttpClient"/>. Tokens and the host allow-list are applied by
/// <see cref="ConnectorAuthorizationHandler"/>; sends wait for a slot from <see cref="ConversationPacer"/>; transient
/// answers are retried by the rules of <see cref="ConnectorRetryPolicy"/>, so a timeout or a 502 can never post a card twice.
/// </summary>
/// <remarks>
/// Retries live here rather than in a DelegatingHandler (or the standard resilience handler) for three reasons: only
/// this class knows whether a POST creates a message, which is what decides whether it may be repeated; every attempt
/// of a send must take its own pacing slot, and the pacer is keyed by conversation, which a handler would have to
/// parse back out of the URL; and the typed client's <see cref="HttpClient.Timeout"/> then bounds each attempt, while
/// Retry-After waits (up to a minute) and pacing waits sit outside it and are bounded by the caller's token.
/// </remarks>
public sealed class ConnectorClient : IConnectorClient
{
    private readonly HttpClient _http;
    private readonly ConversationPacer _pacer;
    private readonly TimeProvider _time;
    private readonly ConnectorOptions _options;

    /// <summary>Creates the client. Without a shared <paramref name="pacer"/>, this instance paces only its own sends.</summary>
    /// <param name="http">The typed client, with <see cref="ConnectorAuthorizationHandler"/> in its pipeline.</param>
    /// <param name="pacer">The process-wide pacer (a singleton in DI).</param>
    /// <param name="time">The clock retries and pacing wait on; the system clock by default.</param>
    /// <param name="options">Retry settings; the defaults of <see cref="ConnectorOptions"/> when null.</param>
    public ConnectorClient(HttpClient http, ConversationPacer? pacer = null, TimeProvider? time = null, IOptions<ConnectorOptions>? options = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        _http = http;
        _time = time ?? TimeProvider.System;
        _pacer = pacer ?? new ConversationPacer(_time);
        _options = options?.Value ?? new ConnectorOptions();
    }

    /// <inheritdoc />
    public async Task<string?> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        var response = await SendAsync(ConnectorCallKind.Create, HttpMethod.Post, serviceUrl,
            $"v3/conversations/{Escape(conversationId)}/activities", activity, conversationId, cancellationToken);
        return (await ReadAsync<ResourceResponse>(response, cancellationToken))?.Id;
    }

    /// <inheritdoc />
    public async Task<string?> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        var response = await SendAsync(ConnectorCallKind.Create, HttpMethod.Post, serviceUrl,
            $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", activity, conversationId, cancellationToken);
        return (await ReadAsync<ResourceResponse>(response, cancellationToken))?.Id;
    }

    /// <inheritdoc />
    public async Task UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.Id = activityId;
        using var response = await SendAsync(ConnectorCallKind.Replace, HttpMethod.Put, serviceUrl,
            $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", activity, paceKey: null, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var response = await SendAsync(ConnectorCallKind.Create, HttpMethod.Post, serviceUrl, "v3/conversations", parameters,
            parameters.PacingKey(), cancellationToken);
        return await ReadAsync<ConversationResourceResponse>(response, cancellationToken)
            ?? throw new ConnectorException("The connector created a conversation but returned no id.");
    }

    /// <inheritdoc />
    public async Task<PagedMembersResult> GetPagedMembersAsync(string serviceUrl, string conversationId, int? pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        var query = new List<string>(2);
        if (pageSize is { } size)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size, nameof(pageSize));
            query.Add($"pageSize={size}");
        }

        if (!string.IsNullOrEmpty(continuationToken))
        {
            query.Add($"continuationToken={Escape(continuationToken)}");
        }

        var path = $"v3/conversations/{Escape(conversationId)}/pagedmembers" + (query.Count > 0 ? "?" + string.Join('&', query) : string.Empty);
        var response = await SendAsync(ConnectorCallKind.Read, HttpMethod.Get, serviceUrl, path, body: null, paceKey: null, cancellationToken);
        return await ReadAsync<PagedMembersResult>(response, cancellationToken) ?? new PagedMembersResult();
    }

    /// <inheritdoc />
    public async Task<ChannelAccount?> GetMemberAsync(string serviceUrl, string conversationId, string memberId, CancellationToken cancellationToken)
    {
        try
        {
            var response = await SendAsync(ConnectorCallKind.Read, HttpMethod.Get, serviceUrl,
                $"v3/conversations/{Escape(conversationId)}/members/{Escape(memberId)}", body: null, paceKey: null, cancellationToken);
            return await ReadAsync<ChannelAccount>(response, cancellationToken);
        }
        catch (ConnectorException ex) when (ex.StatusCode == (int)HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<TeamChannel>> GetTeamChannelsAsync(string serviceUrl, string teamId, CancellationToken cancellationToken)
    {
        var response = await SendAsync(ConnectorCallKind.Read, HttpMethod.Get, serviceUrl,
            $"v3/teams/{Escape(teamId)}/conversations", body: null, paceKey: null, cancellationToken);
        return (await ReadAsync<ConversationList>(response, cancellationToken))?.Conversations ?? [];
    }

    private async Task<HttpResponseMessage> SendAsync(
        ConnectorCallKind kind, HttpMethod method, string serviceUrl, string path, object? body, string? paceKey, CancellationToken cancellationToken)
    {
        var baseUri = new Uri(serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/", UriKind.Absolute);
        var uri = new Uri(baseUri, path);
        // Never the ids: they name conversations and people.
        var operation = $"{method} {path.Split('/')[0]}/{path.Split('/')[1]}/…";
        for (var attempt = 1; ; attempt++)
        {
            if (paceKey is not null)
            {
                await _pacer.WaitTurnAsync(paceKey, cancellationToken);
            }

            using var request = new HttpRequestMessage(method, uri)
            {
                Content = body is null ? null : JsonContent.Create(body, body.GetType(), options: ActivityJson.Options),
            };
            HttpResponseMessage response;
            try
            {
                response = await _http.SendAsync(request, cancellationToken);
            }
            catch (Exception ex) when (ex is HttpRequestException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
            {
                // A refused connection or an unresolvable host sent nothing; a timeout or a broken response may have.
                var notSent = ex is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError };
                if (kind == ConnectorCallKind.Create && !notSent)
                {
                    throw new ConnectorException($"{operation} got no answer ({ex.GetType().Name}): the outcome is unknown, so it was not retried.", ex)
                    {
                        OutcomeUnknown = true,
                    };
                }

                if (attempt >= _options.MaxAttempts)
                {
                    throw new ConnectorException($"{operation} got no answer after {attempt} attempts ({ex.GetType().Name}).", ex);
                }

                await WaitAsync(retryAfter: null, attempt, cancellationToken);
                continue;
            }

            if (response.IsSuccessStatusCode)
            {
                return response;
            }

            var status = (int)response.StatusCode;
            var retryAfter = response.Headers.RetryAfter;
            response.Dispose();
            if (ConnectorRetryPolicy.OutcomeUnknown(kind, status, retryAfter is not null))
            {
                throw new ConnectorException(status, $"The connector answered {status} to {operation}: the outcome is unknown, so it was not retried.")
                {
                    OutcomeUnknown = true,
                };
            }

            if (!ConnectorRetryPolicy.MayRetry(kind, status, retryAfter is not null) || attempt >= _options.MaxAttempts)
            {
                throw new ConnectorException(status, attempt == 1
                    ? $"The connector answered {status} to {operation}"
                    : $"The connector answered {status} to {operation} after {attempt} attempts");
            }

            await WaitAsync(retryAfter, attempt, cancellationToken);
        }
    }

    private Task WaitAsync(System.Net.Http.Headers.RetryConditionHeaderValue? retryAfter, int attempt, CancellationToken cancellationToken)
    {
        var delay = ConnectorRetryPolicy.Delay(retryAfter, attempt, _time.GetUtcNow(), _options, Random.Shared.NextDouble());
        return Task.Delay(delay, _time, cancellationToken);
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

    private sealed record ConversationList(IReadOnlyList<TeamChannel>? Conversations);
}
