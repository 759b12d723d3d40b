using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.Extensions.Options;
using OutreachBot.Clinic.Scheduling;

namespace OutreachBot.Host.Calendars;

/// <summary>
/// The local equivalent of Exchange calendars: <c>{clinician}.ics</c> in a folder, read with Ical.Net (recurrences
/// expanded, transparent and cancelled events free). A booking is appended as a VEVENT whose UID comes from the
/// referral id, so booking twice finds the first.
/// </summary>
public sealed partial class IcsClinicianCalendars(IOptions<CalendarOptions> options) : IClinicianCalendars, IDisposable
{
    public const string ReferralProperty = "X-OUTREACHBOT-REFERRAL";
    private readonly SemaphoreSlim _writing = new(1, 1);

    public async Task<ClinicianSchedule> GetScheduleAsync(string clinician, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var calendar = await LoadAsync(clinician, cancellationToken);
        if (calendar is null)
        {
            return new ClinicianSchedule([], null);
        }

        // Start a day early: an occurrence that began before the range can still overlap it.
        var busy = calendar.GetOccurrences<CalendarEvent>(new CalDateTime(from.UtcDateTime.AddDays(-1), "UTC"), null)
            .TakeWhileBefore(new CalDateTime(to.UtcDateTime, "UTC"))
            .Where(o => o.Source is CalendarEvent e && !IsFree(e))
            .Select(o => new BusyTime(
                new DateTimeOffset(o.Period.StartTime.AsUtc, TimeSpan.Zero),
                new DateTimeOffset((o.Period.EffectiveEndTime ?? o.Period.StartTime).AsUtc, TimeSpan.Zero)))
            .Where(b => b.End > from && b.Start < to)
            .ToList();
        return new ClinicianSchedule(busy, null);
    }

    public Task<string> BookEvaluationAsync(EvaluationBooking booking, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(booking);
        return AddOnceAsync(booking.Clinician, $"evaluation-{booking.ReferralId}@outreachbot", uid =>
        {
            var evaluation = new CalendarEvent
            {
                Uid = uid,
                Summary = booking.Subject,
                DtStart = new CalDateTime(booking.Slot.Start.UtcDateTime, "UTC"),
                DtEnd = new CalDateTime(booking.Slot.End.UtcDateTime, "UTC"),
            };
            evaluation.AddProperty(ReferralProperty, booking.ReferralId);
            return evaluation;
        }, cancellationToken);
    }

    /// <summary>
    /// Adds the event <paramref name="make"/> builds to <paramref name="calendarName"/>'s file unless one with
    /// <paramref name="uid"/> is there (so a retried booking adds nothing), writing through a staging file so a crash
    /// never leaves half a calendar. Returns the uid.
    /// </summary>
    private async Task<string> AddOnceAsync(string calendarName, string uid, Func<string, CalendarEvent> make, CancellationToken cancellationToken)
    {
        await _writing.WaitAsync(cancellationToken);
        try
        {
            var calendar = await LoadAsync(calendarName, cancellationToken) ?? new Calendar();
            if (calendar.Events.Any(e => e.Uid == uid))
            {
                return uid;
            }

            calendar.Events.Add(make(uid));
            var path = PathOf(calendarName);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var staging = path + ".tmp";
            await File.WriteAllTextAsync(staging, new CalendarSerializer(calendar).SerializeToString(), cancellationToken);
            File.Move(staging, path, overwrite: true);
            return uid;
        }
        finally
        {
            _writing.Release();
        }
    }

    public void Dispose() => _writing.Dispose();

    private static bool IsFree(CalendarEvent e) =>
        string.Equals(e.Transparency, "TRANSPARENT", StringComparison.OrdinalIgnoreCase)
        || string.Equals(e.Status, "CANCELLED", StringComparison.OrdinalIgnoreCase);

    private async Task<Calendar?> LoadAsync(string clinician, CancellationToken cancellationToken)
    {
        var path = PathOf(clinician);
        return File.Exists(path) ? Calendar.Load(await File.ReadAllTextAsync(path, cancellationToken)) : null;
    }

    private string PathOf(string clinician)
    {
        if (string.IsNullOrWhiteSpace(clinician) || Path.GetFileName(clinician) != clinician || clinician.StartsWith('.'))
        {
            throw new ArgumentException("A clinician is named by a plain file name (their e-mail address).", nameof(clinician));
        }

        return Path.Combine(Path.GetFullPath(options.Value.IcsFolder), clinician + ".ics");
    }
}
