using OutreachBot.Clinic.Pipeline;
using OutreachBot.Host.Pipeline;

namespace OutreachBot.Host.Calendars;

/// <summary>
/// Records each evaluation change as a line of the referral's history, at the stage the referral is in: a move or a
/// cancellation changes no stage here (what a cancellation means for the pipeline is the intake flow's decision).
/// </summary>
public sealed partial class PipelineEvaluationChanges(ReferralStore referrals, ILogger<PipelineEvaluationChanges> logger) : IEvaluationChanges
{
    public async Task ReportAsync(EvaluationChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var kind = change.Kind switch
        {
            EvaluationChangeKind.Moved => PipelineEventKind.EvaluationMoved,
            EvaluationChangeKind.Cancelled => PipelineEventKind.EvaluationCancelled,
            _ => PipelineEventKind.EvaluationEnded,
        };
        var detail = change.NewStart?.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
        var recorded = await referrals.AppendEventAsync(change.ReferralId, kind, change.At, detail, cancellationToken);
        LogReported(logger, change.ReferralId, change.Kind, recorded);
    }

    [LoggerMessage(EventId = 2311, Level = LogLevel.Information, Message = "Referral {ReferralId}: evaluation {Kind} (recorded now: {Recorded})")]
    private static partial void LogReported(ILogger logger, string referralId, EvaluationChangeKind kind, bool recorded);
}
