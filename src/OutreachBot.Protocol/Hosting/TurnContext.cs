using OutreachBot.Protocol.Activities;
using OutreachBot.Protocol.Connector;

namespace OutreachBot.Protocol.Hosting;

/// <summary>One inbound activity and the means to answer it in its conversation.</summary>
/// <param name="Activity">The inbound activity, authenticated and validated.</param>
/// <param name="Connector">The connector client for replies and updates.</param>
public sealed record TurnContext(Activity Activity, IConnectorClient Connector)
{
    /// <summary>The service URL of the conversation (checked against the token's claim).</summary>
    public string ServiceUrl => Activity.ServiceUrl!;

    /// <summary>The conversation id, including a channel thread's <c>;messageid=</c> suffix.</summary>
    public string ConversationId => Activity.Conversation!.Id!;

    /// <summary>A message addressed back to the sender, in the same conversation (and thread).</summary>
    public Activity CreateReply(string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = Activity.ChannelId,
        ServiceUrl = Activity.ServiceUrl,
        Conversation = Activity.Conversation,
        From = Activity.Recipient,
        Recipient = Activity.From,
        ReplyToId = Activity.Id,
        Text = text,
        TextFormat = text is null ? null : "markdown",
    };

    /// <summary>Sends <paramref name="reply"/> to the conversation; returns the new message id.</summary>
    public Task<string?> SendAsync(Activity reply, CancellationToken cancellationToken) =>
        Connector.SendToConversationAsync(ServiceUrl, ConversationId, reply, cancellationToken);

    /// <summary>Replaces a message the bot sent earlier in this conversation.</summary>
    public Task UpdateAsync(string activityId, Activity replacement, CancellationToken cancellationToken) =>
        Connector.UpdateActivityAsync(ServiceUrl, ConversationId, activityId, replacement, cancellationToken);
}
