using OutreachBot.Clinic.Staff;

namespace OutreachBot.Clinic.Referrers;

/// <summary>Who may approve an update to a referrer: the clinician it was given to, or an owner.</summary>
public static class ReferrerUpdatePolicy
{
    public static StaffDecision Approve(StaffRoles roles, bool isTheClinician) =>
        (isTheClinician && roles != StaffRoles.None) || roles.HasFlag(StaffRoles.Owner)
            ? StaffDecision.Granted
            : StaffDecision.Refused("Only the clinician who saw the patient, or an owner, can send this update to the referrer.");
}
