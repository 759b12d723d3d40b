using OutreachBot.Protocol.Activities;

namespace OutreachBot.Protocol.Connector;

/// <summary>The Bot Framework connector REST API (v3), relative to a conversation's service URL.</summary>
public interface IConnectorClient
{
    /// <summary><c>POST /v3/conversations/{id}/activities</c>: posts to the conversation; returns the new activity id.</summary>
    Task<string?> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken);

    /// <summary><c>POST /v3/conversations/{id}/activities/{activityId}</c>: replies to an activity; returns the new id.</summary>
    Task<string?> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken);

    /// <summary><c>PUT /v3/conversations/{id}/activities/{activityId}</c>: replaces a message the bot sent (a card update).</summary>
    Task UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken);

    /// <summary><c>POST /v3/conversations</c>: starts a 1:1 chat or a channel thread.</summary>
    Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken);
}
