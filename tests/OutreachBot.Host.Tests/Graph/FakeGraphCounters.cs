using System.Collections.Concurrent;

namespace OutreachBot.Host.Tests.Graph;

/// <summary>What the fake was asked: requests by kind, faults given, concurrency per mailbox, headers missing.</summary>
public sealed class FakeGraphCounters
{
    private readonly ConcurrentDictionary<string, int> _inFlight = new(StringComparer.OrdinalIgnoreCase);
    private long _requests;
    private int _deltaRequests;
    private int _valueRequests;
    private int _faults;
    private int _expired;
    private int _withoutPrefer;
    private int _withoutToken;
    private int _maxInFlight;
    private int _batchRequests;
    private int _batchItems;

    public long Requests => Interlocked.Read(ref _requests);

    public int DeltaRequests => _deltaRequests;

    public int ValueRequests => _valueRequests;

    public int FaultsGiven => _faults;

    /// <summary>JSON batch calls (each one HTTP request) and the requests inside them.</summary>
    public int BatchRequests => _batchRequests;

    public int BatchItems => _batchItems;

    /// <summary>How many times each message's MIME was served (directly or inside a batch).</summary>
    public ConcurrentDictionary<string, int> MimeServed { get; } = new(StringComparer.Ordinal);

    public int ExpiredTokenAnswers => _expired;

    /// <summary>Delta requests that lacked <c>odata.maxpagesize</c> or <c>IdType="ImmutableId"</c>.</summary>
    public int DeltaRequestsWithoutPrefer => _withoutPrefer;

    public int RequestsWithoutBearerToken => _withoutToken;

    /// <summary>The most requests one mailbox had in flight at once.</summary>
    public int MaxInFlightPerMailbox => _maxInFlight;

    /// <summary>Other requests (getSchedule, events...) by "METHOD /path" with ids removed.</summary>
    public ConcurrentDictionary<string, int> Other { get; } = new(StringComparer.OrdinalIgnoreCase);

    public void Reset()
    {
        Interlocked.Exchange(ref _requests, 0);
        _deltaRequests = _valueRequests = _faults = _expired = _withoutPrefer = _withoutToken = _maxInFlight = _batchRequests = _batchItems = 0;
        Other.Clear();
        MimeServed.Clear();
    }

    internal long Request(bool hasToken)
    {
        if (!hasToken)
        {
            Interlocked.Increment(ref _withoutToken);
        }

        return Interlocked.Increment(ref _requests);
    }

    internal void Delta(bool hasPrefer)
    {
        Interlocked.Increment(ref _deltaRequests);
        if (!hasPrefer)
        {
            Interlocked.Increment(ref _withoutPrefer);
        }
    }

    internal void Value() => Interlocked.Increment(ref _valueRequests);

    internal void Batch() => Interlocked.Increment(ref _batchRequests);

    internal int BatchItem() => Interlocked.Increment(ref _batchItems);

    internal void Served(string messageId) => MimeServed.AddOrUpdate(messageId, 1, (_, n) => n + 1);

    internal void Fault() => Interlocked.Increment(ref _faults);

    internal void Expired() => Interlocked.Increment(ref _expired);

    internal void Enter(string mailbox)
    {
        var now = _inFlight.AddOrUpdate(mailbox, 1, (_, n) => n + 1);
        int seen;
        while (now > (seen = _maxInFlight) && Interlocked.CompareExchange(ref _maxInFlight, now, seen) != seen)
        {
        }
    }

    internal void Leave(string mailbox) => _inFlight.AddOrUpdate(mailbox, 0, (_, n) => n - 1);
}
