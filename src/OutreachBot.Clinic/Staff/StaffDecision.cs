namespace OutreachBot.Clinic.Staff;

/// <summary>A decision on whether someone may do something, with the reason staff will read when they may not.</summary>
/// <param name="Allowed">Whether the action may go ahead.</param>
/// <param name="Reason">Why not, in words for the person who tried; null when allowed.</param>
public sealed record StaffDecision(bool Allowed, string? Reason)
{
    public static StaffDecision Granted { get; } = new(true, null);

    public static StaffDecision Refused(string reason) => new(false, reason);
}
