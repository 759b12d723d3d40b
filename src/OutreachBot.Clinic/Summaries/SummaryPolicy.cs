using OutreachBot.Clinic.Staff;

namespace OutreachBot.Clinic.Summaries;

/// <summary>Who may read the owners' pipeline summaries (volume, sources, response times, stalled referrals): owners.</summary>
public static class SummaryPolicy
{
    public static StaffDecision Read(StaffRoles roles) =>
        roles.HasFlag(StaffRoles.Owner)
            ? StaffDecision.Granted
            : StaffDecision.Refused(roles == StaffRoles.None
                ? "You are not on OutreachBot's staff list. Ask the clinic's owner or IT person to add you."
                : "Pipeline summaries are for the clinic's owners. Ask an owner if you need the numbers.");
}
