using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace OutreachBot.Host.Tests.Infrastructure;

/// <summary>
/// Sits between a Playground page and the Playground's conversation stream
/// (<c>/_ws_conversation/v1/conversations/stream</c>) and keeps back only what the page cannot take: updates of messages
/// it never got, and replies in channel threads it never saw start.
/// </summary>
/// <remarks>
/// Why: the Playground's page loads no history; it holds only the messages created while it is open. Its message
/// reducer throws on <c>updateMessage</c> for any other message ("setMessage: Message with ID … doesn't exists"), and
/// that error ends the redux-saga loop reading the stream, so the page silently draws nothing more. In a shared
/// Playground the bot keeps updating cards sent before the page opened (the triage card's queued PUT after an
/// assignment, other tests' cards), so a proactive card that arrives after such an update was never drawn: the
/// intake card in the full run. Likewise a bot reply in a channel thread started through the API (which the page never
/// sees) ends it with "Invalid conversation id". Teams itself has the earlier messages, so those events are harmless
/// there; here they are dropped before the page sees them, and counted. Everything else passes through unchanged.
/// A thread the page itself starts (typing in a channel) is not known here: no test does that.
/// </remarks>
public sealed class PlaygroundStreamGuard
{
    public const string StreamPath = "/_ws_conversation/v1/conversations/stream";

    private readonly HashSet<string> _created = [];
    private readonly HashSet<string> _threads = [];
    private int _dropped;

    /// <summary>Events kept back from the page so far.</summary>
    public int Dropped => Volatile.Read(ref _dropped);

    /// <summary>Routes the page's conversation stream through a new guard; call before the page opens the Playground.</summary>
    public static async Task<PlaygroundStreamGuard> AttachAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var guard = new PlaygroundStreamGuard();
        await page.RouteWebSocketAsync(url => new Uri(url).AbsolutePath == StreamPath, guard.Route);
        return guard;
    }

    private void Route(IWebSocketRoute page)
    {
        var server = page.ConnectToServer();
        server.OnMessage(frame =>
        {
            if (frame.Text is { } text && Passes(text))
            {
                page.Send(text);
            }
        });
    }

    /// <summary>
    /// Whether the page may get <paramref name="frame"/>: anything but an update of a message it never got, or a reply in
    /// a channel thread whose first post it never got.
    /// </summary>
    public bool Passes(string frame)
    {
        var node = JsonNode.Parse(frame);
        var action = node?["action"]?.GetValue<string>();
        var conversationId = node?["actionConversationId"]?.GetValue<string>() ?? string.Empty;
        var messageId = node?["message"]?["messageId"]?.GetValue<string>();
        lock (_created)
        {
            // A thread's replies name the thread ("{channel};messageid={first post}"): the page throws "Invalid
            // conversation id" for a thread it has not seen start (e.g. one a test started through the API).
            if (conversationId.Contains(";messageid=", StringComparison.Ordinal) && !_threads.Contains(conversationId))
            {
                _dropped++;
                return false;
            }

            if (action == "createMessage" && messageId is not null)
            {
                _created.Add(messageId);
                if (node?["message"]?["postConversationId"]?.GetValue<string>() is { } thread)
                {
                    _threads.Add(thread);
                }
            }
            else if (action == "updateMessage" && (messageId is null || !_created.Contains(messageId)))
            {
                _dropped++;
                return false;
            }
        }

        return true;
    }
}
