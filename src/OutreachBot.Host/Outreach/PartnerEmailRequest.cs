using OutreachBot.Clinic;
using OutreachBot.Clinic.Staff;

namespace OutreachBot.Host.Outreach;

/// <summary>
/// An email to a partner. <paramref name="Key"/> names it within the clinic ("plan:2026-08:p-x:ReachOut",
/// "update:2026-08:p-x", "after-contact:{event}"), so asking again sends nothing twice. <paramref name="By"/> is the
/// staff member it comes from; null for the clinic's own mail (monthly updates), from the shared mailbox.
/// </summary>
public sealed record PartnerEmailRequest(
    string PartnerId,
    OutreachEmailPurpose Purpose,
    string Key,
    StaffMember? By,
    Pathway? Pathway = null,
    DateOnly? NextContact = null);

/// <summary>What asking for a partner email came to.</summary>
public enum PartnerEmailOutcome
{
    Sent,
    Drafted,
    AlreadyDone,
    NoPartner,
    NoAddress,
}

/// <summary>The outcome, to whom (one address), and the email's Message-ID.</summary>
public sealed record PartnerEmailResult(PartnerEmailOutcome Outcome, string? To = null, string? MessageId = null, string? Organization = null);
