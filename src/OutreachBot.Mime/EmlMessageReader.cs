using System.Buffers;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using MimeKit;
using OutreachBot.Clinic.Detection;

namespace OutreachBot.Mime;

/// <summary>Turns one raw RFC 5322 message (an .eml export) into the clinic's <see cref="IncomingMessage"/>.</summary>
public static partial class EmlMessageReader
{
    private static readonly HeaderId[] MessageHeaders =
        [HeaderId.From, HeaderId.Sender, HeaderId.To, HeaderId.Date, HeaderId.Subject, HeaderId.MessageId, HeaderId.MimeVersion, HeaderId.Received];

    private static readonly ParserOptions Parsing = new() { MaxMimeDepth = MimeReadLimits.MaxMimeDepth };

    // MimeKit finds a part's charset through Encoding.GetEncoding, and .NET knows only ASCII, Latin-1 and the Unicode
    // encodings until the code pages are registered: Outlook's windows-1252 was read as Latin-1 and its curly quotes and
    // dashes ("Mom’s", "can’t") were lost; looking it up also threw and caught an exception inside MimeKit each time.
    static EmlMessageReader() => System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);

    /// <summary>
    /// Parses one .eml. Throws <see cref="UnreadableMessageException"/> when the bytes are not a readable message
    /// (no recognisable headers, neither sender nor body, larger than the adapter reads, or data the MIME parser
    /// rejects). Text is capped (<see cref="MimeReadLimits"/>), so a hostile message costs bounded time and memory.
    /// Never logs.
    /// </summary>
    public static IncomingMessage Read(Stream eml, DateTimeOffset receivedFallback, CancellationToken cancellationToken) =>
        Read(eml, receivedFallback, EmlReadOptions.Default, cancellationToken);

    /// <summary>Parses one .eml within the given time limits (see <see cref="EmlReadOptions"/>).</summary>
    public static IncomingMessage Read(Stream eml, DateTimeOffset receivedFallback, EmlReadOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(eml);
        ArgumentNullException.ThrowIfNull(options);
        using var buffer = CopyCapped(eml, cancellationToken);
        if (buffer.Length == 0)
        {
            throw new UnreadableMessageException("The message is empty.");
        }

        buffer.Position = 0;
        // Disposed when read: MimeKit's entities have finalizers, so an undisposed message outlives the next collection
        // whole (every part, header and decoded buffer), and a mailbox's worth of them made every collection a gen1.
        using var message = Parse(buffer, cancellationToken);

        if (!MessageHeaders.Any(message.Headers.Contains))
        {
            throw new UnreadableMessageException("The data has no e-mail headers (From, Date, Subject, Message-ID...).");
        }

        var from = EncodedSender.Mend(message.From.Mailboxes.FirstOrDefault() ?? message.Sender);
        var body = BodyText(message);
        if (from is null && string.IsNullOrWhiteSpace(body))
        {
            throw new UnreadableMessageException("The message has neither a sender nor a body.");
        }

        var hasDate = message.Headers.Contains(HeaderId.Date) && message.Date != DateTimeOffset.MinValue;
        return new IncomingMessage(
            MessageId: string.IsNullOrWhiteSpace(message.MessageId) ? HashId(buffer) : message.MessageId,
            Subject: MimeReadLimits.Cap(message.Subject ?? "", 1000),
            FromAddress: from?.Address ?? "",
            FromName: string.IsNullOrWhiteSpace(from?.Name) ? null : from.Name,
            ReceivedAt: hasDate ? message.Date : receivedFallback,
            BodyText: body,
            Attachments: AttachmentReader.Read(message, options, cancellationToken),
            InReplyTo: string.IsNullOrWhiteSpace(message.InReplyTo) ? null : message.InReplyTo,
            References: [.. message.References.Take(50)])
        {
            ToAddresses = [.. message.To.Mailboxes.Select(m => m.Address).Take(50)],
        };
    }

    // One parser per thread, reused: a parser allocates its read buffers when it is made. Persistent: each part's
    // content is read in place from the buffer, which outlives every read of it (all of them happen inside Read and
    // the message is disposed first), rather than copied out part by part.
    [ThreadStatic]
    private static MimeParser? t_parser;

    private static MimeMessage Parse(MemoryStream buffer, CancellationToken cancellationToken)
    {
        var parser = t_parser ?? new MimeParser(Parsing, Stream.Null, MimeFormat.Entity, persistent: false);
        t_parser = null;
        try
        {
            parser.SetStream(buffer, MimeFormat.Entity, persistent: true);
            return parser.ParseMessage(cancellationToken);
        }
        catch (FormatException ex)
        {
            // The parser's own message is kept out: it may quote the data.
            throw new UnreadableMessageException($"The MIME parser rejected the data ({ex.GetType().Name}).");
        }
        finally
        {
            // The message's bytes are not kept past it; a parser that failed midway is as good as new after SetStream.
            parser.SetStream(Stream.Null, MimeFormat.Entity, persistent: false);
            t_parser = parser;
        }
    }

    internal static string Normalise(string text) =>
        ExtraBlankLines().Replace(text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'), "\n\n").Trim();

    private static MemoryStream CopyCapped(Stream source, CancellationToken cancellationToken)
    {
        // A file or a buffer says how long it is: one allocation of that size rather than a doubling stream, and the
        // chunk borrowed, not allocated (80 KB per message was most of what parsing allocated).
        var expected = source.CanSeek ? Math.Max(0, source.Length - source.Position) : 0;
        if (expected > MimeReadLimits.MaxMessageBytes)
        {
            throw TooLarge();
        }

        var target = new MemoryStream((int)expected);
        var chunk = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            int read;
            while ((read = source.Read(chunk, 0, chunk.Length)) > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (target.Length + read > MimeReadLimits.MaxMessageBytes)
                {
                    throw TooLarge();
                }

                target.Write(chunk, 0, read);
            }

            return target;
        }
        catch
        {
            target.Dispose();
            throw;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    private static UnreadableMessageException TooLarge() => new($"The message is larger than {MimeReadLimits.MaxMessageBytes} bytes.");

    private static string HashId(MemoryStream raw) =>
        "sha256:" + Convert.ToHexStringLower(SHA256.HashData(raw.GetBuffer().AsSpan(0, (int)raw.Length)));

    private static string BodyText(MimeMessage message)
    {
        // MimeKit picks the text/plain alternative when there is one: the sender's own plain rendering beats ours.
        if (message.TextBody is { } text && !string.IsNullOrWhiteSpace(text))
        {
            return PlainTextWraps.Unwrap(Normalise(MimeReadLimits.Cap(text, MimeReadLimits.MaxBodyChars)));
        }

        if (message.HtmlBody is not { } html)
        {
            return "";
        }

        try
        {
            return MimeReadLimits.Cap(HtmlText.ToText(html), MimeReadLimits.MaxBodyChars);
        }
        catch (RegexMatchTimeoutException)
        {
            // Pathological markup: keep the words, lose the layout.
            return Normalise(MimeReadLimits.Cap(AnyTag().Replace(MimeReadLimits.Cap(html, MimeReadLimits.MaxHtmlChars), " "), MimeReadLimits.MaxBodyChars));
        }
    }

    [GeneratedRegex(@"\n[ \t]*\n(?:[ \t]*\n)+")]
    private static partial Regex ExtraBlankLines();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex AnyTag();
}
