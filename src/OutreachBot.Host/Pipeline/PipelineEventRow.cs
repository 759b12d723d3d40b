using Azure;
using Azure.Data.Tables;
using OutreachBot.Clinic.Pipeline;

namespace OutreachBot.Host.Pipeline;

/// <summary>One history line of a referral, in the referral's partition (row <c>event-{ticks}-{kind}</c>).</summary>
public sealed class PipelineEventRow : ITableEntity
{
    public const string RowKeyPrefix = "event-";

    public string PartitionKey { get; set; } = string.Empty;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Kind { get; set; } = string.Empty;
    public string Stage { get; set; } = string.Empty;
    public string? ActorId { get; set; }
    public string? ActorName { get; set; }
    public DateTimeOffset At { get; set; }
    public string? Detail { get; set; }

    /// <summary>The card the action came from (triage, intake); null for the bot's own events.</summary>
    public string? FromCard { get; set; }

    // The row key orders a referral's history by time; the kind makes a replay of the same event land on the same row.
    public static PipelineEventRow From(PipelineEvent pipelineEvent) => new()
    {
        PartitionKey = pipelineEvent.ReferralId,
        RowKey = $"{RowKeyPrefix}{pipelineEvent.At.UtcTicks:D19}-{pipelineEvent.Kind}",
        Kind = pipelineEvent.Kind.ToString(),
        Stage = pipelineEvent.Stage.ToString(),
        ActorId = pipelineEvent.Actor?.Id,
        ActorName = pipelineEvent.Actor?.Name,
        At = pipelineEvent.At,
        Detail = pipelineEvent.Detail,
        FromCard = pipelineEvent.FromCard,
    };
}
