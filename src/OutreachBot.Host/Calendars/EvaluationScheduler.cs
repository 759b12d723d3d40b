using Microsoft.Extensions.Options;
using OutreachBot.Clinic.Scheduling;
using OutreachBot.Host.ClinicProfile;

namespace OutreachBot.Host.Calendars;

/// <summary>Free evaluation slots for a clinician, in the clinic's zone, and booking one.</summary>
public sealed class EvaluationScheduler(IClinicianCalendars calendars, IOptions<CalendarOptions> options, IOptions<ClinicOptions> clinic)
{
    public async Task<IReadOnlyList<EvaluationSlot>> FreeSlotsAsync(string clinician, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var zone = clinic.Value.Zone;
        var schedule = await calendars.GetScheduleAsync(clinician, from, to, cancellationToken);
        var hours = schedule.Hours ?? WorkingHours.Weekdays(settings.WorkDayStart, settings.WorkDayEnd, zone);
        var rules = new EvaluationRules(settings.EvaluationLength, settings.BufferBefore, settings.BufferAfter, settings.SlotStep);
        return SlotCalculator.FreeSlots(from, to, hours, schedule.Busy, rules, zone);
    }

    public Task<string> BookAsync(EvaluationBooking booking, CancellationToken cancellationToken) =>
        calendars.BookEvaluationAsync(booking, cancellationToken);
}
