using Microsoft.Extensions.Options;
using OutreachBot.Host.Mailbox.Graph;

namespace OutreachBot.Host.Operations;

/// <summary>
/// When change notifications are on, every configured mailbox folder has a Graph subscription that has not expired
/// (the subscriptions service renews them; an expired one means notifications stopped and only polling is left).
/// </summary>
public sealed class SubscriptionReadiness(
    IServiceProvider services,
    IOptions<GraphMailOptions> mail,
    IOptions<GraphNotificationOptions> notifications,
    TimeProvider time) : IReadinessCheck
{
    public async Task<DependencyState> CheckAsync(CancellationToken cancellationToken)
    {
        if (!mail.Value.Enabled || !notifications.Value.Enabled)
        {
            return new DependencyState("subscriptions", DependencyState.NotConfigured, "Graph:Notifications is off: mail is polled.");
        }

        var records = services.GetRequiredService<GraphSubscriptionRecords>();
        var now = time.GetUtcNow();
        var folders = mail.Value.Mailboxes.SelectMany(m => m.Folders.Select(f => (m.User, Folder: f))).ToList();
        var unhealthy = 0;
        foreach (var (user, folder) in folders)
        {
            if (await records.FindAsync(user, folder, cancellationToken) is not { } record || record.ExpiresAt <= now)
            {
                unhealthy++;
            }
        }

        return unhealthy == 0
            ? new DependencyState("subscriptions", DependencyState.Ready, $"{folders.Count} mail folder subscription(s) current.")
            : new DependencyState("subscriptions", DependencyState.Failing, $"{unhealthy} of {folders.Count} mail folder subscription(s) missing or expired.");
    }
}
