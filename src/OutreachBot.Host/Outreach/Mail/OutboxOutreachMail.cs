using Microsoft.Extensions.Options;
using MimeKit;
using OutreachBot.Host.Correspondence;

namespace OutreachBot.Host.Outreach.Mail;

/// <summary>
/// The local stand-in for outreach mail: each email one .eml file (with its attachments) in <c>{outbox}/outreach</c>,
/// named after its key and created with <see cref="FileMode.CreateNew"/>, so a retry finds it and writes nothing. A
/// draft for review carries <c>X-Unsent: 1</c>, which Outlook opens as an unsent draft.
/// </summary>
public sealed class OutboxOutreachMail(IOptions<CorrespondenceOptions> options, TimeProvider time) : IOutreachMail
{
    public string Folder => Path.Combine(Path.GetFullPath(options.Value.OutboxFolder), "outreach");

    public async Task<OutreachMailResult> SendOnceAsync(OutreachEmail email, bool draftOnly, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(email);
        var from = email.Mailbox.Contains('@', StringComparison.Ordinal) ? email.Mailbox : options.Value.From;
        var messageId = OutreachMessageIds.For(email.Key, options.Value.From);
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, OutreachMessageIds.Hash(email.Key) + ".eml");
        if (File.Exists(path))
        {
            return new OutreachMailResult(OutreachMailOutcome.AlreadyDone, messageId);
        }

        using var message = Compose(email, from, messageId, draftOnly, time.GetUtcNow());
        try
        {
            await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            await message.WriteToAsync(file, cancellationToken);
        }
        catch (IOException) when (File.Exists(path))
        {
            return new OutreachMailResult(OutreachMailOutcome.AlreadyDone, messageId);
        }

        return new OutreachMailResult(draftOnly ? OutreachMailOutcome.Drafted : OutreachMailOutcome.Sent, messageId);
    }

    private static MimeMessage Compose(OutreachEmail email, string from, string messageId, bool draftOnly, DateTimeOffset now)
    {
        var body = new BodyBuilder { TextBody = email.Body };
        foreach (var attachment in email.Attachments)
        {
            body.Attachments.Add(attachment.FileName, attachment.Content, ContentType.Parse(attachment.ContentType));
        }

        var message = new MimeMessage { Subject = email.Subject, Date = now, Body = body.ToMessageBody(), MessageId = messageId.Trim('<', '>') };
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(MailboxAddress.Parse(email.To));
        message.Headers.Add("X-OutreachBot-Partner", email.PartnerId);
        if (draftOnly)
        {
            message.Headers.Add("X-Unsent", "1");
        }

        return message;
    }
}
