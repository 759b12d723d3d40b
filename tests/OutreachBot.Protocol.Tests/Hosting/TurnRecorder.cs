using System.Collections.Concurrent;
using System.Threading.Channels;
using OutreachBot.Protocol.Activities;

namespace OutreachBot.Protocol.Tests.Hosting;

/// <summary>What the test handler saw, in order, and an optional gate that holds message turns until released.</summary>
public sealed class TurnRecorder
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private readonly ConcurrentQueue<Activity> _all = new();
    private readonly Channel<Activity> _started = Channel.CreateUnbounded<Activity>();
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TurnRecorder(bool holdMessages = false)
    {
        if (!holdMessages)
        {
            _gate.SetResult();
        }
    }

    public IReadOnlyList<Activity> Turns => [.. _all];

    public Task Gate => _gate.Task;

    public void Record(Activity activity)
    {
        _all.Enqueue(activity);
        _started.Writer.TryWrite(activity);
    }

    public void Release() => _gate.TrySetResult();

    /// <summary>Waits (bounded) until a turn for the activity with <paramref name="activityId"/> has started.</summary>
    public async Task<Activity> WaitForAsync(string activityId)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        await foreach (var activity in _started.Reader.ReadAllAsync(timeout.Token))
        {
            if (activity.Id == activityId)
            {
                return activity;
            }
        }

        throw new InvalidOperationException("The recorder was completed.");
    }
}
