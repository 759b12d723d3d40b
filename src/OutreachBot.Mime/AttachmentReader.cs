using MimeKit;
using OutreachBot.Clinic.Detection;

namespace OutreachBot.Mime;

/// <summary>Lists a message's attachments with their size, and reads the text of plain-text and PDF attachments.</summary>
internal static class AttachmentReader
{
    public static List<MessageAttachment> Read(MimeMessage message, EmlReadOptions options, CancellationToken cancellationToken)
    {
        var attachments = new List<MessageAttachment>();
        foreach (var entity in message.Attachments.Take(MimeReadLimits.MaxAttachments))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var contentType = entity.ContentType.MimeType.ToLowerInvariant();
            var fileName = entity.ContentDisposition?.FileName ?? entity.ContentType.Name ?? "attachment";
            attachments.Add(entity switch
            {
                MimePart { Content: not null } part => ReadPart(part, fileName, contentType, options, cancellationToken),
                MessagePart { Message: not null } attached => ReadMessage(attached, fileName, contentType, cancellationToken),
                _ => new MessageAttachment(fileName, contentType, 0, null),
            });
        }

        return attachments;
    }

    private static MessageAttachment ReadPart(MimePart part, string fileName, string contentType, EmlReadOptions options, CancellationToken cancellationToken)
    {
        var isPdf = contentType == "application/pdf" || fileName.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase);
        // Only a PDF's bytes are kept (up to the cap); everything else is counted as it streams past. Archives are
        // never opened, so a zip bomb costs its compressed size.
        using var sink = new CountingStream(isPdf ? MimeReadLimits.MaxPdfBytes : 0);
        part.Content!.DecodeTo(sink, cancellationToken);
        var attachment = new MessageAttachment(fileName, contentType, sink.Count, null);
        if (part is TextPart { IsPlain: true } text)
        {
            return attachment with { ExtractedText = EmlMessageReader.Normalise(MimeReadLimits.Cap(text.Text, MimeReadLimits.MaxAttachmentTextChars)) };
        }

        if (isPdf)
        {
            if (sink.Truncated)
            {
                return attachment with { NeedsPerson = true, Problem = $"PDF larger than {MimeReadLimits.MaxPdfBytes} bytes" };
            }

            var pdf = PdfText.Read(sink.Kept(), options, cancellationToken);
            return attachment with { ExtractedText = pdf.Text, NeedsPerson = pdf.NeedsPerson, Problem = pdf.Problem };
        }

        // A faxed or photographed page: the words are in pixels.
        return contentType.StartsWith("image/", StringComparison.Ordinal) && !IsInlineDecoration(part, sink.Count)
            ? attachment with { NeedsPerson = true }
            : attachment;
    }

    private static MessageAttachment ReadMessage(MessagePart attached, string fileName, string contentType, CancellationToken cancellationToken)
    {
        using var sink = new CountingStream(0);
        attached.Message!.WriteTo(sink, cancellationToken);
        return new MessageAttachment(fileName, contentType, sink.Count, null);
    }

    // Logos and signature images travel as small inline parts (image001.png); a faxed page is an attachment.
    private static bool IsInlineDecoration(MimePart part, long size) =>
        part.ContentDisposition?.Disposition == ContentDisposition.Inline && size < 50_000;
}
