using OutreachBot.Protocol.Activities;

namespace OutreachBot.Protocol.Connector;

/// <summary>
/// The Bot Framework connector REST API (v3), relative to a conversation's service URL. Sends are paced per
/// conversation within Teams' limits (callers wait, never fail, for a slot); transient answers are retried, but a call
/// that creates a message or conversation is retried only when the connector cannot have created it. Failures throw
/// <see cref="ConnectorException"/>; <see cref="ConnectorException.OutcomeUnknown"/> marks a create that may have happened.
/// </summary>
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

    /// <summary><c>GET /v3/conversations/{id}/pagedmembers?pageSize=&amp;continuationToken=</c>: one page of members.</summary>
    /// <param name="serviceUrl">The conversation's service URL.</param>
    /// <param name="conversationId">The conversation (a team's members: its General channel id).</param>
    /// <param name="pageSize">Members per page, or null for the connector's default.</param>
    /// <param name="continuationToken">The previous page's <see cref="PagedMembersResult.ContinuationToken"/>; null for the first page.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<PagedMembersResult> GetPagedMembersAsync(string serviceUrl, string conversationId, int? pageSize, string? continuationToken, CancellationToken cancellationToken);

    /// <summary><c>GET /v3/conversations/{id}/members/{memberId}</c>: one member, or null when not a member (404).</summary>
    /// <param name="serviceUrl">The conversation's service URL.</param>
    /// <param name="conversationId">The conversation.</param>
    /// <param name="memberId">The member's <c>29:…</c> id or Entra object id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<ChannelAccount?> GetMemberAsync(string serviceUrl, string conversationId, string memberId, CancellationToken cancellationToken);

    /// <summary><c>GET /v3/teams/{teamId}/conversations</c>: the team's channels (Teams only).</summary>
    /// <param name="serviceUrl">The team's service URL.</param>
    /// <param name="teamId">The team's id (<c>channelData.team.id</c>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<IReadOnlyList<TeamChannel>> GetTeamChannelsAsync(string serviceUrl, string teamId, CancellationToken cancellationToken);
}
