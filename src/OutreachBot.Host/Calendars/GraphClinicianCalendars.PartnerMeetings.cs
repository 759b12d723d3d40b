using System.Globalization;
using Microsoft.Graph.Models;

namespace OutreachBot.Host.Calendars;

public sealed partial class GraphClinicianCalendars : IPartnerMeetings
{
    /// <summary>The partner id on an outreach event, in the app's own namespace (as the referral id on evaluations).</summary>
    public const string PartnerPropertyId = "String {6f1d3c52-8a4e-4f0b-9c2d-5e7a1b3f9d40} Name OutreachBotPartnerId";

    private const string MeetingKeyPropertyId = "String {6f1d3c52-8a4e-4f0b-9c2d-5e7a1b3f9d40} Name OutreachBotMeetingKey";
    private static readonly string[] MeetingFields = ["id", "subject", "start", "end", "isCancelled", "categories", "attendees"];
    private static readonly string[] PartnerExpand = [$"singleValueExtendedProperties($filter=id eq '{PartnerPropertyId}')"];

    public async Task<string> BookPartnerMeetingAsync(PartnerMeetingBooking booking, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(booking);
        var existing = await graph.Users[booking.Calendar].Events.GetAsync(request =>
        {
            request.QueryParameters.Filter =
                $"singleValueExtendedProperties/Any(ep: ep/id eq '{MeetingKeyPropertyId}' and ep/value eq '{booking.Key.Replace("'", "''", StringComparison.Ordinal)}')";
            request.QueryParameters.Select = ["id"];
        }, cancellationToken);
        if (existing?.Value?.FirstOrDefault()?.Id is { } found)
        {
            return found;
        }

        var created = await graph.Users[booking.Calendar].Events.PostAsync(new Event
        {
            Subject = booking.Subject,
            Start = Utc(booking.Start),
            End = Utc(booking.End),
            ShowAs = FreeBusyStatus.Busy,
            Categories = [booking.Category],
            Attendees = booking.AttendeeEmail is { Length: > 0 } email
                ? [new Attendee { Type = AttendeeType.Required, EmailAddress = new EmailAddress { Address = email, Name = booking.AttendeeName } }]
                : [],
            TransactionId = "outreachbot-meeting-" + booking.Key,
            SingleValueExtendedProperties =
            [
                new SingleValueLegacyExtendedProperty { Id = PartnerPropertyId, Value = booking.PartnerId },
                new SingleValueLegacyExtendedProperty { Id = MeetingKeyPropertyId, Value = booking.Key },
            ],
        }, cancellationToken: cancellationToken);
        return created?.Id ?? throw new InvalidOperationException("Graph created the event but returned no id.");
    }

    public async Task<IReadOnlyList<PartnerMeeting>> MeetingsEndingAsync(string calendar, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var found = new List<PartnerMeeting>();
        var page = await graph.Users[calendar].CalendarView.GetAsync(request =>
        {
            request.QueryParameters.StartDateTime = from.AddDays(-1).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
            request.QueryParameters.EndDateTime = to.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
            request.QueryParameters.Select = MeetingFields;
            request.QueryParameters.Expand = PartnerExpand;
            request.Headers.Add("Prefer", "outlook.timezone=\"UTC\"");
        }, cancellationToken);
        while (page is not null)
        {
            found.AddRange((page.Value ?? []).Select(Meeting).OfType<PartnerMeeting>().Where(m => m.End > from && m.End <= to));
            page = page.OdataNextLink is { } next
                ? await graph.Users[calendar].CalendarView.WithUrl(next).GetAsync(r => r.Headers.Add("Prefer", "outlook.timezone=\"UTC\""), cancellationToken)
                : null;
        }

        return found;
    }

    private static PartnerMeeting? Meeting(Event e) =>
        e.Id is { } id && e.Start is { } start && e.End is { } end
            ? new PartnerMeeting(id, e.Subject ?? string.Empty, Instant(start), Instant(end), e.IsCancelled == true, [.. e.Categories ?? []],
                [.. (e.Attendees ?? []).Select(a => a.EmailAddress?.Address).OfType<string>()],
                e.SingleValueExtendedProperties?.FirstOrDefault(p => string.Equals(p.Id, PartnerPropertyId, StringComparison.OrdinalIgnoreCase))?.Value)
            : null;
}
