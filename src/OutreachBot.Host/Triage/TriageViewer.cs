namespace OutreachBot.Host.Triage;

/// <summary>What the person looking at a triage card may do with it, decided by the intake policy.</summary>
public sealed record TriageViewer(bool CanTakeIntake, bool CanLogFirstContact, bool CanMarkNotReferral);
