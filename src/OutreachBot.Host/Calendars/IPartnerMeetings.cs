namespace OutreachBot.Host.Calendars;

/// <summary>
/// A call or visit with a referral partner to put in a staff member's calendar: categorised (by default "Partner
/// outreach"), with the partner's contact as attendee. <see cref="Key"/> makes booking once; the partner id tags the event.
/// </summary>
public sealed record PartnerMeetingBooking(
    string Calendar, string Key, string PartnerId, string Subject, DateTimeOffset Start, DateTimeOffset End, string Category, string? AttendeeEmail, string? AttendeeName);

/// <summary>An event in a staff member's calendar as the outreach reads it: who attends and how it is categorised.</summary>
public sealed record PartnerMeeting(
    string EventId, string Subject, DateTimeOffset Start, DateTimeOffset End, bool Cancelled, IReadOnlyList<string> Categories, IReadOnlyList<string> AttendeeEmails, string? PartnerId);

/// <summary>Calls and visits with partners in staff calendars (Graph or the .ics folder, as <see cref="IClinicianCalendars"/>).</summary>
public interface IPartnerMeetings
{
    /// <summary>Books the meeting once: a second call with the same key returns the event already made.</summary>
    Task<string> BookPartnerMeetingAsync(PartnerMeetingBooking booking, CancellationToken cancellationToken);

    /// <summary>The calendar's events that end within the range (not only the bot's: any may have a partner attending).</summary>
    Task<IReadOnlyList<PartnerMeeting>> MeetingsEndingAsync(string calendar, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);
}
