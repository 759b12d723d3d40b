using OutreachBot.Clinic.Partners;
using OutreachBot.Host.Outreach.Materials;

namespace OutreachBot.Host.Outreach.Mail;

/// <summary>
/// One email to one person at a partner (never a shared recipient list). <paramref name="Key"/> makes it once: the
/// same key is sent at most once, however often it is asked for, and names the partner history entry it leaves.
/// </summary>
/// The mailbox it comes from is a staff member's, or the shared one.
public sealed record OutreachEmail(
    string Key,
    string PartnerId,
    PartnerActivityKind Kind,
    string Mailbox,
    string To,
    string Subject,
    string Body,
    IReadOnlyList<PathwayMaterial> Attachments);

/// <summary>What asking to send came to.</summary>
public enum OutreachMailOutcome
{
    /// <summary>Sent now.</summary>
    Sent,

    /// <summary>Left as a draft in the mailbox, for someone to review and send.</summary>
    Drafted,

    /// <summary>An earlier request sent or drafted it; nothing was done now.</summary>
    AlreadyDone,
}

/// <summary>The outcome and the email's Internet Message-ID (what replies in its thread refer to).</summary>
public sealed record OutreachMailResult(OutreachMailOutcome Outcome, string InternetMessageId);
