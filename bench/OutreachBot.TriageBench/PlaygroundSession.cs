using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace OutreachBot.TriageBench;

/// <summary>A posted triage card: the referral it shows, and the message and thread an action on it names.</summary>
internal sealed record TriageCardPost(string ReferralId, string MessageId, string ConversationId);

/// <summary>
/// The bench's side of the Agents Playground: its HTTP API (a user speaks or clicks) and its conversation stream (what
/// the bot posted), from which the triage cards and their message ids are collected.
/// </summary>
internal sealed partial class PlaygroundSession(Uri baseUrl) : IAsyncDisposable
{
    public const string ReferralsChannel = "channel-referrals-id";
    private const string BotId = "00000000-0000-0000-0000-000000000011";
    private readonly HttpClient _http = new() { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(30) };
    private readonly ClientWebSocket _socket = new();
    private readonly Dictionary<string, TriageCardPost> _cards = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _arrived = new(0);
    private readonly CancellationTokenSource _stop = new();
    private Task? _reader;

    public Uri BaseUrl => baseUrl;

    public async Task ConnectAsync(CancellationToken cancellationToken)
    {
        await _http.GetAsync(new Uri("/_internal/v1/config", UriKind.Relative), cancellationToken);
        await _socket.ConnectAsync(new UriBuilder(baseUrl) { Scheme = "ws", Path = "/_ws_conversation/v1/conversations/stream" }.Uri, cancellationToken);
        _reader = Task.Run(ReadAsync, CancellationToken.None);
    }

    /// <summary>Asks the bot, in the Referrals channel, to post its cards there.</summary>
    public async Task ChooseReferralsChannelAsync(CancellationToken cancellationToken)
    {
        var body = new JsonObject
        {
            ["from"] = new JsonObject { ["id"] = "user-id-0" },
            ["text"] = "<at>OutreachBot</at> use this channel for referrals",
            ["textFormat"] = "plain",
            ["mentions"] = new JsonArray(new JsonObject { ["mentioned"] = new JsonObject { ["id"] = BotId }, ["text"] = "<at>OutreachBot</at>" }),
        };
        using var response = await _http.PostAsJsonAsync($"/_conversation/v1/conversations/{ReferralsChannel}/messages", body, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Waits until the cards of all <paramref name="referralIds"/> have been posted; returns them.</summary>
    public async Task<List<TriageCardPost>> WaitForCardsAsync(IReadOnlyCollection<string> referralIds, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            lock (_cards)
            {
                if (referralIds.All(_cards.ContainsKey))
                {
                    return [.. referralIds.Select(id => _cards[id])];
                }
            }

            try
            {
                await _arrived.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                lock (_cards)
                {
                    throw new TimeoutException($"Only {referralIds.Count(_cards.ContainsKey)} of {referralIds.Count} triage cards were posted within {timeout.TotalSeconds:0} s.");
                }
            }
        }
    }

    /// <summary>The invoke a click sends, as the Playground's HTTP API takes it.</summary>
    public static byte[] InvokeBody(TriageCardPost card, string userId, string verb, JsonObject data) => Encoding.UTF8.GetBytes(new JsonObject
    {
        ["name"] = "adaptiveCard/action",
        ["conversation"] = new JsonObject { ["id"] = card.ConversationId },
        ["from"] = new JsonObject { ["id"] = userId },
        ["replyToId"] = card.MessageId,
        ["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
            ["trigger"] = verb == "refreshReferral" ? "automatic" : "manual",
        },
    }.ToJsonString());

    private async Task ReadAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (_socket.State == WebSocketState.Open)
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
                Collect(JsonNode.Parse(json));
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // Closing.
        }
    }

    private void Collect(JsonNode? e)
    {
        if (e?["action"]?.GetValue<string>() != "createMessage"
            || e["message"]?["messageId"]?.GetValue<string>() is not { } messageId
            || e["message"]?["attachments"]?.ToJsonString() is not { } attachments
            || ReferralIdIn().Match(attachments) is not { Success: true } id)
        {
            return;
        }

        var conversation = e["message"]?["postConversationId"]?.GetValue<string>() ?? e["actionConversationId"]!.GetValue<string>();
        lock (_cards)
        {
            _cards.TryAdd(id.Groups[1].Value, new TriageCardPost(id.Groups[1].Value, messageId, conversation));
        }

        _arrived.Release();
    }

    [GeneratedRegex("\"referralId\":\"(R-[0-9A-F]{10})\"")]
    private static partial Regex ReferralIdIn();

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
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
