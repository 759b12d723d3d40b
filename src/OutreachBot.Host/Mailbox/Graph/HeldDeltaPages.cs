using GraphMessage = Microsoft.Graph.Models.Message;

namespace OutreachBot.Host.Mailbox.Graph;

/// <summary>
/// The delta pages of one round that are read but not yet wholly recorded, because some of their messages wait for
/// their MIME: those are gathered across pages so that one <c>$batch</c> carries up to 20 of them instead of one batch
/// per page. The folder's position may move only to the link after the newest page that, with every page before it,
/// is wholly recorded (<see cref="TakeSettledLink"/>), so a crash while messages wait re-reads their pages and loses
/// nothing; the ledger skips what was recorded.
/// </summary>
public sealed class HeldDeltaPages
{
    private readonly Queue<Page> _pages = new();
    private readonly List<(GraphMessage Message, Page Page)> _waiting = [];
    private readonly HashSet<string> _waitingIds = new(StringComparer.Ordinal);

    /// <summary>Messages waiting for their MIME.</summary>
    public int Waiting => _waiting.Count;

    /// <summary>Pages read since the last settled link.</summary>
    public int Pages => _pages.Count;

    /// <summary>Whether the message (by Graph id) already waits from an earlier page (Graph may send an item twice).</summary>
    public bool IsWaiting(string graphId) => _waitingIds.Contains(graphId);

    /// <summary>A page read: the link that follows it, and its messages that wait for their MIME (none already waiting).</summary>
    public void Add(string linkAfter, IEnumerable<GraphMessage> needingMime)
    {
        ArgumentNullException.ThrowIfNull(needingMime);
        var page = new Page(linkAfter);
        foreach (var message in needingMime)
        {
            if (_waitingIds.Add(message.Id!))
            {
                _waiting.Add((message, page));
                page.Waiting++;
            }
        }

        _pages.Enqueue(page);
    }

    /// <summary>
    /// Up to <paramref name="max"/> waiting messages, oldest first (so the oldest pages settle first). Call
    /// <see cref="TakeSettledLink"/> only once they are recorded; if fetching them fails, the round is abandoned.
    /// </summary>
    public IReadOnlyList<GraphMessage> Take(int max)
    {
        var taken = _waiting.Take(max).ToList();
        _waiting.RemoveRange(0, taken.Count);
        foreach (var (message, page) in taken)
        {
            _waitingIds.Remove(message.Id!);
            page.Waiting--;
        }

        return [.. taken.Select(t => t.Message)];
    }

    /// <summary>The link after the newest wholly recorded page (forgetting the pages up to it), or null when none is.</summary>
    public string? TakeSettledLink()
    {
        string? link = null;
        while (_pages.TryPeek(out var oldest) && oldest.Waiting == 0)
        {
            link = _pages.Dequeue().LinkAfter;
        }

        return link;
    }

    private sealed class Page(string linkAfter)
    {
        public string LinkAfter { get; } = linkAfter;

        public int Waiting { get; set; }
    }
}
