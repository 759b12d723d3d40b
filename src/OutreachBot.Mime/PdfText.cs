using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;

namespace OutreachBot.Mime;

/// <summary>Reads a PDF's text layer with PdfPig, first pages only. A scan or fax has no text layer: a person reads it.</summary>
internal static class PdfText
{
    public sealed record Result(string? Text, bool NeedsPerson, string? Problem);

    private static readonly Result TookTooLong = new(null, true, "PDF took too long to read");

    /// <summary>
    /// Reads within <see cref="EmlReadOptions.PdfTimeLimit"/>. The reader checks its budget between pages and stops;
    /// a watchdog also stops waiting for it if a single PdfPig call does not return (a malformed cross-reference
    /// table), so the caller always gets an answer in bounded time. An abandoned read is told to stop at its next
    /// page and holds at most the capped PDF bytes.
    /// The caller blocks on wait handles (the reader done, the watchdog's time up, the caller cancelled) rather than
    /// on a task wait, which spins before it blocks and on one core takes time from the reader it waits for.
    /// </summary>
    public static Result Read(byte[] pdf, EmlReadOptions options, CancellationToken cancellationToken) =>
        Watched((overBudget, token) => ReadPages(pdf, overBudget, token), options, cancellationToken);

    /// <summary>Runs <paramref name="reader"/> under the time limit and the watchdog (a seam for tests of a reader that hangs).</summary>
    internal static Result Watched(Func<Func<bool>, CancellationToken, Result> reader, EmlReadOptions options, CancellationToken cancellationToken)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // A second of slack past the budget: the reader normally notices its own deadline first.
        using var watchdog = new CancellationTokenSource(options.PdfTimeLimit + TimeSpan.FromSeconds(1), options.Time);
        var deadline = options.Time.GetUtcNow() + options.PdfTimeLimit;
        var work = Task.Run(() => reader(() => options.Time.GetUtcNow() > deadline, budget.Token), CancellationToken.None);
        WaitHandle.WaitAny([((IAsyncResult)work).AsyncWaitHandle, watchdog.Token.WaitHandle, cancellationToken.WaitHandle]);
        if (work.IsCompleted)
        {
            return work.GetAwaiter().GetResult();
        }

        budget.Cancel();
        cancellationToken.ThrowIfCancellationRequested();
        return TookTooLong;
    }

    private static Result ReadPages(byte[] pdf, Func<bool> overBudget, CancellationToken cancellationToken)
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
                if (overBudget())
                {
                    return TookTooLong;
                }

                var page = document.GetPage(number);
                text.Append(ContentOrderTextExtractor.GetText(page)).Append('\n');
                images += page.GetImages().Count();
            }

            if (overBudget())
            {
                return TookTooLong;
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
