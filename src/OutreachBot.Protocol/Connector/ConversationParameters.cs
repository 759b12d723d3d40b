using System.Text.Json.Nodes;
using OutreachBot.Protocol.Activities;

namespace OutreachBot.Protocol.Connector;

/// <summary>The body of <c>POST /v3/conversations</c>: a 1:1 chat, or a new thread in a channel.</summary>
public sealed class ConversationParameters
{
    /// <summary>Whether the conversation is a group (a channel thread) rather than a 1:1 chat.</summary>
    public bool IsGroup { get; set; }

    /// <summary>The bot.</summary>
    public ChannelAccount? Bot { get; set; }

    /// <summary>The user, for a 1:1 chat.</summary>
    public IList<ChannelAccount>? Members { get; set; }

    /// <summary>The tenant.</summary>
    public string? TenantId { get; set; }

    /// <summary>The first activity, for a new channel thread.</summary>
    public Activity? Activity { get; set; }

    /// <summary>Teams data: <c>{"tenant":{"id"}}</c>, and <c>{"channel":{"id"}}</c> for a channel thread.</summary>
    public JsonObject? ChannelData { get; set; }
}

/// <summary>The answer to creating a conversation.</summary>
/// <param name="Id">The conversation id.</param>
/// <param name="ActivityId">The id of the first activity, when one was sent.</param>
/// <param name="ServiceUrl">A service URL to use for the conversation, when the channel gives one.</param>
public sealed record ConversationResourceResponse(string? Id, string? ActivityId, string? ServiceUrl);
