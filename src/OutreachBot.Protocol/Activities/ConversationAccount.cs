using System.Text.Json;
using System.Text.Json.Serialization;

namespace OutreachBot.Protocol.Activities;

/// <summary>The conversation an activity belongs to.</summary>
public sealed class ConversationAccount
{
    /// <summary>The conversation id; for a Teams channel thread it ends in <c>;messageid=…</c>.</summary>
    public string? Id { get; set; }

    /// <summary>The conversation's name, when it has one.</summary>
    public string? Name { get; set; }

    /// <summary>Whether more than two members take part.</summary>
    public bool? IsGroup { get; set; }

    /// <summary>Teams: <c>personal</c>, <c>groupChat</c> or <c>channel</c>.</summary>
    public string? ConversationType { get; set; }

    /// <summary>The Entra tenant of the conversation.</summary>
    public string? TenantId { get; set; }

    /// <summary>Members this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
