namespace OutreachBot.Host.Outreach.Mail;

/// <summary>
/// Outreach email with attachments, each key once: locally .eml files in the outbox (<see cref="OutboxOutreachMail"/>),
/// in a tenant a Graph message made as a draft in the sender's mailbox, then sent unless drafts are for review.
/// </summary>
public interface IOutreachMail
{
    Task<OutreachMailResult> SendOnceAsync(OutreachEmail email, bool draftOnly, CancellationToken cancellationToken);
}
