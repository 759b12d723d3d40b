using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace OutreachBot.Host.Tests.Graph;

public sealed partial class FakeGraphServer
{
    private readonly HttpClient _notifier = new() { Timeout = TimeSpan.FromSeconds(10) };
    private int _notificationsPosted;
    private int _notificationsAccepted;

    /// <summary>When set, a new subscription's notification URL must pass Graph's validationToken handshake first.</summary>
    public bool ValidateNotificationUrls { get; set; }

    /// <summary>Change notification POSTs made to the bot, and how many it answered 202.</summary>
    public int NotificationsPosted => _notificationsPosted;

    public int NotificationsAccepted => _notificationsAccepted;

    /// <summary>Raised when a delta page ends a round (it carries the delta link).</summary>
    public event Action? RoundEnded;

    /// <summary>
    /// Adds messages to a folder and tells every subscription on it, as Graph does, <paramref name="copies"/> times
    /// over (Graph delivers at least once, so a notification may come twice).
    /// </summary>
    public async Task DeliverAsync(string user, string folder, IReadOnlyList<FakeGraphMessage> messages, int copies, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        foreach (var message in messages)
        {
            Folder(user, folder).Add(message);
        }

        var watching = Subscriptions.Values.Where(s =>
            Property(s.Created, "resource")?.GetString() is { } resource
            && resource.Contains(user, StringComparison.OrdinalIgnoreCase)
            && resource.Contains($"('{folder}')", StringComparison.OrdinalIgnoreCase)).ToList();
        foreach (var subscription in watching)
        {
            var body = new Dictionary<string, object?>
            {
                ["value"] = messages.Select(m => new Dictionary<string, object?>
                {
                    ["subscriptionId"] = subscription.Id,
                    ["clientState"] = Property(subscription.Created, "clientState")?.GetString(),
                    ["changeType"] = "created",
                    ["resource"] = $"Users/{user}/Messages/{m.Id}",
                    ["resourceData"] = new Dictionary<string, object?> { ["@odata.type"] = "#Microsoft.Graph.Message", ["id"] = m.Id },
                    ["subscriptionExpirationDateTime"] = subscription.ExpiresAt,
                    ["tenantId"] = "00000000-0000-0000-0000-000000000001",
                }).ToList(),
            };
            var url = Property(subscription.Created, "notificationUrl")!.Value.GetString()!;
            for (var i = 0; i < copies; i++)
            {
                Interlocked.Increment(ref _notificationsPosted);
                using var response = await _notifier.PostAsJsonAsync(url, body, cancellationToken);
                if (response.StatusCode == HttpStatusCode.Accepted)
                {
                    Interlocked.Increment(ref _notificationsAccepted);
                }
            }
        }
    }

    // Graph POSTs ?validationToken=... to a new subscription's URL and wants it echoed as text/plain within 10 s.
    private async Task<bool> PassesValidationAsync(JsonElement created, CancellationToken cancellationToken)
    {
        if (!ValidateNotificationUrls)
        {
            return true;
        }

        var token = "Validation: Testing client application reachability for subscription Request-Id: " + Guid.NewGuid();
        var url = Property(created, "notificationUrl")!.Value.GetString() + "?validationToken=" + Uri.EscapeDataString(token);
        using var response = await _notifier.PostAsync(url, null, cancellationToken);
        return response.StatusCode == HttpStatusCode.OK
            && response.Content.Headers.ContentType?.MediaType == "text/plain"
            && await response.Content.ReadAsStringAsync(cancellationToken) == token;
    }

    private void OnRoundEnded() => RoundEnded?.Invoke();
}
