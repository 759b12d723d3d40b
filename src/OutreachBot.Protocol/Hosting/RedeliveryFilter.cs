using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace OutreachBot.Protocol.Hosting;

/// <summary>
/// Remembers recent activity ids per conversation so a channel's redelivery of the same activity is handled once.
/// In memory: a redelivery after a restart is handled again, which the clinic's own idempotent actions absorb.
/// </summary>
public sealed class RedeliveryFilter(TimeProvider time, IOptions<ActivityProcessingOptions> options)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);
    private long _admitted;

    /// <summary>True the first time an id is seen within the window; false for a redelivery.</summary>
    public bool TryAdmit(string conversationId, string? activityId)
    {
        if (string.IsNullOrEmpty(activityId))
        {
            return true;
        }

        var now = time.GetUtcNow();
        var window = options.Value.RedeliveryWindow;
        var key = string.Concat(conversationId, "\n", activityId);
        var admitted = false;
        _seen.AddOrUpdate(
            key,
            _ => { admitted = true; return now; },
            (_, seenAt) => { admitted = now - seenAt > window; return admitted ? now : seenAt; });

        if (Interlocked.Increment(ref _admitted) % 1024 == 0)
        {
            Forget(now - window);
        }

        return admitted;
    }

    /// <summary>
    /// Forgets an admitted id whose activity was then refused (503), so the channel's retry of it is handled rather
    /// than dropped as a redelivery.
    /// </summary>
    public void Release(string conversationId, string? activityId)
    {
        if (!string.IsNullOrEmpty(activityId))
        {
            _seen.TryRemove(string.Concat(conversationId, "\n", activityId), out _);
        }
    }

    private void Forget(DateTimeOffset before)
    {
        foreach (var (key, seenAt) in _seen)
        {
            if (seenAt < before)
            {
                _seen.TryRemove(key, out _);
            }
        }
    }
}
