using System.Text.Json.Nodes;

namespace OutreachBot.Host.Cards;

/// <summary>
/// Small builders for Adaptive Card 1.5 JSON. Cards are data: each card has one builder that fills these from a view
/// model, and a test validates every card against the schema.
/// </summary>
public static class CardElements
{
    public const string Version = "1.5";

    public static JsonObject Card(IEnumerable<JsonNode?> body, IEnumerable<JsonNode?>? actions = null)
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = Version,
            ["body"] = new JsonArray([.. body.Where(e => e is not null)]),
        };
        var actionList = actions?.Where(a => a is not null).ToArray() ?? [];
        if (actionList.Length > 0)
        {
            card["actions"] = new JsonArray(actionList);
        }

        return card;
    }

    public static JsonObject Heading(string text, string? color = null) => Text(text, size: "Medium", weight: "Bolder", color: color);

    public static JsonObject Text(string text, string? size = null, string? weight = null, string? color = null, bool subtle = false, bool wrap = true)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = wrap };
        if (size is not null) { block["size"] = size; }
        if (weight is not null) { block["weight"] = weight; }
        if (color is not null) { block["color"] = color; }
        if (subtle) { block["isSubtle"] = true; }
        return block;
    }

    public static JsonObject Facts(IEnumerable<(string Title, string? Value)> facts) => new()
    {
        ["type"] = "FactSet",
        ["facts"] = new JsonArray([.. facts
            .Where(f => !string.IsNullOrWhiteSpace(f.Value))
            .Select(f => (JsonNode)new JsonObject { ["title"] = f.Title, ["value"] = f.Value })]),
    };

    /// <summary>
    /// An <c>Action.Execute</c> with an <c>Action.Submit</c> fallback for clients without Universal Actions; the
    /// fallback carries the verb in its data so both arrive at the same handler.
    /// </summary>
    public static JsonObject Execute(string title, string verb, JsonObject data, string style = "default")
    {
        var submitData = (JsonObject)data.DeepClone();
        submitData["verb"] = verb;
        return new JsonObject
        {
            ["type"] = "Action.Execute",
            ["title"] = title,
            ["verb"] = verb,
            ["data"] = data,
            ["style"] = style,
            ["fallback"] = new JsonObject { ["type"] = "Action.Submit", ["title"] = title, ["data"] = submitData },
        };
    }
}
