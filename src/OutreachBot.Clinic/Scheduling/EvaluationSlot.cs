namespace OutreachBot.Clinic.Scheduling;

/// <summary>A time an evaluation can be booked, with the clinic's offset on that date.</summary>
public sealed record EvaluationSlot(DateTimeOffset Start, DateTimeOffset End);
