using System.Threading.Channels;

namespace OutreachBot.Host.Mailbox.Graph;

/// <summary>What a lifecycle notification asks of a subscription.</summary>
public sealed record SubscriptionRequest(string SubscriptionId, bool Recreate);

/// <summary>
/// The queue between the notifications endpoint (which answers 202 at once) and the background work: a request to
/// poll now (coalesced: one pending poll covers any number of notifications) and subscription renewals.
/// </summary>
public sealed class GraphMailNudges
{
    private readonly Channel<bool> _polls = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly Channel<SubscriptionRequest> _subscriptions =
        Channel.CreateBounded<SubscriptionRequest>(new BoundedChannelOptions(100) { FullMode = BoundedChannelFullMode.DropOldest });

    public void RequestPoll() => _polls.Writer.TryWrite(true);

    public void RequestSubscription(SubscriptionRequest request) => _subscriptions.Writer.TryWrite(request);

    public ChannelReader<bool> Polls => _polls.Reader;

    public ChannelReader<SubscriptionRequest> Subscriptions => _subscriptions.Reader;
}
