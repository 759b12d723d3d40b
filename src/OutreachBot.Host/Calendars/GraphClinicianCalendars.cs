using System.Globalization;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item.Calendar.GetSchedule;
using OutreachBot.Clinic.Scheduling;
using WorkingHours = OutreachBot.Clinic.Scheduling.WorkingHours;

namespace OutreachBot.Host.Calendars;

/// <summary>
/// Exchange calendars through Graph with application permissions: <c>getSchedule</c> for busy times and working
/// hours (findMeetingTimes is delegated-only), <c>POST /users/{id}/events</c> to book. Times come back with a zone
/// name that may be Windows ("Central Standard Time") or IANA; both resolve through <see cref="TimeZoneInfo"/>.
/// </summary>
public sealed partial class GraphClinicianCalendars(GraphServiceClient graph) : IClinicianCalendars
{
    /// <summary>The referral id on an evaluation event: a single-value extended property in the app's own namespace.</summary>
    public const string ReferralPropertyId = "String {6f1d3c52-8a4e-4f0b-9c2d-5e7a1b3f9d40} Name OutreachBotReferralId";

    private const int ViewIntervalMinutes = 15;

    public async Task<ClinicianSchedule> GetScheduleAsync(string clinician, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        // A fresh body on every call: the SDK's backing store sends only changed properties of a reused model.
        var body = new GetSchedulePostRequestBody
        {
            Schedules = [clinician],
            StartTime = Utc(from),
            EndTime = Utc(to),
            AvailabilityViewInterval = ViewIntervalMinutes,
        };
        var response = await graph.Users[clinician].Calendar.GetSchedule.PostAsGetSchedulePostResponseAsync(
            body, request => request.Headers.Add("Prefer", "outlook.timezone=\"UTC\""), cancellationToken);
        var info = response?.Value?.FirstOrDefault(i => string.Equals(i.ScheduleId, clinician, StringComparison.OrdinalIgnoreCase))
            ?? response?.Value?.FirstOrDefault()
            ?? throw new InvalidOperationException($"getSchedule returned nothing for {clinician}.");
        if (info.Error is { } error)
        {
            throw new InvalidOperationException($"getSchedule could not read {clinician}'s calendar: {error.ResponseCode}.");
        }

        var busy = (info.ScheduleItems ?? [])
            .Where(i => i.Status is not (FreeBusyStatus.Free or FreeBusyStatus.WorkingElsewhere) && i.Start is not null && i.End is not null)
            .Select(i => new BusyTime(Instant(i.Start!), Instant(i.End!)))
            .Concat(AvailabilityView.BusyTimes(info.AvailabilityView, from, TimeSpan.FromMinutes(ViewIntervalMinutes)))
            .ToList();
        return new ClinicianSchedule(busy, Hours(info.WorkingHours));
    }

    public async Task<string> BookEvaluationAsync(EvaluationBooking booking, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(booking);
        var existing = await graph.Users[booking.Clinician].Events.GetAsync(request =>
        {
            request.QueryParameters.Filter =
                $"singleValueExtendedProperties/Any(ep: ep/id eq '{ReferralPropertyId}' and ep/value eq '{booking.ReferralId.Replace("'", "''", StringComparison.Ordinal)}')";
            request.QueryParameters.Select = ["id"];
        }, cancellationToken);
        if (existing?.Value?.FirstOrDefault()?.Id is { } found)
        {
            return found;
        }

        // transactionId makes Graph answer a re-sent POST (the SDK's retry after a timeout) with the event it made.
        var created = await graph.Users[booking.Clinician].Events.PostAsync(new Event
        {
            Subject = booking.Subject,
            Start = Utc(booking.Slot.Start),
            End = Utc(booking.Slot.End),
            ShowAs = FreeBusyStatus.Busy,
            TransactionId = "outreachbot-evaluation-" + booking.ReferralId,
            Body = new ItemBody { ContentType = BodyType.Text, Content = $"OutreachBot referral {booking.ReferralId}" },
            SingleValueExtendedProperties = [new SingleValueLegacyExtendedProperty { Id = ReferralPropertyId, Value = booking.ReferralId }],
        }, cancellationToken: cancellationToken);
        return created?.Id ?? throw new InvalidOperationException("Graph created the event but returned no id.");
    }

    private static DateTimeTimeZone Utc(DateTimeOffset at) =>
        new() { DateTime = at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture), TimeZone = "UTC" };

    internal static DateTimeOffset Instant(DateTimeTimeZone at)
    {
        var local = DateTime.Parse(at.DateTime!, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces);
        return SlotCalculator.ToInstant(local, Zone(at.TimeZone) ?? TimeZoneInfo.Utc);
    }

    private static WorkingHours? Hours(Microsoft.Graph.Models.WorkingHours? hours)
    {
        if (hours?.StartTime is not { } start || hours.EndTime is not { } end || hours.DaysOfWeek is not { Count: > 0 } days
            || Zone(hours.TimeZone?.Name) is not { } zone)
        {
            return null; // no hours, or a custom zone we cannot name: the clinic's default hours apply
        }

        var weekdays = days.OfType<DayOfWeekObject>().Select(d => Enum.Parse<DayOfWeek>(d.ToString(), ignoreCase: true)).ToHashSet();
        return new WorkingHours(weekdays, new TimeOnly(start.Hour, start.Minute, start.Second), new TimeOnly(end.Hour, end.Minute, end.Second), zone);
    }

    private static TimeZoneInfo? Zone(string? name) =>
        string.IsNullOrWhiteSpace(name) ? null
        : name.Equals("UTC", StringComparison.OrdinalIgnoreCase) ? TimeZoneInfo.Utc
        : TimeZoneInfo.TryFindSystemTimeZoneById(name, out var zone) ? zone
        : null;
}
