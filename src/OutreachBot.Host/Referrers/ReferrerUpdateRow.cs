using Azure;
using Azure.Data.Tables;

namespace OutreachBot.Host.Referrers;

/// <summary>
/// An update owed to a referrer, in partition <c>loop</c> of the PipelineIndex table (row <c>{referral id}-{kind}</c>):
/// owed → proposing (an instance claimed it) → proposed (the clinician has the card) → sent or skipped.
/// </summary>
public sealed class ReferrerUpdateRow : ITableEntity
{
    public const string LoopPartition = "loop";

    public string PartitionKey { get; set; } = LoopPartition;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string ReferralId { get; set; } = string.Empty;
    public string Kind { get; set; } = string.Empty;
    public string State { get; set; } = ReferrerUpdateState.Owed;

    /// <summary>When the evaluation was completed or the goals set.</summary>
    public DateTimeOffset At { get; set; }

    /// <summary>The clinician who approves the update: who completed the evaluation, else the assignee.</summary>
    public string? ClinicianId { get; set; }
    public string? ClinicianName { get; set; }

    /// <summary>When the current state began (a stale "proposing" is taken over).</summary>
    public DateTimeOffset Since { get; set; }
    public string? SkippedBecause { get; set; }
    public string? CardServiceUrl { get; set; }
    public string? CardConversationId { get; set; }
    public string? CardActivityId { get; set; }

    public static string RowKeyFor(string referralId, string kind) => $"{referralId}-{kind}";
}

/// <summary>The states of a <see cref="ReferrerUpdateRow"/>.</summary>
public static class ReferrerUpdateState
{
    public const string Owed = "Owed";
    public const string Proposing = "Proposing";
    public const string Proposed = "Proposed";
    public const string Sent = "Sent";
    public const string Skipped = "Skipped";
}
