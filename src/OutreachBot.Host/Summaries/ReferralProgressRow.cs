using System.Globalization;
using Azure;
using Azure.Data.Tables;
using OutreachBot.Clinic;
using OutreachBot.Clinic.Pipeline;
using OutreachBot.Clinic.Summaries;

namespace OutreachBot.Host.Summaries;

/// <summary>
/// A referral's <see cref="ReferralProgress"/> as a row of the PipelineIndex table: in its received day's partition
/// (<c>d-2026-11-24</c>, UTC) for the period summaries, and in partition <c>open</c> while it is open. Row = referral id.
/// </summary>
public sealed class ReferralProgressRow : ITableEntity
{
    public const string OpenPartition = "open";
    private const string DayPrefix = "d-";

    public string PartitionKey { get; set; } = string.Empty;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }
    public string? Pathway { get; set; }
    public string Source { get; set; } = ReferralProgress.UnknownSource;
    public string? ReferrerRole { get; set; }
    public string Stage { get; set; } = nameof(PipelineStage.Received);
    public DateTimeOffset? FirstContactAt { get; set; }
    public DateTimeOffset? EvaluationScheduledAt { get; set; }
    public DateTimeOffset? EvaluationCompletedAt { get; set; }
    public DateTimeOffset LastMovedAt { get; set; }
    public string? AssigneeId { get; set; }
    public string? AssigneeName { get; set; }

    /// <summary>The partition of the day (UTC) <paramref name="receivedAt"/> falls in.</summary>
    public static string DayPartition(DateTimeOffset receivedAt) =>
        DayPrefix + receivedAt.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static ReferralProgressRow From(ReferralProgress progress, string partitionKey) => new()
    {
        PartitionKey = partitionKey,
        RowKey = progress.ReferralId,
        ReceivedAt = progress.ReceivedAt,
        Pathway = progress.Pathway?.ToString(),
        Source = progress.Source,
        ReferrerRole = progress.ReferrerRole?.ToString(),
        Stage = progress.Stage.ToString(),
        FirstContactAt = progress.FirstContactAt,
        EvaluationScheduledAt = progress.EvaluationScheduledAt,
        EvaluationCompletedAt = progress.EvaluationCompletedAt,
        LastMovedAt = progress.LastMovedAt,
        AssigneeId = progress.AssigneeId,
        AssigneeName = progress.AssigneeName,
    };

    public ReferralProgress ToProgress() => new()
    {
        ReferralId = RowKey,
        ReceivedAt = ReceivedAt,
        Pathway = Enum.TryParse<Pathway>(Pathway, out var pathway) ? pathway : null,
        Source = Source,
        ReferrerRole = Enum.TryParse<ReferrerRole>(ReferrerRole, out var role) ? role : null,
        Stage = Enum.TryParse<PipelineStage>(Stage, out var stage) ? stage : PipelineStage.Received,
        FirstContactAt = FirstContactAt,
        EvaluationScheduledAt = EvaluationScheduledAt,
        EvaluationCompletedAt = EvaluationCompletedAt,
        LastMovedAt = LastMovedAt,
        AssigneeId = AssigneeId,
        AssigneeName = AssigneeName,
    };
}
