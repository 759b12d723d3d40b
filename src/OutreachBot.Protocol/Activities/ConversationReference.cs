namespace OutreachBot.Protocol.Activities;

/// <summary>What the bot needs to message a conversation later (proactively).</summary>
/// <param name="ServiceUrl">The connector base URL the conversation was seen on.</param>
/// <param name="ChannelId">The channel, for Teams <c>msteams</c>.</param>
/// <param name="ConversationId">The conversation id; for a channel, without the <c>;messageid=</c> suffix.</param>
/// <param name="ConversationType">Teams: <c>personal</c>, <c>groupChat</c> or <c>channel</c>.</param>
/// <param name="TenantId">The tenant of the conversation.</param>
/// <param name="Bot">The bot's account in the conversation.</param>
public sealed record ConversationReference(
    string ServiceUrl,
    string ChannelId,
    string ConversationId,
    string? ConversationType,
    string? TenantId,
    ChannelAccount Bot)
{
    /// <summary>
    /// The user the conversation was last seen with (id, display name and Entra object id): whom to open a 1:1 chat
    /// with proactively, and the name cards written for them sign with. Null when saved before this was recorded.
    /// </summary>
    public ChannelAccount? User { get; init; }

    /// <summary>The reference of the conversation an inbound activity came from.</summary>
    public static ConversationReference From(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var conversationId = activity.Conversation?.Id ?? throw new ArgumentException("The activity has no conversation.", nameof(activity));
        var threadMarker = conversationId.IndexOf(";messageid=", StringComparison.OrdinalIgnoreCase);
        if (threadMarker >= 0)
        {
            conversationId = conversationId[..threadMarker];
        }

        return new ConversationReference(
            activity.ServiceUrl ?? throw new ArgumentException("The activity has no serviceUrl.", nameof(activity)),
            activity.ChannelId ?? "msteams",
            conversationId,
            activity.Conversation?.ConversationType,
            activity.Conversation?.TenantId ?? Teams.TeamsChannelData.TenantId(activity),
            activity.Recipient ?? new ChannelAccount())
        {
            User = activity.From is { Id: { } userId } from ? new ChannelAccount { Id = userId, Name = from.Name, AadObjectId = from.AadObjectId } : null,
        };
    }
}
