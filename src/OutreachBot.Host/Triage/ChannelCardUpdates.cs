using System.Text.Json.Nodes;
using OutreachBot.Host.Pipeline;
using OutreachBot.Protocol.Activities;
using OutreachBot.Protocol.Connector;

namespace OutreachBot.Host.Triage;

/// <summary>
/// Replaces referrals' cards in the triage channel for everyone, off the clicker's invoke: the person who clicked gets
/// their card back as the invoke response at once, and the channel's copy follows. Per referral the updates go out one
/// at a time and only the latest waiting card is sent (a newer state replaces one not yet sent), so the channel never
/// ends on an older card than this instance last drew. The connector paces sends per conversation (a busy channel
/// waits for its turn): that wait no longer lands on the person clicking.
/// </summary>
public sealed partial class ChannelCardUpdates(IConnectorClient connector, ILogger<ChannelCardUpdates> logger) : IHostedService, IDisposable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (ReferralRow Row, JsonObject Card)> _waiting = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Task> _sending = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();

    /// <summary>Queues the channel card of <paramref name="row"/>'s referral to be replaced by <paramref name="card"/>.</summary>
    public void Enqueue(ReferralRow row, JsonObject card)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(card);
        if (row is not { CardServiceUrl: not null, CardConversationId: not null, CardActivityId.Length: > 0 })
        {
            return;
        }

        var key = row.PartitionKey;
        lock (_gate)
        {
            _waiting[key] = (row, (JsonObject)card.DeepClone());
            if (!_sending.ContainsKey(key))
            {
                _sending[key] = Task.Run(() => SendAllAsync(key), CancellationToken.None);
            }
        }
    }

    /// <summary>Completes when every update queued so far has been sent (or has failed and been logged).</summary>
    public Task WhenSentAsync()
    {
        lock (_gate)
        {
            return Task.WhenAll(_sending.Values);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>On shutdown, what is queued is still sent while the host's stop timeout allows.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await WhenSentAsync().WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            await _stopping.CancelAsync();
        }
    }

    public void Dispose() => _stopping.Dispose();

    private async Task SendAllAsync(string key)
    {
        while (true)
        {
            (ReferralRow Row, JsonObject Card) next;
            lock (_gate)
            {
                if (!_waiting.Remove(key, out next))
                {
                    _sending.Remove(key);
                    return;
                }
            }

            await SendAsync(next.Row, next.Card, _stopping.Token);
        }
    }

    private async Task SendAsync(ReferralRow row, JsonObject card, CancellationToken cancellationToken)
    {
        var update = new Activity
        {
            Type = ActivityTypes.Message,
            Conversation = new ConversationAccount { Id = row.CardConversationId! },
            Attachments = [Attachment.AdaptiveCard(card)],
        };
        try
        {
            await connector.UpdateActivityAsync(row.CardServiceUrl!, row.CardConversationId!, row.CardActivityId!, update, cancellationToken);
        }
        catch (Exception ex) when (ex is ConnectorException or HttpRequestException or OperationCanceledException)
        {
            // The change is saved; the card catches up on its next refresh or update.
            LogCardUpdateFailed(logger, ex, row.PartitionKey);
        }
    }

    [LoggerMessage(EventId = 3106, Level = LogLevel.Warning, Message = "Updating the channel card of referral {ReferralId} failed")]
    private static partial void LogCardUpdateFailed(ILogger logger, Exception exception, string referralId);
}
