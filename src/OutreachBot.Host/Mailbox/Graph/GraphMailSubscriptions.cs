using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace OutreachBot.Host.Mailbox.Graph;

/// <summary>
/// Keeps one Graph subscription per mail folder alive: created when missing or expired, renewed (PATCH) when it is
/// within <see cref="GraphNotificationOptions.RenewBefore"/> of expiring or Graph asks for reauthorization, made again
/// when Graph removed it. Checked every <see cref="GraphNotificationOptions.CheckInterval"/> on the app's clock, the
/// first time once the app listens (Graph validates the notification URL while creating a subscription). Removed on
/// shutdown when <see cref="GraphNotificationOptions.RemoveOnShutdown"/> is set.
/// </summary>
public sealed partial class GraphMailSubscriptions(
    GraphServiceClient graph,
    GraphSubscriptionRecords records,
    GraphMailNudges nudges,
    IOptions<GraphNotificationOptions> notifications,
    IOptions<GraphMailOptions> mail,
    TimeProvider time,
    ILogger<GraphMailSubscriptions> logger,
    IHostApplicationLifetime? lifetime = null) : BackgroundService
{
    private static readonly TimeSpan RemovalTimeLimit = TimeSpan.FromSeconds(10);

    // Graph answers a creation once it has validated the notification URL (it allows itself 10 s for that).
    private static readonly TimeSpan CreationTimeLimit = TimeSpan.FromSeconds(20);

    private bool Active => notifications.Value.Enabled && mail.Value.Enabled;

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (Active && notifications.Value.RemoveOnShutdown)
        {
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            limit.CancelAfter(RemovalTimeLimit);
            await RemoveAllAsync(limit.Token);
        }
    }

    /// <summary>Deletes every folder's subscription (Graph stops notifying) and forgets it.</summary>
    public async Task RemoveAllAsync(CancellationToken cancellationToken)
    {
        foreach (var mailbox in mail.Value.Mailboxes)
        {
            foreach (var folder in mailbox.Folders)
            {
                try
                {
                    if (await records.FindAsync(mailbox.User, folder, cancellationToken) is { } record)
                    {
                        await DeleteAsync(record.SubscriptionId, cancellationToken);
                        await records.RemoveAsync(mailbox.User, folder, cancellationToken);
                        LogRemoved(logger, mailbox.User, folder, record.SubscriptionId);
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogRemoveFailed(logger, mailbox.User, folder, ex); // it expires by itself
                }
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Active)
        {
            return;
        }

        await WhenListeningAsync(stoppingToken);
        using var timer = new PeriodicTimer(notifications.Value.CheckInterval, time);
        var tick = timer.WaitForNextTickAsync(stoppingToken).AsTask();
        var asked = nudges.Subscriptions.WaitToReadAsync(stoppingToken).AsTask();
        var requests = new List<SubscriptionRequest>();
        while (true)
        {
            try
            {
                await EnsureAllAsync(requests, stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogCheckFailed(logger, ex);
            }

            requests.Clear();
            if (await Task.WhenAny(tick, asked) == tick)
            {
                if (!await tick)
                {
                    return;
                }

                tick = timer.WaitForNextTickAsync(stoppingToken).AsTask();
            }
            else
            {
                await asked;
                asked = nudges.Subscriptions.WaitToReadAsync(stoppingToken).AsTask();
            }

            while (nudges.Subscriptions.TryRead(out var request))
            {
                requests.Add(request);
            }
        }
    }

    /// <summary>One check of every folder's subscription, with what lifecycle notifications asked for.</summary>
    public async Task EnsureAllAsync(IReadOnlyCollection<SubscriptionRequest> requests, CancellationToken cancellationToken)
    {
        foreach (var mailbox in mail.Value.Mailboxes)
        {
            foreach (var folder in mailbox.Folders)
            {
                await EnsureAsync(mailbox.User, folder, requests, cancellationToken);
            }
        }
    }

    private async Task EnsureAsync(string user, string folder, IReadOnlyCollection<SubscriptionRequest> requests, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var record = await records.FindAsync(user, folder, cancellationToken);
        var asked = record is null ? null : requests.FirstOrDefault(r => r.SubscriptionId == record.SubscriptionId);
        if (record is null || record.ExpiresAt <= now || asked is { Recreate: true })
        {
            await CreateAsync(user, folder, cancellationToken);
        }
        else if (asked is not null || record.ExpiresAt - now <= notifications.Value.RenewBefore)
        {
            await RenewAsync(user, folder, record, cancellationToken);
        }
    }

    private async Task WhenListeningAsync(CancellationToken stoppingToken)
    {
        if (lifetime is null || lifetime.ApplicationStarted.IsCancellationRequested)
        {
            return;
        }

        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var registration = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await started.Task.WaitAsync(stoppingToken);
    }

    private async Task DeleteAsync(string subscriptionId, CancellationToken cancellationToken)
    {
        try
        {
            await graph.Subscriptions[subscriptionId].DeleteAsync(cancellationToken: cancellationToken);
        }
        catch (ODataError ex) when (ex.ResponseStatusCode == 404)
        {
            // already gone
        }
    }

    private async Task CreateAsync(string user, string folder, CancellationToken cancellationToken)
    {
        var options = notifications.Value;
        var expires = time.GetUtcNow() + options.Lifetime;
        cancellationToken.ThrowIfCancellationRequested();
        // Once sent, the creation is not cancelled by the bot stopping: Graph may have made the subscription already,
        // and an answer never read is a subscription never recorded, so never renewed nor removed (it would notify
        // until it expires). Stopping waits for the answer (BackgroundService.StopAsync awaits ExecuteAsync), within a limit.
        using var answer = new CancellationTokenSource(CreationTimeLimit, time);
        var created = await graph.Subscriptions.PostAsync(new Subscription
        {
            ChangeType = "created",
            NotificationUrl = options.NotificationUrl!.ToString(),
            LifecycleNotificationUrl = options.NotificationUrl.ToString(),
            Resource = $"users/{user}/mailFolders('{folder}')/messages",
            ExpirationDateTime = expires,
            ClientState = options.ClientState,
        }, cancellationToken: answer.Token) ?? throw new InvalidOperationException("Graph created a subscription but returned nothing.");
        // Recorded even when the bot is stopping meanwhile: a subscription made and not recorded would be made again.
        await records.SaveAsync(user, folder, new GraphSubscriptionRecord(created.Id!, created.ExpirationDateTime ?? expires), CancellationToken.None);
        LogCreated(logger, user, folder, created.Id!);
        nudges.RequestPoll(); // whatever arrived while there was no subscription
    }

    private async Task RenewAsync(string user, string folder, GraphSubscriptionRecord record, CancellationToken cancellationToken)
    {
        var expires = time.GetUtcNow() + notifications.Value.Lifetime;
        try
        {
            // A fresh model: the SDK sends only the properties set on it.
            var renewed = await graph.Subscriptions[record.SubscriptionId].PatchAsync(new Subscription { ExpirationDateTime = expires }, cancellationToken: cancellationToken);
            await records.SaveAsync(user, folder, record with { ExpiresAt = renewed?.ExpirationDateTime ?? expires }, cancellationToken);
            LogRenewed(logger, user, folder, record.SubscriptionId);
        }
        catch (ODataError ex) when (ex.ResponseStatusCode == 404)
        {
            await CreateAsync(user, folder, cancellationToken);
        }
    }

    [LoggerMessage(EventId = 2241, Level = LogLevel.Information, Message = "Graph mailbox {User} folder {Folder}: subscription {SubscriptionId} created")]
    private static partial void LogCreated(ILogger logger, string user, string folder, string subscriptionId);

    [LoggerMessage(EventId = 2242, Level = LogLevel.Information, Message = "Graph mailbox {User} folder {Folder}: subscription {SubscriptionId} renewed")]
    private static partial void LogRenewed(ILogger logger, string user, string folder, string subscriptionId);

    [LoggerMessage(EventId = 2244, Level = LogLevel.Information, Message = "Graph mailbox {User} folder {Folder}: subscription {SubscriptionId} removed on shutdown")]
    private static partial void LogRemoved(ILogger logger, string user, string folder, string subscriptionId);

    [LoggerMessage(EventId = 2245, Level = LogLevel.Warning, Message = "Graph mailbox {User} folder {Folder}: the subscription could not be removed; it lapses when it expires")]
    private static partial void LogRemoveFailed(ILogger logger, string user, string folder, Exception exception);

    [LoggerMessage(EventId = 2243, Level = LogLevel.Error, Message = "Checking the Graph subscriptions failed; the next check retries")]
    private static partial void LogCheckFailed(ILogger logger, Exception exception);
}
