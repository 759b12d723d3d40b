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

/// <summary>Clinicians' calendars: Exchange through Graph, or a folder of .ics files.</summary>
public interface IClinicianCalendars
{
    Task<ClinicianSchedule> GetScheduleAsync(string clinician, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    /// <summary>Books the evaluation once: a second call for the same referral returns the event already made.</summary>
    Task<string> BookEvaluationAsync(EvaluationBooking booking, CancellationToken cancellationToken);
}
