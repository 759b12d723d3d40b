using System.Text.Json;
using System.Text.Json.Serialization;

namespace OutreachBot.Protocol.Activities;

/// <summary>A user or bot on a channel.</summary>
public sealed class ChannelAccount
{
    /// <summary>The channel's id for the account (Teams: <c>29:…</c> for users, <c>28:…</c> for bots).</summary>
    public string? Id { get; set; }

    /// <summary>The display name.</summary>
    public string? Name { get; set; }

    /// <summary>The Entra object id of a user, when the channel gives it.</summary>
    public string? AadObjectId { get; set; }

    /// <summary>The role, <c>user</c> or <c>bot</c>.</summary>
    public string? Role { get; set; }

    /// <summary>Members this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
