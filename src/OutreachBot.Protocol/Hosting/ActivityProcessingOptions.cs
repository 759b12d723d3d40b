using System.ComponentModel.DataAnnotations;

namespace OutreachBot.Protocol.Hosting;

/// <summary>How inbound activities are accepted and processed (section <c>Bot:Processing</c>).</summary>
public sealed class ActivityProcessingOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Bot:Processing";

    /// <summary>The largest request body accepted; larger ones get 413.</summary>
    [Range(16 * 1024, 16 * 1024 * 1024)]
    public int MaxBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>How many non-invoke activities are handled at once in the background.</summary>
    [Range(1, 256)]
    public int MaxConcurrency { get; set; } = 8;

    /// <summary>How many accepted activities may wait; when full, the channel is told to retry (503).</summary>
    [Range(1, 100_000)]
    public int QueueCapacity { get; set; } = 1000;

    /// <summary>How long a request waits for room in a full queue before the channel is told to retry (503).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:10")]
    public TimeSpan EnqueueWait { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long an activity id is remembered to drop a redelivery.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00")]
    public TimeSpan RedeliveryWindow { get; set; } = TimeSpan.FromMinutes(15);
}
