using System.Threading.Channels;
using Microsoft.Extensions.Options;
using OutreachBot.Protocol.Activities;

namespace OutreachBot.Protocol.Hosting;

/// <summary>Accepted activities waiting for the background workers.</summary>
public sealed class InboundActivities(IOptions<ActivityProcessingOptions> options)
{
    private readonly Channel<Activity> _channel = Channel.CreateBounded<Activity>(
        new BoundedChannelOptions(options.Value.QueueCapacity) { FullMode = BoundedChannelFullMode.Wait });

    /// <summary>
    /// Queues the activity, waiting up to <see cref="ActivityProcessingOptions.EnqueueWait"/> for room when the queue
    /// is full (a burst slows the answers a little rather than making the channel retry); false when still full.
    /// </summary>
    public async ValueTask<bool> TryEnqueueAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (_channel.Writer.TryWrite(activity))
        {
            return true;
        }

        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        wait.CancelAfter(options.Value.EnqueueWait);
        try
        {
            while (await _channel.Writer.WaitToWriteAsync(wait.Token))
            {
                if (_channel.Writer.TryWrite(activity))
                {
                    return true;
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Still full after the wait.
        }

        return false;
    }

    /// <summary>The activities, for the workers.</summary>
    public ChannelReader<Activity> Reader => _channel.Reader;
}
