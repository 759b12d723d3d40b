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
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Parallel.ForEachAsync(
                queue.Reader.ReadAllAsync(stoppingToken),
                new ParallelOptions { MaxDegreeOfParallelism = options.Value.MaxConcurrency, CancellationToken = stoppingToken },
                HandleOneAsync);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: activities still queued are dropped; the channel redelivers what it got no answer for.
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

    [LoggerMessage(EventId = 1010, Level = LogLevel.Error, Message = "Handling a {ActivityType} activity failed")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, string? activityType);
}
