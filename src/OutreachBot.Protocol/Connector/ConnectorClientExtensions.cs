using OutreachBot.Protocol.Activities;

namespace OutreachBot.Protocol.Connector;

/// <summary>Proactive conversations built from <see cref="ConversationParameters"/> shapes Teams expects.</summary>
public static class ConnectorClientExtensions
{
    /// <summary>
    /// Starts (or finds, as Teams answers with the existing one) the 1:1 chat between the bot and a user, for a
    /// proactive message. The app must be installed for the user.
    /// </summary>
    /// <param name="connector">The connector client.</param>
    /// <param name="serviceUrl">The service URL of a conversation the user was seen in (regional), or a proactive one.</param>
    /// <param name="botId">The bot's channel id, <c>28:{appId}</c>.</param>
    /// <param name="userId">The user's channel id, <c>29:…</c> (Teams also takes the Entra object id).</param>
    /// <param name="tenantId">The user's tenant.</param>
    /// <param name="cancellationToken">Cancels the call, including waiting for a send slot.</param>
    /// <returns>The conversation; its id is <c>a:…</c>.</returns>
    public static Task<ConversationResourceResponse> CreatePersonalConversationAsync(
        this IConnectorClient connector, string serviceUrl, string botId, string userId, string tenantId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connector);
        return connector.CreateConversationAsync(serviceUrl, ConversationParameters.PersonalChat(botId, userId, tenantId), cancellationToken);
    }

    /// <summary>Posts <paramref name="activity"/> as the first message of a new thread in a channel.</summary>
    /// <param name="connector">The connector client.</param>
    /// <param name="serviceUrl">The service URL of the team's conversations.</param>
    /// <param name="channelId">The channel's thread id, <c>19:…@thread.tacv2</c>.</param>
    /// <param name="activity">The thread's first message.</param>
    /// <param name="tenantId">The team's tenant, when known.</param>
    /// <param name="cancellationToken">Cancels the call, including waiting for a send slot.</param>
    /// <returns>The thread (<c>{channelId};messageid={activityId}</c> is its conversation id) and the message id.</returns>
    public static Task<ConversationResourceResponse> CreateChannelThreadAsync(
        this IConnectorClient connector, string serviceUrl, string channelId, Activity activity, string? tenantId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connector);
        return connector.CreateConversationAsync(serviceUrl, ConversationParameters.ChannelThread(channelId, activity, tenantId), cancellationToken);
    }
}
