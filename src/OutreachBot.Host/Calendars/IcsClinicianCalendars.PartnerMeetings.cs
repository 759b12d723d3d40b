using System.Security.Cryptography;
using System.Text;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;

namespace OutreachBot.Host.Calendars;

public sealed partial class IcsClinicianCalendars : IPartnerMeetings
{
    public const string PartnerProperty = "X-OUTREACHBOT-PARTNER";

    public Task<string> BookPartnerMeetingAsync(PartnerMeetingBooking booking, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(booking);
        var uid = $"outreach-{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(booking.Key)))[..24].ToLowerInvariant()}@outreachbot";
        return AddOnceAsync(booking.Calendar, uid, _ =>
        {
            var meeting = new CalendarEvent
            {
                Uid = uid,
                Summary = booking.Subject,
                DtStart = new CalDateTime(booking.Start.UtcDateTime, "UTC"),
                DtEnd = new CalDateTime(booking.End.UtcDateTime, "UTC"),
                Categories = [booking.Category],
            };
            if (booking.AttendeeEmail is { Length: > 0 } email)
            {
                meeting.Attendees.Add(new Attendee("mailto:" + email) { CommonName = booking.AttendeeName });
            }

            meeting.AddProperty(PartnerProperty, booking.PartnerId);
            return meeting;
        }, cancellationToken);
    }

    public async Task<IReadOnlyList<PartnerMeeting>> MeetingsEndingAsync(string calendar, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var loaded = await LoadAsync(calendar, cancellationToken);
        return loaded is null
            ? []
            : [.. loaded.Events
                .Where(e => e.DtStart is not null && e.Uid is not null)
                .Select(e => new PartnerMeeting(
                    e.Uid!,
                    e.Summary ?? string.Empty,
                    new DateTimeOffset(e.DtStart!.AsUtc, TimeSpan.Zero),
                    new DateTimeOffset((e.DtEnd ?? e.DtStart!).AsUtc, TimeSpan.Zero),
                    string.Equals(e.Status, "CANCELLED", StringComparison.OrdinalIgnoreCase),
                    [.. e.Categories],
                    [.. e.Attendees.Select(a => a.Value?.ToString() ?? string.Empty).Select(v => v.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ? v[7..] : v)],
                    e.Properties.Get<string>(PartnerProperty)))
                .Where(m => m.End > from && m.End <= to)];
    }
}
