using System.Text.Json.Nodes;
using OutreachBot.Protocol.Activities;
using OutreachBot.Protocol.Connector;
using OutreachBot.Protocol.Proactive;

namespace OutreachBot.Host.Teams;

/// <summary>Where a proactive card landed, so it can be updated later.</summary>
public sealed record PostedCard(string ServiceUrl, string ConversationId, string ActivityId);

/// <summary>
/// Proactive 1:1 messages to a staff member (a clinician's intake card, an owner's weekly summary). Uses the 1:1 chat
/// the person already has with the bot; else opens one (<c>POST /v3/conversations</c>) from a conversation the bot saw
/// them in, which Teams allows once the app is installed for them. Null when the bot has never seen the person.
/// </summary>
public sealed partial class StaffChats(IConversationReferenceStore references, IConnectorClient connector, ILogger<StaffChats> logger)
{
    /// <summary>Sends <paramref name="card"/> to the person with Entra object id (or <c>29:</c> id) <paramref name="userId"/>.</summary>
    public async Task<PostedCard?> SendCardAsync(string userId, JsonObject card, string summary, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        ArgumentNullException.ThrowIfNull(card);
        if (await PersonalChatAsync(userId, cancellationToken) is not { } chat)
        {
            LogNoChat(logger, userId);
            return null;
        }

        var message = new Activity
        {
            Type = ActivityTypes.Message,
            ChannelId = chat.ChannelId,
            Conversation = new ConversationAccount { Id = chat.ConversationId, ConversationType = "personal", TenantId = chat.TenantId },
            From = chat.Bot,
            Attachments = [Attachment.AdaptiveCard(card)],
            Summary = summary,
        };
        var activityId = await connector.SendToConversationAsync(chat.ServiceUrl, chat.ConversationId, message, cancellationToken);
        return new PostedCard(chat.ServiceUrl, chat.ConversationId, activityId ?? string.Empty);
    }

    /// <summary>The person's display name as Teams last gave it with their messages, or null when never seen.</summary>
    public async Task<string?> NameOfAsync(string userId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        return (await references.FindForUserAsync(userId, cancellationToken))?.User?.Name is { Length: > 0 } name ? name : null;
    }

    /// <summary>Replaces a card sent earlier with <paramref name="card"/>.</summary>
    public Task UpdateCardAsync(PostedCard posted, JsonObject card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(posted);
        var update = new Activity
        {
            Type = ActivityTypes.Message,
            Id = posted.ActivityId,
            Conversation = new ConversationAccount { Id = posted.ConversationId },
            Attachments = [Attachment.AdaptiveCard(card)],
        };
        return connector.UpdateActivityAsync(posted.ServiceUrl, posted.ConversationId, posted.ActivityId, update, cancellationToken);
    }

    private async Task<ConversationReference?> PersonalChatAsync(string userId, CancellationToken cancellationToken)
    {
        if (await references.FindForUserAsync(userId, cancellationToken) is not { } seen)
        {
            return null;
        }

        if (string.Equals(seen.ConversationType, "personal", StringComparison.OrdinalIgnoreCase))
        {
            return seen;
        }

        if (seen.User?.Id is not { Length: > 0 } memberId || seen.TenantId is not { Length: > 0 } tenant || seen.Bot.Id is not { Length: > 0 } botId)
        {
            return null;
        }

        var created = await connector.CreateConversationAsync(seen.ServiceUrl, ConversationParameters.PersonalChat(botId, memberId, tenant), cancellationToken);
        if (created.Id is not { Length: > 0 } conversationId)
        {
            return null;
        }

        var chat = seen with { ServiceUrl = created.ServiceUrl ?? seen.ServiceUrl, ConversationId = conversationId, ConversationType = "personal" };
        await references.SaveAsync(chat, seen.User.AadObjectId, cancellationToken);
        return chat;
    }

    [LoggerMessage(EventId = 2401, Level = LogLevel.Warning,
        Message = "No chat with staff member {UserId}: the bot has not seen them yet (the Teams app must be installed for them)")]
    private static partial void LogNoChat(ILogger logger, string userId);
}
