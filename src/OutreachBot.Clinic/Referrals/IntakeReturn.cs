using OutreachBot.Clinic.Staff;

namespace OutreachBot.Clinic.Referrals;

/// <summary>A clinician gave an intake back to triage.</summary>
/// <param name="By">The clinician.</param>
/// <param name="At">When.</param>
/// <param name="Reason">An <see cref="IntakeReturnReasons"/> code.</param>
/// <param name="Note">The clinician's own words, shown on the channel card (the card asks for no patient details).</param>
/// <param name="Assignment">When the returned assignment was made: a retried return of the same assignment changes nothing.</param>
public sealed record IntakeReturn(StaffMember By, DateTimeOffset At, string Reason, string? Note, DateTimeOffset Assignment)
{
    /// <summary>"Not my pathway: prefers a pediatric specialist" in words for the channel.</summary>
    public string Describe() => Note is { Length: > 0 } note ? $"{IntakeReturnReasons.Describe(Reason)}: {note}" : IntakeReturnReasons.Describe(Reason);
}
