using System.Text.RegularExpressions;
using MimeKit;
using GraphMessage = Microsoft.Graph.Models.Message;

namespace OutreachBot.Host.Mailbox.Graph;

/// <summary>
/// A message whose delta entry says all the detector needs (sender, subject, Message-ID, body, no attachments, not a
/// reply or forward) is read from that entry: it is written as a one-part MIME message and goes through the same
/// <c>EmlMessageReader</c> as fetched MIME, so there is one reader. Anything else is fetched as MIME
/// (<c>$value</c>, in a <c>$batch</c>): attachments, the In-Reply-To and References headers that delta does not carry,
/// and delivery reports from mail systems.
/// </summary>
public static partial class GraphMessageBody
{
    // An Outlook conversation index is 22 bytes for a new thread and grows by 5 bytes for every reply or forward.
    private const int NewThreadIndexBytes = 22;

    /// <summary>The properties a delta page asks for: what the intake uses and what decides whether MIME is needed.</summary>
    public static readonly string[] SelectedFields =
        ["id", "internetMessageId", "subject", "from", "receivedDateTime", "hasAttachments", "conversationId", "conversationIndex", "body"];

    /// <summary>Whether the delta entry alone is not enough and the message's MIME must be fetched.</summary>
    public static bool NeedsMime(GraphMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message.HasAttachments != false
            || string.IsNullOrWhiteSpace(message.InternetMessageId)
            || message.Body?.Content is null
            || message.From?.EmailAddress?.Address is null
            || message.ConversationIndex is { Length: > NewThreadIndexBytes }
            || ReplyOrForward().IsMatch(message.Subject ?? "")
            || IsFromMailSystem(message.From.EmailAddress.Address);
    }

    // A delivery report's status part (RFC 3464: the failed recipients) is only in its MIME, and the delta entry of a
    // report may say it has no attachments: a message from a mail system is always fetched whole.
    private static bool IsFromMailSystem(string address) =>
        address.StartsWith("postmaster@", StringComparison.OrdinalIgnoreCase)
        || address.StartsWith("mailer-daemon@", StringComparison.OrdinalIgnoreCase)
        || address.StartsWith("microsoftexchange", StringComparison.OrdinalIgnoreCase);

    /// <summary>The delta entry as a one-part MIME message (only for a message that does not <see cref="NeedsMime"/>).</summary>
    public static MemoryStream ToMime(GraphMessage message, DateTimeOffset receivedFallback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var html = message.Body?.ContentType == Microsoft.Graph.Models.BodyType.Html;
        var mime = new MimeMessage
        {
            MessageId = message.InternetMessageId!.Trim().TrimStart('<').TrimEnd('>'),
            Subject = message.Subject ?? "",
            Date = message.ReceivedDateTime ?? receivedFallback,
            Body = new TextPart(html ? "html" : "plain") { Text = message.Body!.Content ?? "" },
        };
        mime.From.Add(new MailboxAddress(message.From!.EmailAddress!.Name ?? "", message.From.EmailAddress.Address!));
        var stream = new MemoryStream();
        mime.WriteTo(stream, cancellationToken);
        stream.Position = 0;
        return stream;
    }

    [GeneratedRegex(@"^\s*(re|fw|fwd|aw|wg|tr)\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReplyOrForward();
}
