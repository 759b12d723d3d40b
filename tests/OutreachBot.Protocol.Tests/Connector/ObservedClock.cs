using Microsoft.Extensions.Time.Testing;

namespace OutreachBot.Protocol.Tests.Connector;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that also says when code starts waiting on it, so a test advances time only once
/// the wait is registered (advancing earlier would make the wait start later, and the test would hang).
/// </summary>
public sealed class ObservedClock : TimeProvider, IDisposable
{
    private readonly SemaphoreSlim _timerCreated = new(0);
    private int _timers;

    public FakeTimeProvider Fake { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    public int TimersCreated => Volatile.Read(ref _timers);

    public override DateTimeOffset GetUtcNow() => Fake.GetUtcNow();

    public override long GetTimestamp() => Fake.GetTimestamp();

    public override long TimestampFrequency => Fake.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => Fake.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = Fake.CreateTimer(callback, state, dueTime, period);
        Interlocked.Increment(ref _timers);
        _timerCreated.Release();
        return timer;
    }

    public void Advance(TimeSpan by) => Fake.Advance(by);

    /// <summary>Waits (bounded) until at least <paramref name="count"/> timers have been created in all.</summary>
    public async Task WaitForTimersAsync(int count)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (TimersCreated < count)
        {
            await _timerCreated.WaitAsync(timeout.Token);
        }
    }

    public void Dispose() => _timerCreated.Dispose();
}
