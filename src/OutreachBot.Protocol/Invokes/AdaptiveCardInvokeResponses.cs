using System.Text.Json.Nodes;

namespace OutreachBot.Protocol.Invokes;

/// <summary>
/// Responses to <c>adaptiveCard/action</c> invokes (Universal Actions): HTTP 200 whose body is
/// <c>{statusCode, type, value}</c>.
/// </summary>
public static class AdaptiveCardInvokeResponses
{
    /// <summary>The content type that replaces the card for the user who acted.</summary>
    public const string CardContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>The content type that shows a short message.</summary>
    public const string MessageContentType = "application/vnd.microsoft.activity.message";

    /// <summary>The content type of an error.</summary>
    public const string ErrorContentType = "application/vnd.microsoft.error";

    /// <summary>Replace the card with <paramref name="card"/>.</summary>
    public static InvokeResponse Card(JsonObject card) => Wrap(200, CardContentType, card);

    /// <summary>Show <paramref name="message"/> to the user who acted; the card stays.</summary>
    public static InvokeResponse Message(string message) => Wrap(200, MessageContentType, JsonValue.Create(message));

    /// <summary>An error with a code and a message a person can read.</summary>
    /// <param name="statusCode">400 for a bad request, 500 for a failure of the bot.</param>
    /// <param name="code">A short machine-readable code.</param>
    /// <param name="message">What went wrong, for the user.</param>
    public static InvokeResponse Error(int statusCode, string code, string message) =>
        Wrap(statusCode, ErrorContentType, new JsonObject { ["code"] = code, ["message"] = message });

    private static InvokeResponse Wrap(int statusCode, string type, JsonNode? value) =>
        new(200, new JsonObject { ["statusCode"] = statusCode, ["type"] = type, ["value"] = value });
}
