using System.Text.Json.Nodes;
using OutreachBot.Protocol.Activities;

namespace OutreachBot.Protocol.Invokes;

/// <summary>
/// A message extension action command (<c>composeExtension/fetchTask</c> or <c>composeExtension/submitAction</c>):
/// which command, where it was started, the message it was started on, and what the user submitted.
/// </summary>
/// <param name="CommandId">The command's id from the app manifest.</param>
/// <param name="CommandContext"><c>message</c>, <c>compose</c> or <c>commandbox</c>.</param>
/// <param name="Data">The task module's submitted data; empty on fetchTask.</param>
/// <param name="MessagePayload">The message the action was started on, when started from a message.</param>
/// <param name="BotMessagePreviewAction"><c>edit</c> or <c>send</c> when answering a bot message preview.</param>
public sealed record MessageExtensionAction(
    string CommandId, string? CommandContext, JsonObject Data, JsonObject? MessagePayload, string? BotMessagePreviewAction)
{
    /// <summary>The invoke that asks for the task module to show.</summary>
    public const string FetchTaskInvokeName = "composeExtension/fetchTask";

    /// <summary>The invoke that carries what the user submitted.</summary>
    public const string SubmitActionInvokeName = "composeExtension/submitAction";

    /// <summary>Reads the action from an invoke; null when it names no command.</summary>
    public static MessageExtensionAction? From(Activity invoke)
    {
        ArgumentNullException.ThrowIfNull(invoke);
        if (invoke.Value is not JsonObject value || ReadString(value["commandId"]) is not { Length: > 0 } commandId)
        {
            return null;
        }

        return new MessageExtensionAction(
            commandId,
            ReadString(value["commandContext"]),
            value["data"] is JsonObject data ? (JsonObject)data.DeepClone() : [],
            value["messagePayload"] is JsonObject payload ? (JsonObject)payload.DeepClone() : null,
            ReadString(value["botMessagePreviewAction"]));
    }

    private static string? ReadString(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue(out string? text) ? text : null;
}
