using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OutreachBot.Protocol.Activities;

namespace OutreachBot.Protocol.Teams;

/// <summary>@mentions in Teams messages: the text and the entity must match.</summary>
public static partial class Mentions
{
    /// <summary>
    /// The message text without the bot's own mention(s), trimmed. Mentions of the bot are found through the
    /// <c>mention</c> entities whose <c>mentioned.id</c> is the recipient; a stray <c>&lt;at&gt;</c> tag that
    /// no entity explains is left as it is.
    /// </summary>
    public static string TextWithoutBotMention(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = activity.Text ?? string.Empty;
        var botId = activity.Recipient?.Id;
        foreach (var entity in activity.Entities ?? [])
        {
            if (!IsMention(entity) || botId is null)
            {
                continue;
            }

            var mentionedId = ReadString(entity["mentioned"] is JsonObject mentioned ? mentioned["id"] : null);
            var mentionText = ReadString(entity["text"]);
            if (mentionText is { Length: > 0 } && IdsMatch(mentionedId, botId))
            {
                text = text.Replace(mentionText, string.Empty, StringComparison.Ordinal);
            }
        }

        return Whitespace().Replace(text, " ").Trim();
    }

    /// <summary>
    /// Adds a mention of <paramref name="mentioned"/> to the activity: appends <c>&lt;at&gt;name&lt;/at&gt;</c>
    /// where <paramref name="text"/> is written and returns the text to put in the message.
    /// </summary>
    public static string AddMention(Activity activity, ChannelAccount mentioned, string text)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(mentioned);
        var tag = $"<at>{System.Net.WebUtility.HtmlEncode(mentioned.Name ?? mentioned.Id)}</at>";
        activity.Entities ??= [];
        activity.Entities.Add(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = tag,
            ["mentioned"] = new JsonObject { ["id"] = mentioned.Id, ["name"] = mentioned.Name },
        });
        return $"{tag} {text}";
    }

    private static bool IsMention(JsonObject entity) =>
        string.Equals(ReadString(entity["type"]), "mention", StringComparison.OrdinalIgnoreCase);

    // Entities are the sender's JSON: a member of another type is not a mention, and must not fail the turn.
    private static string? ReadString(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue(out string? text) ? text : null;

    // Teams writes the bot as "28:<appId>" in recipient and sometimes the bare app id in the entity.
    private static bool IdsMatch(string? mentionedId, string botId) =>
        mentionedId is not null
        && (string.Equals(mentionedId, botId, StringComparison.OrdinalIgnoreCase)
            || string.Equals(StripPrefix(mentionedId), StripPrefix(botId), StringComparison.OrdinalIgnoreCase));

    private static string StripPrefix(string id) => id.StartsWith("28:", StringComparison.Ordinal) ? id[3..] : id;

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
