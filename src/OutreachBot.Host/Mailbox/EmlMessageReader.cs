using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using MimeKit;
using OutreachBot.Clinic.Detection;

namespace OutreachBot.Host.Mailbox;

/// <summary>Turns one raw RFC 5322 message (an .eml export) into the clinic's <see cref="IncomingMessage"/>.</summary>
public static partial class EmlMessageReader
{
    private static readonly HeaderId[] MessageHeaders =
        [HeaderId.From, HeaderId.Sender, HeaderId.To, HeaderId.Date, HeaderId.Subject, HeaderId.MessageId, HeaderId.MimeVersion, HeaderId.Received];

    /// <summary>
    /// Parses one .eml. Throws <see cref="UnreadableMessageException"/> when the bytes are not a readable message
    /// (no recognisable headers, neither sender nor body, or data the MIME parser rejects). Never logs.
    /// </summary>
    public static IncomingMessage Read(Stream eml, DateTimeOffset receivedFallback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(eml);
        using var buffer = new MemoryStream();
        eml.CopyTo(buffer);
        cancellationToken.ThrowIfCancellationRequested();
        if (buffer.Length == 0)
        {
            throw new UnreadableMessageException("The message is empty.");
        }

        buffer.Position = 0;
        MimeMessage message;
        try
        {
            message = MimeMessage.Load(buffer, cancellationToken);
        }
        catch (FormatException ex)
        {
            // The parser's own message is kept out: it may quote the data.
            throw new UnreadableMessageException($"The MIME parser rejected the data ({ex.GetType().Name}).");
        }

        if (!MessageHeaders.Any(message.Headers.Contains))
        {
            throw new UnreadableMessageException("The data has no e-mail headers (From, Date, Subject, Message-ID...).");
        }

        var from = message.From.Mailboxes.FirstOrDefault() ?? message.Sender;
        var body = BodyText(message);
        if (from is null && string.IsNullOrWhiteSpace(body))
        {
            throw new UnreadableMessageException("The message has neither a sender nor a body.");
        }

        var hasDate = message.Headers.Contains(HeaderId.Date) && message.Date != DateTimeOffset.MinValue;
        return new IncomingMessage(
            MessageId: string.IsNullOrWhiteSpace(message.MessageId) ? HashId(buffer) : message.MessageId,
            Subject: message.Subject ?? "",
            FromAddress: from?.Address ?? "",
            FromName: string.IsNullOrWhiteSpace(from?.Name) ? null : from.Name,
            ReceivedAt: hasDate ? message.Date : receivedFallback,
            BodyText: body,
            Attachments: Attachments(message, cancellationToken),
            InReplyTo: string.IsNullOrWhiteSpace(message.InReplyTo) ? null : message.InReplyTo,
            References: [.. message.References]);
    }

    private static string HashId(MemoryStream raw) =>
        "sha256:" + Convert.ToHexStringLower(SHA256.HashData(raw.GetBuffer().AsSpan(0, (int)raw.Length)));

    private static string BodyText(MimeMessage message)
    {
        // MimeKit picks the text/plain alternative when there is one: the sender's own plain rendering beats ours.
        if (message.TextBody is { } text && !string.IsNullOrWhiteSpace(text))
        {
            return Normalise(text);
        }

        return message.HtmlBody is { } html ? HtmlText.ToText(html) : "";
    }

    private static List<MessageAttachment> Attachments(MimeMessage message, CancellationToken cancellationToken)
    {
        var attachments = new List<MessageAttachment>();
        foreach (var entity in message.Attachments)
        {
            var contentType = entity.ContentType.MimeType.ToLowerInvariant();
            var fileName = entity.ContentDisposition?.FileName ?? entity.ContentType.Name ?? "attachment";
            using var counter = new MemoryStream();
            string? extracted = null;
            switch (entity)
            {
                case MimePart { Content: not null } part:
                    part.Content.DecodeTo(counter, cancellationToken);
                    if (part is TextPart { IsPlain: true } textPart)
                    {
                        extracted = Normalise(textPart.Text);
                    }

                    break;
                case MessagePart { Message: not null } attachedMessage:
                    attachedMessage.Message.WriteTo(counter, cancellationToken);
                    break;
            }

            attachments.Add(new MessageAttachment(fileName, contentType, counter.Length, extracted));
        }

        return attachments;
    }

    internal static string Normalise(string text) =>
        ExtraBlankLines().Replace(text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'), "\n\n").Trim();

    [GeneratedRegex(@"\n[ \t]*\n(?:[ \t]*\n)+")]
    private static partial Regex ExtraBlankLines();

    /// <summary>
    /// A small HTML-to-text converter for mail bodies, enough for detection. Kept in this file for the first slice;
    /// a dedicated converter (or AngleSharp) can replace it when PDF text extraction arrives.
    /// </summary>
    private static partial class HtmlText
    {
        public static string ToText(string html)
        {
            var text = Invisible().Replace(html, " ");
            // Innermost rows first so layout tables around a form keep its "label: value" rows.
            string previous;
            do
            {
                previous = text;
                text = InnermostRow().Replace(text, m => "\n" + RowText(m.Groups["cells"].Value) + "\n");
            }
            while (!ReferenceEquals(previous, text) && previous != text);

            text = LineBreak().Replace(text, "\n");
            text = ListItem().Replace(text, "\n- ");
            text = Tag().Replace(text, "");
            text = WebUtility.HtmlDecode(text).Replace('\u00A0', ' ');
            var lines = text.Split('\n').Select(l => Spaces().Replace(l, " ").Trim());
            return Normalise(string.Join('\n', lines));
        }

        private static string RowText(string row)
        {
            var cells = Cell().Matches(row)
                .Select(c => Spaces().Replace(Tag().Replace(LineBreak().Replace(c.Groups["text"].Value, " "), " "), " ").Trim())
                .Where(c => c.Length > 0)
                .ToList();
            if (cells.Count == 0)
            {
                return Tag().Replace(row, " ");
            }

            return cells.Count == 2 && !cells[0].Contains('\n', StringComparison.Ordinal)
                ? $"{cells[0].TrimEnd(':')}: {cells[1]}"
                : string.Join(" | ", cells);
        }

        [GeneratedRegex(@"<!--.*?-->|<(script|style|head|title|xml)\b[^>]*>.*?</\1\s*>|<!\[if[^\]]*\]>|<!\[endif\]>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
        private static partial Regex Invisible();

        [GeneratedRegex(@"<tr\b[^>]*>(?<cells>(?:(?!<tr\b|</tr\s*>).)*)</tr\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
        private static partial Regex InnermostRow();

        [GeneratedRegex(@"<t[dh]\b[^>]*>(?<text>.*?)(?:</t[dh]\s*>|(?=<t[dh]\b)|$)", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
        private static partial Regex Cell();

        [GeneratedRegex(@"<br\s*/?>|</?p\b[^>]*>|</div\s*>|<div\b[^>]*>|</h[1-6]\s*>|</?table\b[^>]*>|</li\s*>|</?ul\b[^>]*>|</?ol\b[^>]*>|<hr\b[^>]*>", RegexOptions.IgnoreCase)]
        private static partial Regex LineBreak();

        [GeneratedRegex(@"<li\b[^>]*>", RegexOptions.IgnoreCase)]
        private static partial Regex ListItem();

        [GeneratedRegex(@"<[^>]*>")]
        private static partial Regex Tag();

        [GeneratedRegex(@"[ \t\f\v]+")]
        private static partial Regex Spaces();
    }
}
