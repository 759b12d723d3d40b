namespace OutreachBot.Host.Tests.Graph;

/// <summary>An answer the fake gives instead of the real one: a status, with or without Retry-After.</summary>
public sealed record FakeGraphFault(int Status, string Code, int? RetryAfterSeconds);

/// <summary>
/// What goes wrong on the fake: a plan that picks a fault by request number and path, and a hold that keeps
/// <c>$value</c> answers waiting (a slow server) until the test releases them.
/// </summary>
public sealed class FakeGraphFaults
{
    private readonly Lock _lock = new();
    private TaskCompletionSource _release = Released();
    private int _holdAfter = int.MaxValue;
    private int _valueRequests;

    /// <summary>Chooses a fault for the n-th request (1-based) to a path; null answers normally.</summary>
    public Func<long, string, FakeGraphFault?> Plan { get; set; } = (_, _) => null;

    /// <summary>Completes when the first held <c>$value</c> request arrives.</summary>
    public TaskCompletionSource FirstHeld { get; private set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Answers the first <paramref name="count"/> <c>$value</c> requests, then holds the rest until <see cref="ReleaseHeld"/>.</summary>
    public void HoldValueRequestsAfter(int count)
    {
        lock (_lock)
        {
            _holdAfter = count;
            _valueRequests = 0;
            _release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            FirstHeld = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    public void ReleaseHeld()
    {
        lock (_lock)
        {
            _holdAfter = int.MaxValue;
            _release.TrySetResult();
        }
    }

    /// <summary>
    /// The held requests were asked by a bot that was stopped: they are dropped unanswered (the fake aborts them, as a
    /// dead connection would end), never served to nobody, and nothing is held any more.
    /// </summary>
    public void DropHeld()
    {
        lock (_lock)
        {
            _holdAfter = int.MaxValue;
            Dropped = true;
            _release.TrySetCanceled();
        }
    }

    /// <summary>Whether <see cref="DropHeld"/> was called.</summary>
    public bool Dropped { get; private set; }

    internal Task WaitIfHeldAsync(CancellationToken cancellationToken)
    {
        Task wait;
        lock (_lock)
        {
            if (++_valueRequests <= _holdAfter)
            {
                return Task.CompletedTask;
            }

            FirstHeld.TrySetResult();
            wait = _release.Task;
        }

        return wait.WaitAsync(cancellationToken);
    }

    private static TaskCompletionSource Released()
    {
        var released = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        released.SetResult();
        return released;
    }
}
