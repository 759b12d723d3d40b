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

    /// <summary>A 1:1 chat between the bot (<c>28:…</c>) and a user (<c>29:…</c>) in <paramref name="tenantId"/>.</summary>
    public static ConversationParameters PersonalChat(string botId, string userId, string tenantId)
    {
        ArgumentException.ThrowIfNullOrEmpty(botId);
        ArgumentException.ThrowIfNullOrEmpty(userId);
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        return new ConversationParameters
        {
            IsGroup = false,
            Bot = new ChannelAccount { Id = botId },
            Members = [new ChannelAccount { Id = userId }],
            TenantId = tenantId,
            ChannelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenantId } },
        };
    }

    /// <summary>A new thread in the channel <paramref name="channelId"/> (<c>19:…@thread.tacv2</c>) opened by <paramref name="activity"/>.</summary>
    public static ConversationParameters ChannelThread(string channelId, Activity activity, string? tenantId)
    {
        ArgumentException.ThrowIfNullOrEmpty(channelId);
        ArgumentNullException.ThrowIfNull(activity);
        var channelData = new JsonObject { ["channel"] = new JsonObject { ["id"] = channelId } };
        if (!string.IsNullOrEmpty(tenantId))
        {
            channelData["tenant"] = new JsonObject { ["id"] = tenantId };
        }

        return new ConversationParameters { IsGroup = true, Activity = activity, TenantId = tenantId, ChannelData = channelData };
    }

    /// <summary>The conversation whose send limits creating this one counts against: the channel, else the user.</summary>
    internal string PacingKey() =>
        ChannelData?["channel"]?["id"] is JsonValue value && value.TryGetValue(out string? channel) && channel.Length > 0
            ? channel
            : "create:" + (Members is [{ Id: { } user }, ..] ? user : string.Empty);
}

/// <summary>The answer to creating a conversation.</summary>
/// <param name="Id">The conversation id.</param>
/// <param name="ActivityId">The id of the first activity, when one was sent.</param>
/// <param name="ServiceUrl">A service URL to use for the conversation, when the channel gives one.</param>
public sealed record ConversationResourceResponse(string? Id, string? ActivityId, string? ServiceUrl);
