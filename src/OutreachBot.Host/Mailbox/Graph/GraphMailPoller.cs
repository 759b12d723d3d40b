using Microsoft.Extensions.Options;

namespace OutreachBot.Host.Mailbox.Graph;

/// <summary>
/// Polls every configured mailbox folder with delta queries while the bot runs (mailboxes side by side, one mailbox's
/// folders in turn), at start, on every tick and when a change notification nudges it. A failed round (throttled past the retries, Graph down) is logged and the next tick resumes from
/// the saved position.
/// </summary>
public sealed partial class GraphMailPoller(
    GraphMailSync sync,
    GraphMailNudges nudges,
    IOptions<GraphMailOptions> options,
    TimeProvider time,
    ILogger<GraphMailPoller> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        // A round at start, then one per tick or as soon as a change notification asks for one.
        using var timer = new PeriodicTimer(options.Value.PollInterval, time);
        var tick = timer.WaitForNextTickAsync(stoppingToken).AsTask();
        var nudged = nudges.Polls.WaitToReadAsync(stoppingToken).AsTask();
        while (true)
        {
            await PollOnceAsync(stoppingToken);
            if (await Task.WhenAny(tick, nudged) == tick)
            {
                if (!await tick)
                {
                    return;
                }

                tick = timer.WaitForNextTickAsync(stoppingToken).AsTask();
            }
            else
            {
                await nudged;
                nudges.Polls.TryRead(out _);
                nudged = nudges.Polls.WaitToReadAsync(stoppingToken).AsTask();
            }
        }
    }

    /// <summary>One round over every mailbox folder; failures are logged per folder.</summary>
    public Task PollOnceAsync(CancellationToken cancellationToken) =>
        Task.WhenAll(options.Value.Mailboxes.Select(async mailbox =>
        {
            foreach (var folder in mailbox.Folders)
            {
                try
                {
                    await sync.SyncFolderAsync(mailbox.User, folder, cancellationToken);
                }
                catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
                {
                    LogRoundFailed(logger, mailbox.User, folder, ex);
                }
            }
        }));

    [LoggerMessage(EventId = 2221, Level = LogLevel.Error,
        Message = "Graph mailbox {User} folder {Folder}: the round failed; the next one resumes from the saved position")]
    private static partial void LogRoundFailed(ILogger logger, string user, string folder, Exception exception);
}
