using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OutreachBot.Protocol.Activities;
using OutreachBot.Protocol.Connector;

namespace OutreachBot.Protocol.Hosting;

/// <summary>Handles queued activities with bounded concurrency, each in its own DI scope.</summary>
public sealed partial class ActivityWorker(
    InboundActivities queue,
    IServiceScopeFactory scopes,
    IOptions<ActivityProcessingOptions> options,
    ILogger<ActivityWorker> logger) : BackgroundService
{
    // Cancelled only when the host's shutdown timeout (HostOptions.ShutdownTimeout) runs out: until then, turns
    // already started finish, and activities already acknowledged (202) and queued are still handled.
    private readonly CancellationTokenSource _abort = new();

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Parallel.ForEachAsync(
                ReadUntilStoppedThenDrainAsync(stoppingToken),
                new ParallelOptions { MaxDegreeOfParallelism = options.Value.MaxConcurrency },
                (activity, _) => HandleOneAsync(activity, _abort.Token));
        }
        catch (OperationCanceledException) when (_abort.IsCancellationRequested)
        {
            // The shutdown timeout ran out: what is left is dropped; the channel redelivers what it got no answer for.
        }
    }

    /// <summary>
    /// Stops taking new work and waits for the turns in hand and the activities already queued; when
    /// <paramref name="cancellationToken"/> fires (the host's shutdown timeout), cancels them and returns.
    /// </summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // The base waits for ExecuteAsync to end; its own token is not passed, so only the timeout below cuts it short.
        var stopped = base.StopAsync(CancellationToken.None);
        var timedOut = Task.Delay(Timeout.Infinite, cancellationToken);
        if (await Task.WhenAny(stopped, timedOut) != stopped)
        {
            await _abort.CancelAsync();
        }

        LogStopped(logger, queue.Reader.Count);
    }

    /// <inheritdoc />
    public override void Dispose()
    {
        _abort.Dispose();
        base.Dispose();
    }

    private async IAsyncEnumerable<Activity> ReadUntilStoppedThenDrainAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken stoppingToken)
    {
        while (await WaitToReadAsync(stoppingToken))
        {
            while (!stoppingToken.IsCancellationRequested && queue.Reader.TryRead(out var activity))
            {
                yield return activity;
            }
        }

        while (!_abort.IsCancellationRequested && queue.Reader.TryRead(out var queued))
        {
            yield return queued;
        }
    }

    private async ValueTask<bool> WaitToReadAsync(CancellationToken stoppingToken)
    {
        try
        {
            return await queue.Reader.WaitToReadAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return false;
        }
    }

    private async ValueTask HandleOneAsync(Activity activity, CancellationToken cancellationToken)
    {
        using var scope = logger.BeginScope(new Dictionary<string, object?>
        {
            ["ActivityId"] = activity.Id,
            ["ActivityType"] = activity.Type,
        });
        try
        {
            await using var services = scopes.CreateAsyncScope();
            var handler = services.ServiceProvider.GetRequiredService<ActivityHandler>();
            var connector = services.ServiceProvider.GetRequiredService<IConnectorClient>();
            await handler.HandleAsync(new TurnContext(activity, connector), cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            LogTurnFailed(logger, ex, activity.Type);
        }
    }

    [LoggerMessage(EventId = 1011, Level = LogLevel.Information, Message = "Activity worker stopped; {Left} activities left in the queue")]
    private static partial void LogStopped(ILogger logger, int left);

    [LoggerMessage(EventId = 1010, Level = LogLevel.Error, Message = "Handling a {ActivityType} activity failed")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, string? activityType);
}
