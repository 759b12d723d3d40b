using System.Text.Json.Nodes;
using OutreachBot.Protocol.Activities;

namespace OutreachBot.Protocol.Invokes;

/// <summary>An <c>Action.Execute</c> (or a refresh) carried by an <c>adaptiveCard/action</c> invoke.</summary>
/// <param name="Verb">The action's verb, which the bot dispatches on.</param>
/// <param name="Data">The action's data merged with the card's inputs; empty when none.</param>
/// <param name="Trigger"><c>manual</c> for a click, <c>automatic</c> for a refresh.</param>
public sealed record AdaptiveCardAction(string Verb, JsonObject Data, string Trigger)
{
    /// <summary>The invoke name of Universal Actions.</summary>
    public const string InvokeName = "adaptiveCard/action";

    /// <summary>Whether the client asked for this card to be refreshed rather than a person clicking.</summary>
    public bool IsRefresh => string.Equals(Trigger, "automatic", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads the action from an invoke; null when the value is not an <c>Action.Execute</c> with a verb.</summary>
    public static AdaptiveCardAction? From(Activity invoke)
    {
        ArgumentNullException.ThrowIfNull(invoke);
        if (invoke.Value is not JsonObject value || value["action"] is not JsonObject action)
        {
            return null;
        }

        var type = ReadString(action["type"]);
        var verb = ReadString(action["verb"]);
        if (!string.Equals(type, "Action.Execute", StringComparison.Ordinal) || string.IsNullOrWhiteSpace(verb))
        {
            return null;
        }

        var data = action["data"] as JsonObject ?? [];
        return new AdaptiveCardAction(verb, (JsonObject)data.DeepClone(), ReadString(value["trigger"]) ?? "manual");
    }

    private static string? ReadString(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue(out string? text) ? text : null;
}
