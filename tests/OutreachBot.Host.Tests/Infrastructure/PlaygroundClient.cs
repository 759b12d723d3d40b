using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace OutreachBot.Host.Tests.Infrastructure;

/// <summary>
/// Drives the Microsoft 365 Agents Playground through its HTTP API (a user sends, clicks, submits) and listens on its
/// conversation WebSocket for what the bot sent (createMessage, updateMessage).
/// </summary>
public sealed class PlaygroundClient : IAsyncDisposable
{
    private readonly HttpClient _http;
    private readonly ClientWebSocket _socket = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly List<JsonNode> _events = [];
    private readonly SemaphoreSlim _arrived = new(0);
    private Task? _reader;

    public PlaygroundClient(Uri baseUrl)
    {
        BaseUrl = baseUrl;
        _http = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(30) };
    }

    public Uri BaseUrl { get; }

    /// <summary>Connects the event stream; call before making the bot send anything.</summary>
    public async Task ConnectAsync(CancellationToken cancellationToken)
    {
        var ws = new UriBuilder(BaseUrl) { Scheme = "ws", Path = "/_ws_conversation/v1/conversations/stream" }.Uri;
        await _socket.ConnectAsync(ws, cancellationToken);
        _reader = Task.Run(ReadLoopAsync, CancellationToken.None);
    }

    /// <summary>A user posts a message; in a channel the bot is @mentioned, as Teams requires for it to hear.</summary>
    public async Task<JsonNode?> SendMessageAsync(string conversationId, string userId, string text, bool mentionBot, CancellationToken cancellationToken)
    {
        var mention = $"<at>{PlaygroundIds.BotName}</at>";
        var body = new JsonObject
        {
            ["from"] = new JsonObject { ["id"] = userId },
            ["text"] = mentionBot ? $"{mention} {text}" : text,
            ["textFormat"] = "plain",
        };
        if (mentionBot)
        {
            body["mentions"] = new JsonArray(new JsonObject
            {
                ["mentioned"] = new JsonObject { ["id"] = PlaygroundIds.BotId },
                ["text"] = mention,
            });
        }

        return await PostAsync($"/_conversation/v1/conversations/{Uri.EscapeDataString(conversationId)}/messages", body, cancellationToken);
    }

    /// <summary>A user clicks an Action.Execute button: returns the bot's invoke response as the Playground relays it.</summary>
    public Task<JsonNode?> ExecuteAsync(string conversationId, string userId, string replyToId, string verb, JsonObject data, CancellationToken cancellationToken, string trigger = "manual") =>
        PostAsync("/_conversation/v1/invoke", new JsonObject
        {
            ["name"] = "adaptiveCard/action",
            ["conversation"] = new JsonObject { ["id"] = conversationId },
            ["from"] = new JsonObject { ["id"] = userId },
            ["replyToId"] = replyToId,
            ["value"] = new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
                ["trigger"] = trigger,
            },
        }, cancellationToken);

    /// <summary>A user clicks an Action.Submit button (the fallback of clients without Universal Actions).</summary>
    public Task<JsonNode?> SubmitAsync(string conversationId, string userId, string replyToId, JsonObject value, CancellationToken cancellationToken) =>
        PostAsync("/_conversation/v1/submit", new JsonObject
        {
            ["conversation"] = new JsonObject { ["id"] = conversationId },
            ["from"] = new JsonObject { ["id"] = userId },
            ["replyToId"] = replyToId,
            ["value"] = value,
        }, cancellationToken);

    /// <summary>
    /// Sends the bot any activity, as the Playground's "custom activity" does: its template for the conversation with
    /// <paramref name="change"/> applied (e.g. another sender).
    /// </summary>
    public async Task SendCustomActivityAsync(string conversationId, Action<JsonObject> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var template = (await GetJsonAsync($"/_internal/v1/customActivities/template?conversationId={Uri.EscapeDataString(conversationId)}", cancellationToken))!.AsObject();
        change(template);
        await PostAsync("/_internal/v1/customActivities", template, cancellationToken);
    }

    /// <summary>The app is installed in a conversation: the Playground sends installationUpdate and conversationUpdate.</summary>
    public Task<JsonNode?> InstallAsync(string conversationId, CancellationToken cancellationToken) =>
        PostAsync($"/_debug/conversation/{Uri.EscapeDataString(conversationId)}/installation", [], cancellationToken);

    /// <summary>Waits for the first event from position <paramref name="fromIndex"/> on, seen so far or arriving, that matches.</summary>
    public async Task<JsonNode> WaitForAsync(Func<JsonNode, bool> match, TimeSpan timeout, string what, int fromIndex = 0)
    {
        using var deadline = new CancellationTokenSource(timeout);
        var seen = fromIndex;
        while (true)
        {
            lock (_events)
            {
                for (; seen < _events.Count; seen++)
                {
                    if (match(_events[seen]))
                    {
                        return _events[seen];
                    }
                }
            }

            try
            {
                await _arrived.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Waited {timeout.TotalSeconds:0} s for {what}; the Playground sent {Events.Count} events: {string.Join(" | ", Events.Select(e => e.ToJsonString()[..Math.Min(300, e.ToJsonString().Length)]))}");
            }
        }
    }

    public IReadOnlyList<JsonNode> Events
    {
        get
        {
            lock (_events)
            {
                return [.. _events];
            }
        }
    }

    public async Task<JsonNode?> GetJsonAsync(string path, CancellationToken cancellationToken) =>
        await _http.GetFromJsonAsync<JsonNode>(path, cancellationToken);

    private async Task<JsonNode?> PostAsync(string path, JsonObject body, CancellationToken cancellationToken)
    {
        using var response = await _http.PostAsJsonAsync(path, body, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"Playground answered {(int)response.StatusCode} to {path}: {text}");
        }

        return text.Length == 0 ? null : JsonNode.Parse(text);
    }

    private async Task ReadLoopAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (_socket.State == WebSocketState.Open && !_stop.IsCancellationRequested)
            {
                var result = await _socket.ReceiveAsync(buffer, _stop.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                message.Write(buffer, 0, result.Count);
                if (!result.EndOfMessage)
                {
                    continue;
                }

                var json = Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length);
                message.SetLength(0);
                if (JsonNode.Parse(json) is { } node)
                {
                    lock (_events)
                    {
                        _events.Add(node);
                    }

                    _arrived.Release();
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // The fixture is closing, or the Playground went away: waits time out with what was seen.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_socket.State == WebSocketState.Open)
        {
            try
            {
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
            }
            catch (WebSocketException)
            {
                // Already gone.
            }
        }

        if (_reader is not null)
        {
            await _reader.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        _socket.Dispose();
        _http.Dispose();
        _stop.Dispose();
        _arrived.Dispose();
    }
}
