using System.Text.Json;
using System.Text.Json.Serialization;

namespace OutreachBot.Protocol.Activities;

/// <summary>The JSON settings of the wire protocol: camelCase, nulls left out, unknown members kept.</summary>
public static class ActivityJson
{
    /// <summary>Options for reading and writing activities and connector payloads.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        AllowTrailingCommas = false,
        MaxDepth = 64,
    };
}
