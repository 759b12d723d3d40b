namespace OutreachBot.Clinic.Referrals;

/// <summary>The evaluation booked for a referral, in the assigned clinician's calendar.</summary>
/// <param name="Start">When it starts (with the clinic's offset).</param>
/// <param name="End">When it ends.</param>
/// <param name="CalendarEventId">The calendar event, tagged with the referral id.</param>
public sealed record ScheduledEvaluation(DateTimeOffset Start, DateTimeOffset End, string? CalendarEventId);
