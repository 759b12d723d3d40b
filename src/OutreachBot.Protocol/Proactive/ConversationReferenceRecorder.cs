using System.Collections.Concurrent;
using OutreachBot.Protocol.Activities;

namespace OutreachBot.Protocol.Proactive;

/// <summary>
/// Saves the reference of each inbound activity to the <see cref="IConversationReferenceStore"/>, skipping the write
/// when this process already saved the same reference for the same conversation and user. The memory is bounded:
/// past <see cref="Capacity"/> entries it starts over, which only costs a few repeated writes. Without a store (the host
/// registered none) it does nothing.
/// </summary>
internal sealed class ConversationReferenceRecorder(IConversationReferenceStore? store = null)
{
    internal const int Capacity = 10_000;

    private readonly ConcurrentDictionary<string, string> _saved = new(StringComparer.Ordinal);

    /// <summary>Saves the activity's reference unless unchanged; true when it wrote.</summary>
    public async Task<bool> RecordAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (store is null)
        {
            return false;
        }

        var reference = ConversationReference.From(activity);
        var key = string.Concat(reference.ConversationId, "\n", reference.User?.Id);
        var fingerprint = string.Join('\n',
            reference.ServiceUrl, reference.ChannelId, reference.ConversationType, reference.TenantId,
            reference.Bot.Id, reference.Bot.Name, reference.User?.Id, reference.User?.Name, reference.User?.AadObjectId);
        if (_saved.TryGetValue(key, out var seen) && seen == fingerprint)
        {
            return false;
        }

        await store.SaveAsync(reference, activity.From?.AadObjectId, cancellationToken);
        if (_saved.Count >= Capacity)
        {
            _saved.Clear();
        }

        _saved[key] = fingerprint;
        return true;
    }
}
