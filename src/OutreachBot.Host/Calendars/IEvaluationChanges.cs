namespace OutreachBot.Host.Calendars;

/// <summary>What happened to an evaluation event the bot booked.</summary>
public enum EvaluationChangeKind
{
    /// <summary>Someone moved it in the clinician's calendar.</summary>
    Moved,

    /// <summary>It was cancelled or deleted.</summary>
    Cancelled,

    /// <summary>Its end time has passed (it took place, as far as the calendar knows).</summary>
    Ended,
}

/// <summary>
/// A change to a booked evaluation, seen in the clinician's calendar. <paramref name="At"/> comes from the calendar
/// (the event's last change, or its end), so reporting the same change again lands on the same history row.
/// </summary>
public sealed record EvaluationChange(string ReferralId, string EventId, EvaluationChangeKind Kind, DateTimeOffset? NewStart, DateTimeOffset At);

/// <summary>Where calendar changes to evaluations go (by default: the referral's history).</summary>
public interface IEvaluationChanges
{
    Task ReportAsync(EvaluationChange change, CancellationToken cancellationToken);
}
