using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;

namespace OutreachBot.Mime;

/// <summary>Reads a PDF's text layer with PdfPig, first pages only. A scan or fax has no text layer: a person reads it.</summary>
internal static class PdfText
{
    public sealed record Result(string? Text, bool NeedsPerson, string? Problem);

    public static Result Read(byte[] pdf, CancellationToken cancellationToken)
    {
        try
        {
            using var document = PdfDocument.Open(pdf, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            var pages = Math.Min(document.NumberOfPages, MimeReadLimits.MaxPdfPages);
            var text = new System.Text.StringBuilder();
            var images = 0;
            for (var number = 1; number <= pages && text.Length < MimeReadLimits.MaxAttachmentTextChars; number++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var page = document.GetPage(number);
                text.Append(ContentOrderTextExtractor.GetText(page)).Append('\n');
                images += page.GetImages().Count();
            }

            var extracted = EmlMessageReader.Normalise(MimeReadLimits.Cap(text.ToString(), MimeReadLimits.MaxAttachmentTextChars));
            return extracted.Length > 0
                ? new Result(extracted, false, null)
                : new Result(null, true, images > 0 ? "PDF pages are images (a scan or fax)" : "PDF has no text layer");
        }
        catch (PdfDocumentEncryptedException)
        {
            return new Result(null, true, "encrypted PDF");
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception ex)
        {
            // PdfPig throws a variety of types on damaged files; none of their messages are kept (they may quote content).
            return new Result(null, true, $"PDF could not be parsed ({ex.GetType().Name})");
        }
    }
}
