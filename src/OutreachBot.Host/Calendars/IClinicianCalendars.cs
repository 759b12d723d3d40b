using OutreachBot.Clinic.Scheduling;

namespace OutreachBot.Host.Calendars;

/// <summary>A clinician's busy times, and the working hours their calendar states (null when it states none).</summary>
public sealed record ClinicianSchedule(IReadOnlyList<BusyTime> Busy, WorkingHours? Hours);

/// <summary>
/// An evaluation to put in a clinician's calendar. The patient appears only as initials; the referral id tags the
/// event so a repeat finds it instead of booking twice.
/// </summary>
public sealed record EvaluationBooking(string Clinician, string ReferralId, string PatientInitials, EvaluationSlot Slot)
{
    public string Subject => $"OT evaluation - {PatientInitials}";
}

/// <summary>An evaluation event the bot booked, as the clinician's calendar holds it now.</summary>
public sealed record BookedEvaluation(string ReferralId, string EventId, DateTimeOffset Start, DateTimeOffset End, bool Cancelled, DateTimeOffset? LastModified);

/// <summary>Clinicians' calendars: Exchange through Graph, or a folder of .ics files.</summary>
public interface IClinicianCalendars
{
    Task<ClinicianSchedule> GetScheduleAsync(string clinician, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    /// <summary>Books the evaluation once: a second call for the same referral returns the event already made.</summary>
    Task<string> BookEvaluationAsync(EvaluationBooking booking, CancellationToken cancellationToken);

    /// <summary>The evaluations the bot booked (tagged with a referral id) that overlap the range.</summary>
    Task<IReadOnlyList<BookedEvaluation>> EvaluationsAsync(string clinician, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    /// <summary>One booked evaluation by its event id; null when the calendar no longer has it (deleted).</summary>
    Task<BookedEvaluation?> FindEvaluationAsync(string clinician, string eventId, CancellationToken cancellationToken);
}
