using System.Security.Cryptography;
using System.Text;
using Azure;
using OutreachBot.Clinic.Detection;
using OutreachBot.Clinic.Partners;

namespace OutreachBot.Host.Partners;

/// <summary>
/// What the mailbox tells the partner directory, before a message is read for referrals: a non-delivery report marks
/// the partner contact's address bounced (and is nothing else: no referral, no card); a reply in the thread of an
/// outgoing partner email is recorded on the partner once per thread. A storage failure here never stops intake.
/// </summary>
public sealed partial class PartnerMail(PartnerDirectory directory, ILogger<PartnerMail> logger)
{
    public const string By = "mailbox";

    /// <summary>True when the message was a non-delivery report, taken here: it is not to be read as a referral.</summary>
    public async Task<bool> TakeAsync(IncomingMessage message, DeliveryReport? report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        try
        {
            if (report is not null)
            {
                foreach (var address in report.FailedRecipients)
                {
                    await MarkBouncedAsync(address, message, cancellationToken);
                }

                return true;
            }

            await NoteReplyAsync(message, cancellationToken);
        }
        catch (RequestFailedException ex)
        {
            LogFailed(logger, ex.Status, ex);
        }

        return report is not null;
    }

    private async Task MarkBouncedAsync(string address, IncomingMessage message, CancellationToken cancellationToken)
    {
        if (await directory.FindByEmailAsync(address, cancellationToken) is not { } partner)
        {
            LogBounceOfUnknown(logger);
            return;
        }

        await directory.ChangeAsync(partner.Id, p => p with
        {
            People = [.. p.People.Select(person => string.Equals(person.Email, address, StringComparison.OrdinalIgnoreCase) ? person with { EmailBounced = true } : person)],
        }, cancellationToken);
        var key = "bounce-" + Hash(message.MessageId + "|" + address);
        if (await directory.RecordAsync(new PartnerActivity(partner.Id, PartnerActivityKind.EmailBounced, message.ReceivedAt, By, key, address), cancellationToken))
        {
            LogBounced(logger, partner.Id);
        }
    }

    private async Task NoteReplyAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        var threadKeys = new[] { message.InReplyTo }.Concat(message.References).OfType<string>()
            .Select(id => id.Trim().Trim('<', '>')).Where(id => id.Length > 0).Distinct(StringComparer.Ordinal).Take(20);
        foreach (var threadKey in threadKeys)
        {
            if (await directory.FindByThreadAsync(threadKey, cancellationToken) is { } partner)
            {
                // Once per thread: a second reply in the same thread is the same answer to the same email.
                var recorded = await directory.RecordAsync(
                    new PartnerActivity(partner.Id, PartnerActivityKind.ReplyReceived, message.ReceivedAt, By, "reply-" + PartnerKeyRow.ThreadRowKey(threadKey), null, threadKey),
                    cancellationToken);
                if (recorded)
                {
                    LogReply(logger, partner.Id);
                }

                return;
            }
        }
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];

    [LoggerMessage(EventId = 8131, Level = LogLevel.Information, Message = "Email to a contact of partner {PartnerId} bounced: marked, not to be sent again")]
    private static partial void LogBounced(ILogger logger, string partnerId);

    [LoggerMessage(EventId = 8132, Level = LogLevel.Information, Message = "A non-delivery report for an address of no partner: set aside")]
    private static partial void LogBounceOfUnknown(ILogger logger);

    [LoggerMessage(EventId = 8133, Level = LogLevel.Information, Message = "Reply received from partner {PartnerId} in the thread of an outreach email")]
    private static partial void LogReply(ILogger logger, string partnerId);

    [LoggerMessage(EventId = 8134, Level = LogLevel.Warning, Message = "Partner directory not updated from the mailbox (storage status {Status}); the message is read for referrals all the same")]
    private static partial void LogFailed(ILogger logger, int status, Exception exception);
}
