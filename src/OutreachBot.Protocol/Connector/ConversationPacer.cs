using System.Collections.Concurrent;

namespace OutreachBot.Protocol.Connector;

/// <summary>
/// Keeps the bot's sends to one conversation within Teams' per-bot, per-thread limits (7 per second, 8 per 2 seconds,
/// 60 per 30 seconds, 1,800 per hour) by making callers wait for a free slot rather than failing them. Each conversation
/// has its own queue, so a busy conversation never delays another. Slots are handed out first come, first served; a
/// caller cancelled while waiting leaves its slot used, which only ever paces more conservatively.
/// </summary>
/// <remarks>
/// Hand-rolled rather than System.Threading.RateLimiting's sliding window limiters: those replenish on a real timer
/// and cannot take a <see cref="TimeProvider"/>, and four chained windows per conversation would cost more memory than
/// one list of send times. Conversations idle for longer than the longest window are forgotten.
/// </remarks>
public sealed class ConversationPacer
{
    private static readonly (int Count, TimeSpan Window)[] TeamsLimits =
    [
        (7, TimeSpan.FromSeconds(1)),
        (8, TimeSpan.FromSeconds(2)),
        (60, TimeSpan.FromSeconds(30)),
        (1800, TimeSpan.FromHours(1)),
    ];

    private readonly ConcurrentDictionary<string, Lane> _lanes = new(StringComparer.Ordinal);
    private readonly (int Count, TimeSpan Window)[] _limits;
    private readonly TimeSpan _longestWindow;
    private readonly TimeProvider _time;
    private long _acquired;

    /// <summary>Paces with Teams' limits on <paramref name="time"/>.</summary>
    public ConversationPacer(TimeProvider time)
        : this(time, TeamsLimits)
    {
    }

    internal ConversationPacer(TimeProvider time, (int Count, TimeSpan Window)[] limits)
    {
        ArgumentNullException.ThrowIfNull(time);
        _time = time;
        _limits = limits;
        _longestWindow = limits.Max(limit => limit.Window);
    }

    /// <summary>How many conversations are remembered (for tests of eviction).</summary>
    internal int ConversationCount => _lanes.Count;

    /// <summary>
    /// Takes the next free send slot of <paramref name="conversationKey"/> and waits until it comes. A channel thread's
    /// <c>;messageid=</c> suffix is ignored: Teams counts a channel's threads together.
    /// </summary>
    public Task WaitTurnAsync(string conversationKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationKey);
        var now = _time.GetUtcNow();
        var slot = Reserve(Normalize(conversationKey), now);
        if (Interlocked.Increment(ref _acquired) % 256 == 0)
        {
            Evict(now);
        }

        var wait = slot - now;
        return wait <= TimeSpan.Zero ? Task.CompletedTask : Task.Delay(wait, _time, cancellationToken);
    }

    /// <summary>The slots taken in a conversation's current window, oldest first (for tests).</summary>
    internal IReadOnlyList<DateTimeOffset> SlotsOf(string conversationKey)
    {
        if (!_lanes.TryGetValue(Normalize(conversationKey), out var lane))
        {
            return [];
        }

        lock (lane)
        {
            return [.. lane.Slots];
        }
    }

    /// <summary>Forgets conversations with no slot inside the longest window.</summary>
    internal void Evict(DateTimeOffset now)
    {
        foreach (var (key, lane) in _lanes)
        {
            lock (lane)
            {
                if (lane.Slots.Count == 0 || lane.Slots[^1] <= now - _longestWindow)
                {
                    lane.Evicted = true;
                    _lanes.TryRemove(new KeyValuePair<string, Lane>(key, lane));
                }
            }
        }
    }

    private DateTimeOffset Reserve(string key, DateTimeOffset now)
    {
        while (true)
        {
            var lane = _lanes.GetOrAdd(key, _ => new Lane());
            lock (lane)
            {
                if (lane.Evicted)
                {
                    continue; // removed by Evict between GetOrAdd and lock: take the fresh lane
                }

                var slots = lane.Slots;
                var expired = slots.FindIndex(slot => slot > now - _longestWindow);
                slots.RemoveRange(0, expired < 0 ? slots.Count : expired);

                var next = slots.Count > 0 && slots[^1] > now ? slots[^1] : now;
                foreach (var (count, window) in _limits)
                {
                    // The new send may go once the count-th most recent one has left its window.
                    if (slots.Count >= count && slots[^count] + window > next)
                    {
                        next = slots[^count] + window;
                    }
                }

                slots.Add(next);
                return next;
            }
        }
    }

    private static string Normalize(string conversationKey)
    {
        var marker = conversationKey.IndexOf(";messageid=", StringComparison.OrdinalIgnoreCase);
        return marker >= 0 ? conversationKey[..marker] : conversationKey;
    }

    private sealed class Lane
    {
        public List<DateTimeOffset> Slots { get; } = [];

        public bool Evicted { get; set; }
    }
}
