using System.Globalization;
using Microsoft.Extensions.Options;
using OutreachBot.Clinic.Partners;
using OutreachBot.Host.ClinicProfile;
using OutreachBot.Host.Correspondence;
using OutreachBot.Host.Outreach.Mail;
using OutreachBot.Host.Outreach.Materials;

namespace OutreachBot.Host.Outreach;

/// <summary>
/// Writes to a partner: one email to one person (the first whose address has not bounced), with the materials of the
/// partner's pathway attached. The email is sent once per key (<see cref="IOutreachMail"/>), then the partner's
/// history records it (the same key, so a retry records nothing twice) with the Message-ID as its thread key, then the
/// partner's stage advances (Identified → Contacted → MaterialsSent) and its last contact moves.
/// </summary>
public sealed partial class PartnerEmails(
    IPartnerDirectory partners,
    MaterialsLibrary materials,
    MaterialTemplates templates,
    IOutreachMail mail,
    IOptions<OutreachOptions> options,
    IOptions<CorrespondenceOptions> correspondence,
    IOptions<ClinicOptions> clinic,
    TimeProvider time,
    ILogger<PartnerEmails> logger)
{
    /// <summary>Who signs when no staff member does (monthly updates from the shared mailbox).</summary>
    public const string ClinicTeam = "The referrals team";

    public async Task<PartnerEmailResult> SendAsync(PartnerEmailRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (await partners.FindAsync(request.PartnerId, cancellationToken) is not { } partner)
        {
            return new PartnerEmailResult(PartnerEmailOutcome.NoPartner);
        }

        if (RecipientOf(partner) is not { } person)
        {
            LogNoAddress(logger, partner.Id);
            return new PartnerEmailResult(PartnerEmailOutcome.NoAddress, Organization: partner.Organization);
        }

        var now = time.GetUtcNow();
        var (subject, body, attachments) = await ComposeAsync(request, partner, person, cancellationToken);
        var draftOnly = options.Value.DraftForReview;
        var email = new OutreachEmail(request.Key, partner.Id, request.Purpose.Activity(), MailboxOf(request), person.Email!, subject, body, attachments);
        var sent = await mail.SendOnceAsync(email, draftOnly, cancellationToken);
        var drafted = sent.Outcome == OutreachMailOutcome.Drafted || sent.Outcome == OutreachMailOutcome.AlreadyDone && draftOnly;

        var kind = drafted ? PartnerActivityKind.Contacted : request.Purpose.Activity();
        var note = drafted ? $"Email drafted for review: {subject}" : $"Email: {subject}";
        await partners.RecordAsync(new PartnerActivity(partner.Id, kind, now, request.By?.Id ?? "outreachbot", "mail:" + request.Key, note, sent.InternetMessageId), cancellationToken);
        var advanced = drafted || request.Purpose.Materials().Length == 0 ? OutreachStage.Contacted : OutreachStage.MaterialsSent;
        await partners.ChangeAsync(partner.Id, p => p with
        {
            Stage = p.Stage < advanced ? advanced : p.Stage,
            LastContactAt = p.LastContactAt is { } last && last > now ? last : now,
        }, cancellationToken);

        LogEmail(logger, partner.Id, request.Purpose, sent.Outcome);
        var outcome = sent.Outcome switch
        {
            OutreachMailOutcome.Sent => PartnerEmailOutcome.Sent,
            OutreachMailOutcome.Drafted => PartnerEmailOutcome.Drafted,
            _ => PartnerEmailOutcome.AlreadyDone,
        };
        return new PartnerEmailResult(outcome, person.Email, sent.InternetMessageId, partner.Organization);
    }

    /// <summary>The email as it would go: subject, plain-text body and the pathway's materials.</summary>
    public async Task<(string Subject, string Body, IReadOnlyList<PathwayMaterial> Attachments)> ComposeAsync(
        PartnerEmailRequest request, Partner partner, PartnerPerson person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(partner);
        ArgumentNullException.ThrowIfNull(person);
        var pathway = MaterialsLibrary.PathwayFor(partner, request.Pathway);
        var values = materials.ClinicFacts(pathway);
        values["ContactName"] = person.Name;
        values["Organization"] = partner.Organization;
        values["StaffName"] = request.By?.Name ?? ClinicTeam; // the templates sign off with {{ClinicName}} on the next line
        var now = time.GetUtcNow();
        values["Month"] = TimeZoneInfo.ConvertTime(now, clinic.Value.Zone).ToString("MMMM yyyy", CultureInfo.InvariantCulture);
        values["NextContact"] = (request.NextContact ?? DateOnly.FromDateTime(now.Add(options.Value.NextContactAfter).Date)).ToString("dddd d MMMM", CultureInfo.InvariantCulture);
        var (subject, body) = await templates.RenderMailAsync(request.Purpose.Template(), values, cancellationToken);
        return (subject, body, await materials.ForAsync(pathway, request.Purpose.Materials(), cancellationToken));
    }

    /// <summary>The person an email goes to: the first with an address that has not bounced.</summary>
    public static PartnerPerson? RecipientOf(Partner partner)
    {
        ArgumentNullException.ThrowIfNull(partner);
        return partner.People.FirstOrDefault(p => p.CanEmail);
    }

    private string MailboxOf(PartnerEmailRequest request)
    {
        var o = options.Value;
        if (request.By is { } staff && o.SendFrom == OutreachSender.Staff)
        {
            return o.Mailboxes.TryGetValue(staff.Id, out var own) ? own : staff.Id;
        }

        return o.SharedMailbox is { Length: > 0 } shared ? shared : correspondence.Value.From;
    }

    [LoggerMessage(EventId = 8301, Level = LogLevel.Warning, Message = "Partner {PartnerId} has no email address that has not bounced; nothing sent")]
    private static partial void LogNoAddress(ILogger logger, string partnerId);

    [LoggerMessage(EventId = 8302, Level = LogLevel.Information, Message = "Partner {PartnerId} email {Purpose}: {Outcome}")]
    private static partial void LogEmail(ILogger logger, string partnerId, OutreachEmailPurpose purpose, OutreachMailOutcome outcome);
}
