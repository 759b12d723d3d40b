using OutreachBot.Clinic.Pipeline;
using OutreachBot.Clinic.Referrals;

namespace OutreachBot.Clinic.Summaries;

/// <summary>
/// How far one referral has come: when it reached each stage of the funnel, where it stands, when it last moved.
/// The summaries' unit of account; it holds the referral's source and pathway but nothing about the patient.
/// </summary>
public sealed record ReferralProgress
{
    public required string ReferralId { get; init; }
    public required DateTimeOffset ReceivedAt { get; init; }
    public Pathway? Pathway { get; init; }

    /// <summary>Who sent it: the referrer's organization, or "Unknown source".</summary>
    public required string Source { get; init; }

    public ReferrerRole? ReferrerRole { get; init; }
    public PipelineStage Stage { get; init; }
    public DateTimeOffset? FirstContactAt { get; init; }
    public DateTimeOffset? EvaluationScheduledAt { get; init; }
    public DateTimeOffset? EvaluationCompletedAt { get; init; }

    /// <summary>The last time anything happened to it (an assignment or a stage change).</summary>
    public required DateTimeOffset LastMovedAt { get; init; }

    public string? AssigneeId { get; init; }
    public string? AssigneeName { get; init; }

    public const string UnknownSource = "Unknown source";

    /// <summary>Whether it still waits on the clinic: not evaluated, declined, unreachable or closed.</summary>
    public bool IsOpen => Stage is PipelineStage.Received or PipelineStage.FirstContact or PipelineStage.EvaluationScheduled;

    /// <summary>The source a referral counts under.</summary>
    public static string SourceOf(Referrer referrer)
    {
        ArgumentNullException.ThrowIfNull(referrer);
        return string.IsNullOrWhiteSpace(referrer.Organization) ? UnknownSource : referrer.Organization.Trim();
    }

    /// <summary>
    /// The progress after <paramref name="pipelineEvent"/>, from what was known before (null for none). Reaching a
    /// stage also reaches those before it (an evaluation booked on the first call is a first contact too); each
    /// "reached" time keeps its earliest value, so a replayed or late event changes nothing it should not.
    /// </summary>
    public static ReferralProgress After(ReferralProgress? before, Referral referral, PipelineEvent pipelineEvent)
    {
        ArgumentNullException.ThrowIfNull(referral);
        ArgumentNullException.ThrowIfNull(pipelineEvent);
        var at = pipelineEvent.At;
        var reached = pipelineEvent.Kind is PipelineEventKind.StageChanged ? pipelineEvent.Stage : (PipelineStage?)null;
        var newer = before is null || at >= before.LastMovedAt;
        return new ReferralProgress
        {
            ReferralId = referral.Id,
            ReceivedAt = referral.ReceivedAt,
            Pathway = referral.Pathway,
            Source = SourceOf(referral.Referrer),
            ReferrerRole = referral.Referrer.Role,
            Stage = newer ? referral.Stage : before!.Stage,
            FirstContactAt = Earliest(before?.FirstContactAt, reached is PipelineStage.FirstContact or PipelineStage.EvaluationScheduled or PipelineStage.EvaluationCompleted ? at : null),
            EvaluationScheduledAt = Earliest(before?.EvaluationScheduledAt, reached is PipelineStage.EvaluationScheduled or PipelineStage.EvaluationCompleted ? at : null),
            EvaluationCompletedAt = Earliest(before?.EvaluationCompletedAt, reached is PipelineStage.EvaluationCompleted ? at : null),
            LastMovedAt = newer ? at : before!.LastMovedAt,
            AssigneeId = referral.AssignedTo?.Id,
            AssigneeName = referral.AssignedTo?.Name,
        };
    }

    private static DateTimeOffset? Earliest(DateTimeOffset? a, DateTimeOffset? b) =>
        a is null ? b : b is null ? a : (a < b ? a : b);
}
