using OutreachBot.Protocol.Activities;

namespace OutreachBot.Protocol.Proactive;

/// <summary>
/// Where conversation references are kept for proactive messages. The endpoint saves one from every authenticated
/// activity (skipping references it already saved in this process), so a conversation is known from its first activity.
/// </summary>
public interface IConversationReferenceStore
{
    /// <summary>Saves <paramref name="reference"/> as the latest for its conversation and for its user.</summary>
    /// <param name="reference">The reference, with <see cref="ConversationReference.User"/> when the sender is known.</param>
    /// <param name="userAadObjectId">The sender's Entra object id, when the channel gives it, so the user can be found by it.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    Task SaveAsync(ConversationReference reference, string? userAadObjectId, CancellationToken cancellationToken);

    /// <summary>
    /// The reference to reach a user by: their 1:1 chat with the bot when one was seen, else the latest conversation
    /// they were seen in (whose service URL, tenant and user id suffice to open a 1:1 chat). Null when never seen.
    /// </summary>
    /// <param name="aadObjectIdOrUserId">The user's Entra object id or their channel id (<c>29:…</c>).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<ConversationReference?> FindForUserAsync(string aadObjectIdOrUserId, CancellationToken cancellationToken);

    /// <summary>The latest reference of a conversation, or null when never seen.</summary>
    /// <param name="conversationId">The conversation id; a channel thread's <c>;messageid=</c> suffix is ignored.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<ConversationReference?> FindAsync(string conversationId, CancellationToken cancellationToken);
}
