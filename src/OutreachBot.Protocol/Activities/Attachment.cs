using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace OutreachBot.Protocol.Activities;

/// <summary>An attachment, such as an Adaptive Card.</summary>
public sealed class Attachment
{
    /// <summary>The media type used for Adaptive Cards.</summary>
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>The media type of the content.</summary>
    public string? ContentType { get; set; }

    /// <summary>A URL to the content, for files.</summary>
    public string? ContentUrl { get; set; }

    /// <summary>Inline content, for cards.</summary>
    public JsonNode? Content { get; set; }

    /// <summary>A file name.</summary>
    public string? Name { get; set; }

    /// <summary>Members this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }

    /// <summary>Wraps an Adaptive Card's JSON as an attachment.</summary>
    public static Attachment AdaptiveCard(JsonObject card) => new() { ContentType = AdaptiveCardContentType, Content = card };
}
