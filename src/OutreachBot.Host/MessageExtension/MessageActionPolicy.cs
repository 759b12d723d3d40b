using OutreachBot.Clinic.Staff;

namespace OutreachBot.Host.MessageExtension;

/// <summary>Who may use the message actions: people on the staff list; partner contacts are front-office work.</summary>
public static class MessageActionPolicy
{
    private const string NotOnStaff =
        "You are not on OutreachBot's staff list, so you can't log messages. Ask the clinic's owner or IT person to add you.";

    /// <summary>Logging a message as a referral: intake staff, owners and clinicians (a referral sent to a therapist).</summary>
    public static StaffDecision LogReferral(StaffRoles roles) =>
        roles == StaffRoles.None ? StaffDecision.Refused(NotOnStaff) : StaffDecision.Granted;

    /// <summary>Logging a contact with a referral partner: intake staff and owners.</summary>
    public static StaffDecision LogPartnerContact(StaffRoles roles) =>
        roles.HasFlag(StaffRoles.IntakeStaff) || roles.HasFlag(StaffRoles.Owner)
            ? StaffDecision.Granted
            : StaffDecision.Refused(roles == StaffRoles.None ? NotOnStaff : "Partner contacts are logged by intake staff and owners.");
}
