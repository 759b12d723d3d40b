using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace OutreachBot.Protocol.Activities;

/// <summary>
/// A Bot Framework activity (botframework-activity.md). Unknown members are kept in <see cref="ExtensionData"/> and
/// written back, so an activity round-trips what this model does not name.
/// </summary>
public sealed class Activity
{
    /// <summary>The activity type, such as <c>message</c> or <c>invoke</c> (see <see cref="ActivityTypes"/>).</summary>
    public string? Type { get; set; }

    /// <summary>The channel's id for this activity; used to reply to it and to deduplicate redeliveries.</summary>
    public string? Id { get; set; }

    /// <summary>When the channel sent the activity.</summary>
    public DateTimeOffset? Timestamp { get; set; }

    /// <summary>The channel, for Teams <c>msteams</c>.</summary>
    public string? ChannelId { get; set; }

    /// <summary>The base URL of the channel's connector that replies go to.</summary>
    public string? ServiceUrl { get; set; }

    /// <summary>Who sent the activity.</summary>
    public ChannelAccount? From { get; set; }

    /// <summary>Who receives the activity (the bot, on inbound activities).</summary>
    public ChannelAccount? Recipient { get; set; }

    /// <summary>The conversation the activity belongs to.</summary>
    public ConversationAccount? Conversation { get; set; }

    /// <summary>The id of the activity this one replies to; for a card action, the card's message.</summary>
    public string? ReplyToId { get; set; }

    /// <summary>The message text.</summary>
    public string? Text { get; set; }

    /// <summary>The format of <see cref="Text"/>: <c>plain</c>, <c>markdown</c> or <c>xml</c>.</summary>
    public string? TextFormat { get; set; }

    /// <summary>Text shown where the message cannot be rendered, such as notifications.</summary>
    public string? Summary { get; set; }

    /// <summary>The invoke or event name, for example <c>adaptiveCard/action</c>.</summary>
    public string? Name { get; set; }

    /// <summary>The sender's locale.</summary>
    public string? Locale { get; set; }

    /// <summary>Attachments, such as Adaptive Cards.</summary>
    public IList<Attachment>? Attachments { get; set; }

    /// <summary>Entities such as mentions and client info, kept as JSON.</summary>
    public IList<JsonObject>? Entities { get; set; }

    /// <summary>Channel-specific data (Teams: tenant, team, channel), kept as JSON.</summary>
    public JsonObject? ChannelData { get; set; }

    /// <summary>The payload of invokes, events and <c>Action.Submit</c>, kept as JSON.</summary>
    public JsonNode? Value { get; set; }

    /// <summary>Members added, on <c>conversationUpdate</c>.</summary>
    public IList<ChannelAccount>? MembersAdded { get; set; }

    /// <summary>Members removed, on <c>conversationUpdate</c>.</summary>
    public IList<ChannelAccount>? MembersRemoved { get; set; }

    /// <summary><c>add</c> or <c>remove</c>, on <c>installationUpdate</c>.</summary>
    public string? Action { get; set; }

    /// <summary>Every member this model does not name, written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }

    /// <summary>Whether this activity is of the given type (case-insensitive, as the spec asks).</summary>
    public bool IsType(string type) => string.Equals(Type, type, StringComparison.OrdinalIgnoreCase);
}
