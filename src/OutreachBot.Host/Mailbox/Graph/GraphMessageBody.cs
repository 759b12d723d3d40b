using System.Text.RegularExpressions;
using MimeKit;
using BodyType = Microsoft.Graph.Models.BodyType;
using FileAttachment = Microsoft.Graph.Models.FileAttachment;
using GraphMessage = Microsoft.Graph.Models.Message;

namespace OutreachBot.Host.Mailbox.Graph;

/// <summary>
/// A message whose delta entry says all the detector needs (sender, subject, Message-ID, body, its attachments' bytes
/// expanded on the page, not a reply or forward) is read from that entry: it is written as a MIME message and goes
/// through the same <c>EmlMessageReader</c> as fetched MIME, so there is one reader. Anything else is fetched as MIME
/// (<c>$value</c>, in a <c>$batch</c>): an attached email (Graph gives item attachments without their content), a
/// reference (cloud) attachment, the In-Reply-To and References headers that delta does not carry, and delivery
/// reports from mail systems.
/// </summary>
public static partial class GraphMessageBody
{
    // An Outlook conversation index is 22 bytes for a new thread and grows by 5 bytes for every reply or forward.
    private const int NewThreadIndexBytes = 22;

    /// <summary>The properties a delta page asks for: what the intake uses and what decides whether MIME is needed.</summary>
    public static readonly string[] SelectedFields =
        ["id", "internetMessageId", "subject", "from", "receivedDateTime", "hasAttachments", "conversationId", "conversationIndex", "body"];

    /// <summary>
    /// Expanded on the first delta page (the next and delta links carry it on): file attachments come with their bytes,
    /// so a referral with its PDF costs no request beyond its page.
    /// </summary>
    public static readonly string[] ExpandedFields = ["attachments"];

    /// <summary>Whether the delta entry alone is not enough and the message's MIME must be fetched.</summary>
    public static bool NeedsMime(GraphMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return !AttachmentsOnThePage(message)
            || string.IsNullOrWhiteSpace(message.InternetMessageId)
            || message.Body?.Content is null
            || message.From?.EmailAddress?.Address is null
            || message.ConversationIndex is { Length: > NewThreadIndexBytes }
            || ReplyOrForward().IsMatch(message.Subject ?? "")
            || IsFromMailSystem(message.From.EmailAddress.Address);
    }

    /// <summary>The delta entry, with its attachments, as a MIME message (only for a message that does not <see cref="NeedsMime"/>).</summary>
    public static MemoryStream ToMime(GraphMessage message, DateTimeOffset receivedFallback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var html = message.Body?.ContentType == BodyType.Html;
        MimeEntity body = new TextPart(html ? "html" : "plain") { Text = message.Body!.Content ?? "" };
        var files = (message.Attachments ?? []).OfType<FileAttachment>().ToList();
        if (files.Count > 0)
        {
            var mixed = new Multipart("mixed") { body };
            files.ForEach(file => mixed.Add(Part(file)));
            body = mixed;
        }

        using var mime = new MimeMessage
        {
            MessageId = message.InternetMessageId!.Trim().TrimStart('<').TrimEnd('>'),
            Subject = message.Subject ?? "",
            Date = message.ReceivedDateTime ?? receivedFallback,
            Body = body,
        };
        mime.From.Add(new MailboxAddress(message.From!.EmailAddress!.Name ?? "", message.From.EmailAddress.Address!));
        var stream = new MemoryStream();
        mime.WriteTo(stream, cancellationToken);
        stream.Position = 0;
        return stream;
    }

    // A delivery report's status part (RFC 3464: the failed recipients) is only in its MIME, and the delta entry of a
    // report may say it has no attachments: a message from a mail system is always fetched whole.
    private static bool IsFromMailSystem(string address) =>
        address.StartsWith("postmaster@", StringComparison.OrdinalIgnoreCase)
        || address.StartsWith("mailer-daemon@", StringComparison.OrdinalIgnoreCase)
        || address.StartsWith("microsoftexchange", StringComparison.OrdinalIgnoreCase);

    // No attachments (inline images do not count for hasAttachments), or every attachment a file whose bytes came
    // with the page.
    private static bool AttachmentsOnThePage(GraphMessage message) => message switch
    {
        { HasAttachments: false, Attachments: null } => true,
        { Attachments: { Count: > 0 } attachments } => attachments.All(a => a is FileAttachment { ContentBytes: not null }),
        { HasAttachments: false } => true,
        _ => false,
    };

    private static MimePart Part(FileAttachment file)
    {
        var part = new MimePart(ContentType.TryParse(file.ContentType ?? "", out var type) ? type : new ContentType("application", "octet-stream"))
        {
            Content = new MimeContent(new MemoryStream(file.ContentBytes!)),
            ContentDisposition = new ContentDisposition(file.IsInline == true ? ContentDisposition.Inline : ContentDisposition.Attachment),
            ContentTransferEncoding = ContentEncoding.Base64,
            FileName = file.Name ?? "attachment",
        };
        if (!string.IsNullOrWhiteSpace(file.ContentId))
        {
            part.ContentId = file.ContentId;
        }

        return part;
    }

    [GeneratedRegex(@"^\s*(re|fw|fwd|aw|wg|tr)\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReplyOrForward();
}
