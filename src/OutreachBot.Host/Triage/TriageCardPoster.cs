using System.Threading.Channels;
using OutreachBot.Host.Pipeline;
using OutreachBot.Protocol.Activities;
using OutreachBot.Protocol.Connector;

namespace OutreachBot.Host.Triage;

/// <summary>
/// Posts the cards of referrals that have none yet to the triage channel: when a referral arrives, when the channel
/// is chosen, and every minute as a safety net. Each card is claimed first, so two instances never both post it.
/// </summary>
public sealed partial class TriageCardPoster(
    ReferralStore referrals,
    TriageChannel triageChannel,
    IntakeActions intake,
    IConnectorClient connector,
    TriageCards cards,
    TimeProvider time,
    ILogger<TriageCardPoster> logger) : BackgroundService
{
    private static readonly TimeSpan SafetyNetInterval = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan StaleClaim = TimeSpan.FromMinutes(2);
    private readonly Channel<bool> _nudges = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>Asks for pending cards to be posted soon.</summary>
    public void Nudge() => _nudges.Writer.TryWrite(true);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        Nudge();
        using var safetyNet = new PeriodicTimer(SafetyNetInterval, time);
        var tick = safetyNet.WaitForNextTickAsync(stoppingToken).AsTask();
        while (!stoppingToken.IsCancellationRequested)
        {
            var nudge = _nudges.Reader.WaitToReadAsync(stoppingToken).AsTask();
            var woke = await Task.WhenAny(nudge, tick);
            if (woke == tick)
            {
                if (!await tick) { return; }
                tick = safetyNet.WaitForNextTickAsync(stoppingToken).AsTask();
            }

            _nudges.Reader.TryRead(out _);
            try
            {
                await PostPendingAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogPostingFailed(logger, ex);
            }
        }
    }

    /// <summary>Posts every pending card; returns how many were posted.</summary>
    public async Task<int> PostPendingAsync(CancellationToken cancellationToken)
    {
        if (await triageChannel.GetAsync(cancellationToken) is not { } channel)
        {
            return 0;
        }

        var posted = 0;
        await foreach (var row in referrals.AwaitingCardAsync(cancellationToken))
        {
            if (!await referrals.TryClaimCardPostingAsync(row, time.GetUtcNow(), StaleClaim, cancellationToken))
            {
                continue;
            }

            var card = cards.ForChannel(row.ToReferral());
            var message = new Activity
            {
                Type = ActivityTypes.Message,
                ChannelId = channel.ChannelId,
                Conversation = new ConversationAccount { Id = channel.ConversationId, IsGroup = true, ConversationType = channel.ConversationType, TenantId = channel.TenantId },
                From = channel.Bot,
                Attachments = [Attachment.AdaptiveCard(card)],
                Summary = $"New referral {row.PartitionKey}",
            };
            var activityId = await connector.SendToConversationAsync(channel.ServiceUrl, channel.ConversationId, message, cancellationToken);
            await referrals.RecordCardAsync(row, channel.ServiceUrl, channel.ConversationId, activityId ?? string.Empty, cancellationToken);
            LogCardPosted(logger, row.PartitionKey);
            await CatchUpAsync(row.PartitionKey, card, cancellationToken);
            posted++;
        }

        return posted;
    }

    // Someone may have taken the intake while the card was on its way (the assignment found no card to update):
    // read the referral again and bring the card up to date.
    private async Task CatchUpAsync(string referralId, System.Text.Json.Nodes.JsonObject posted, CancellationToken cancellationToken)
    {
        if (await referrals.FindAsync(referralId, cancellationToken) is not { AssignedToId: not null } current)
        {
            return;
        }

        var card = cards.ForChannel(current.ToReferral());
        if (!System.Text.Json.Nodes.JsonNode.DeepEquals(card, posted))
        {
            await intake.UpdateChannelCardAsync(current, card, cancellationToken);
        }
    }

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Posted the triage card of referral {ReferralId}")]
    private static partial void LogCardPosted(ILogger logger, string referralId);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Error, Message = "Posting triage cards failed; they will be retried")]
    private static partial void LogPostingFailed(ILogger logger, Exception exception);
}
