using System.Threading.Channels;
using Microsoft.Extensions.Options;
using OutreachBot.Protocol.Activities;

namespace OutreachBot.Protocol.Hosting;

/// <summary>Accepted activities waiting for the background workers.</summary>
public sealed class InboundActivities(IOptions<ActivityProcessingOptions> options)
{
    private readonly Channel<Activity> _channel = Channel.CreateBounded<Activity>(
        new BoundedChannelOptions(options.Value.QueueCapacity) { FullMode = BoundedChannelFullMode.Wait });

    /// <summary>Queues the activity; false when the queue is full.</summary>
    public bool TryEnqueue(Activity activity) => _channel.Writer.TryWrite(activity);

    /// <summary>The activities, for the workers.</summary>
    public ChannelReader<Activity> Reader => _channel.Reader;
}
