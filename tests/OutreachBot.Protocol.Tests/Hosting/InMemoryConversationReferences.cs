using System.Collections.Concurrent;
using OutreachBot.Protocol.Activities;
using OutreachBot.Protocol.Proactive;

namespace OutreachBot.Protocol.Tests.Hosting;

/// <summary>A conversation reference store that keeps every save, in order.</summary>
public sealed class InMemoryConversationReferences : IConversationReferenceStore
{
    private readonly ConcurrentQueue<(ConversationReference Reference, string? AadObjectId)> _saves = new();

    public IReadOnlyList<(ConversationReference Reference, string? AadObjectId)> Saves => [.. _saves];

    public Task SaveAsync(ConversationReference reference, string? userAadObjectId, CancellationToken cancellationToken)
    {
        _saves.Enqueue((reference, userAadObjectId));
        return Task.CompletedTask;
    }

    public Task<ConversationReference?> FindForUserAsync(string aadObjectIdOrUserId, CancellationToken cancellationToken) =>
        Task.FromResult<ConversationReference?>(Saves.LastOrDefault(s => s.AadObjectId == aadObjectIdOrUserId || s.Reference.User?.Id == aadObjectIdOrUserId).Reference);

    public Task<ConversationReference?> FindAsync(string conversationId, CancellationToken cancellationToken) =>
        Task.FromResult<ConversationReference?>(Saves.LastOrDefault(s => s.Reference.ConversationId == conversationId).Reference);
}
