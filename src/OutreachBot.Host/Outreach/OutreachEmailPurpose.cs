using OutreachBot.Clinic.Partners;
using OutreachBot.Host.Outreach.Materials;

namespace OutreachBot.Host.Outreach;

/// <summary>Why the clinic writes to a partner: each has its email template, attachments and history entry.</summary>
public enum OutreachEmailPurpose
{
    ReachOut,
    FollowUp,
    Update,
    AfterContact,
}

public static class OutreachEmailPurposes
{
    public static string Template(this OutreachEmailPurpose purpose) => purpose switch
    {
        OutreachEmailPurpose.ReachOut => "mail.reach-out.txt",
        OutreachEmailPurpose.FollowUp => "mail.follow-up.txt",
        OutreachEmailPurpose.Update => "mail.update.txt",
        _ => "mail.after-contact.txt",
    };

    public static MaterialKind[] Materials(this OutreachEmailPurpose purpose) => purpose switch
    {
        OutreachEmailPurpose.ReachOut or OutreachEmailPurpose.FollowUp => [MaterialKind.Sheet, MaterialKind.IntakePacket],
        OutreachEmailPurpose.AfterContact => [MaterialKind.IntakePacket],
        _ => [],
    };

    public static PartnerActivityKind Activity(this OutreachEmailPurpose purpose) => purpose switch
    {
        OutreachEmailPurpose.ReachOut => PartnerActivityKind.MaterialsSent,
        OutreachEmailPurpose.Update => PartnerActivityKind.UpdateSent,
        _ => PartnerActivityKind.FollowUpSent,
    };
}
