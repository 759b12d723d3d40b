namespace OutreachBot.Clinic.Scheduling;

/// <summary>A time a clinician cannot take an evaluation (busy, tentative or away), as instants.</summary>
public sealed record BusyTime(DateTimeOffset Start, DateTimeOffset End);
