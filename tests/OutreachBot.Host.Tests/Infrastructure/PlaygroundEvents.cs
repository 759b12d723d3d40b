using System.Text.Json.Nodes;

namespace OutreachBot.Host.Tests.Infrastructure;

/// <summary>Reads the Playground's conversation stream events: <c>{action, actionConversationId, message}</c>.</summary>
public static class PlaygroundEvents
{
    public static bool IsCreate(JsonNode e, string conversationId) => Is(e, "createMessage", conversationId);

    public static bool IsUpdate(JsonNode e, string conversationId, string messageId) =>
        Is(e, "updateMessage", conversationId) && MessageId(e) == messageId;

    public static string? MessageId(JsonNode e) => e["message"]?["messageId"]?.GetValue<string>();

    /// <summary>The conversation (thread) the message lives in, which actions on it must name.</summary>
    public static string PostConversationId(JsonNode e) =>
        e["message"]?["postConversationId"]?.GetValue<string>() ?? e["actionConversationId"]!.GetValue<string>();

    public static string Text(JsonNode e) => e["message"]?["text"]?.GetValue<string>() ?? string.Empty;

    /// <summary>The Adaptive Cards the event's message carries.</summary>
    public static IEnumerable<JsonObject> CardsIn(JsonNode e) =>
        (e["message"]?["attachments"] as JsonArray ?? [])
            .Where(a => a?["contentType"]?.GetValue<string>() == "application/vnd.microsoft.card.adaptive")
            .Select(a => a!["content"]!.AsObject());

    public static bool HasCardMentioning(JsonNode e, string text) =>
        CardsIn(e).Any(c => c.ToJsonString().Contains(text, StringComparison.Ordinal));

    private static bool Is(JsonNode e, string action, string conversationId) =>
        e["action"]?.GetValue<string>() == action
        && (e["actionConversationId"]?.GetValue<string>() ?? string.Empty).Split(';')[0] == conversationId;
}
