using System.Text.Json.Nodes;
using OutreachBot.Protocol.Activities;

namespace OutreachBot.Protocol.Invokes;

/// <summary>Responses to message extension action commands (HTTP 200 with a JSON body Teams reads).</summary>
public static class MessageExtensionResponses
{
    /// <summary>Shows a task module (dialog) holding <paramref name="card"/>.</summary>
    /// <param name="title">The dialog's title.</param>
    /// <param name="card">The Adaptive Card to show.</param>
    /// <param name="width"><c>small</c>, <c>medium</c>, <c>large</c> or pixels.</param>
    /// <param name="height"><c>small</c>, <c>medium</c>, <c>large</c> or pixels.</param>
    public static InvokeResponse TaskCard(string title, JsonObject card, string width = "medium", string height = "medium") =>
        new(200, new JsonObject
        {
            ["task"] = new JsonObject
            {
                ["type"] = "continue",
                ["value"] = new JsonObject
                {
                    ["title"] = title,
                    ["width"] = width,
                    ["height"] = height,
                    ["card"] = new JsonObject { ["contentType"] = Attachment.AdaptiveCardContentType, ["content"] = card },
                },
            },
        });

    /// <summary>Closes the dialog with a short message to the user.</summary>
    public static InvokeResponse TaskMessage(string message) =>
        new(200, new JsonObject { ["task"] = new JsonObject { ["type"] = "message", ["value"] = message } });

    /// <summary>Closes the dialog and inserts a card in the compose box (or nothing, with no attachments).</summary>
    public static InvokeResponse Result(IEnumerable<JsonObject> cards) =>
        new(200, new JsonObject
        {
            ["composeExtension"] = new JsonObject
            {
                ["type"] = "result",
                ["attachmentLayout"] = "list",
                ["attachments"] = new JsonArray([.. cards.Select(card =>
                    (JsonNode)new JsonObject { ["contentType"] = Attachment.AdaptiveCardContentType, ["content"] = card })]),
            },
        });
}
