using System.Text.RegularExpressions;
using MimeKit;

namespace OutreachBot.Host.Partners;

/// <summary>
/// A non-delivery report: <c>multipart/report; report-type=delivery-status</c> with a failed <c>Final-Recipient</c>
/// per recipient (RFC 3464), or an Exchange "Undeliverable:" notice, whose text names the address. Read from the raw
/// message, as the delivery-status part is not an attachment the referral reader keeps. Holds only addresses; a report
/// of a delay (not a failure) holds none.
/// </summary>
public sealed partial record DeliveryReport(IReadOnlyList<string> FailedRecipients)
{
    /// <summary>The report in <paramref name="eml"/>, or null when the message is not a non-delivery report.</summary>
    public static DeliveryReport? Read(Stream eml, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(eml);
        // Disposed when read: MimeKit's entities have finalizers, so a message not disposed outlives the next collection.
        using var message = Load(eml, cancellationToken);
        if (message is null)
        {
            return null;
        }

        var failed = new List<string>();
        foreach (var status in message.BodyParts.OfType<MessageDeliveryStatus>())
        {
            foreach (var group in status.StatusGroups.Skip(1))
            {
                var action = group["Action"]?.Trim();
                var recipient = group["Final-Recipient"] ?? group["Original-Recipient"];
                if (recipient is not null && (action is null || action.Equals("failed", StringComparison.OrdinalIgnoreCase)))
                {
                    failed.Add(Address(recipient));
                }
            }
        }

        var isReport = message.Body is MultipartReport { ReportType: var type } && string.Equals(type, "delivery-status", StringComparison.OrdinalIgnoreCase);
        var isNotice = IsUndeliverableNotice(message);
        if (!(isReport || isNotice))
        {
            return null;
        }

        if (!message.BodyParts.OfType<MessageDeliveryStatus>().Any())
        {
            // An Exchange notice without a readable status part: the addresses its text names, not the sender's.
            var sender = message.From.Mailboxes.FirstOrDefault()?.Address;
            failed.AddRange(EmailInText().Matches(message.TextBody ?? string.Empty).Select(m => m.Value)
                .Where(a => !string.Equals(a, sender, StringComparison.OrdinalIgnoreCase)));
        }

        return new DeliveryReport([.. failed.Where(a => a.Contains('@', StringComparison.Ordinal)).Select(a => a.ToLowerInvariant()).Distinct()]);
    }

    private static MimeMessage? Load(Stream eml, CancellationToken cancellationToken)
    {
        try
        {
            return MimeMessage.Load(eml, cancellationToken);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static bool IsUndeliverableNotice(MimeMessage message) =>
        (message.Subject ?? string.Empty).TrimStart().StartsWith("Undeliverable:", StringComparison.OrdinalIgnoreCase)
        && message.From.Mailboxes.Any(m => m.Address.StartsWith("postmaster@", StringComparison.OrdinalIgnoreCase)
            || m.Address.StartsWith("mailer-daemon@", StringComparison.OrdinalIgnoreCase)
            || m.Address.StartsWith("microsoftexchange", StringComparison.OrdinalIgnoreCase));

    // "rfc822; pshah@lakeviewhand.example" → the address.
    private static string Address(string field)
    {
        var semicolon = field.IndexOf(';', StringComparison.Ordinal);
        return (semicolon < 0 ? field : field[(semicolon + 1)..]).Trim().Trim('<', '>');
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EmailInText();
}
