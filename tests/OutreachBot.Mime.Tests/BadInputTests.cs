using System.Text;

namespace OutreachBot.Mime.Tests;

/// <summary>Broken and hostile messages: each gives a result or an <see cref="UnreadableMessageException"/>, never a hang or a crash.</summary>
public class BadInputTests
{
    [Fact]
    public void Read_WhenMultipartIsTruncatedMidAttachment_KeepsTheBody()
    {
        var eml = Fixtures.WithAttachment("Referring Ada Vance for hand therapy.", "order.pdf", "application/pdf", Fixtures.TextPdf("Order"));
        var truncated = eml[..(eml.Length - 400)];

        var message = Fixtures.Read(truncated);

        Assert.Contains("Referring Ada Vance", message.BodyText, StringComparison.Ordinal);
        Assert.Single(message.Attachments);
    }

    [Fact]
    public void Read_WhenHeadersAreCutMidLine_StillReadsWhatIsThere()
    {
        var message = Fixtures.Read("From: Nora Quill <nquill@birchwoodortho.example>\r\nSubject: OT refer");

        Assert.Equal("nquill@birchwoodortho.example", message.FromAddress);
    }

    [Theory]
    [InlineData("x-no-such-charset")]
    [InlineData("utf-8")]
    [InlineData("")]
    public void Read_WhenCharsetIsUnknownWrongOrMissing_DecodesWithoutFailing(string charset)
    {
        var header = charset.Length == 0 ? "Content-Type: text/plain\r\n" : $"Content-Type: text/plain; charset=\"{charset}\"\r\n";
        var head = Encoding.ASCII.GetBytes(Fixtures.Headers + header + "Content-Transfer-Encoding: 8bit\r\n\r\n");
        // Latin-1 bytes ("café", "naïve") under a label that does not match them.
        var body = Encoding.Latin1.GetBytes("Referral: caf\u00e9 worker, na\u00efve splint user, Rx attached.\r\n");

        var message = Fixtures.Read([.. head, .. body]);

        Assert.Contains("Referral: caf", message.BodyText, StringComparison.Ordinal);
        Assert.Contains("Rx attached.", message.BodyText, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WhenBodyIsTwentyMegabytes_CapsTheText()
    {
        var line = "Fine motor delay, difficulty with buttons. ";
        var body = new StringBuilder(21 * 1024 * 1024);
        while (body.Length < 20 * 1024 * 1024)
        {
            body.Append(line);
        }

        var message = Fixtures.Read(Fixtures.Headers + "Content-Type: text/plain\r\n\r\n" + body);

        Assert.InRange(message.BodyText.Length, 1, MimeReadLimits.MaxBodyChars);
    }

    [Fact]
    public void Read_WhenLargerThanTheAdapterReads_ThrowsUnreadable()
    {
        using var endless = new RepeatingStream(MimeReadLimits.MaxMessageBytes + 1);

        Assert.Throws<UnreadableMessageException>(() => EmlMessageReader.Read(endless, Fixtures.Fallback, CancellationToken.None));
    }

    [Fact]
    public void Read_WhenAFileSaysItIsLargerThanTheAdapterReads_ThrowsUnreadableWithoutReadingIt()
    {
        using var huge = new RepeatingStream(MimeReadLimits.MaxMessageBytes + 1, seekable: true);

        Assert.Throws<UnreadableMessageException>(() => EmlMessageReader.Read(huge, Fixtures.Fallback, CancellationToken.None));
        Assert.Equal(0, huge.Position);
    }

    [Fact]
    public void Read_WhenMultipartsNestThousandsDeep_ReturnsWithoutStackOverflow()
    {
        const int depth = 3000;
        var eml = new StringBuilder(Fixtures.Headers);
        for (var i = 0; i < depth; i++)
        {
            eml.Append($"Content-Type: multipart/mixed; boundary=\"b{i}\"\r\n\r\n--b{i}\r\n");
        }

        eml.Append("Content-Type: text/plain\r\n\r\nDeep text.\r\n");
        for (var i = depth - 1; i >= 0; i--)
        {
            eml.Append($"--b{i}--\r\n");
        }

        var message = Fixtures.Read(eml.ToString());

        Assert.Equal("OT referral", message.Subject);
        Assert.True(message.Attachments.Count <= MimeReadLimits.MaxAttachments);
    }

    [Fact]
    public void Read_WhenAttachmentIsAZipBomb_NeverInflatesIt()
    {
        var bomb = Fixtures.ZipBomb(inflatedMegabytes: 64);

        var message = Fixtures.Read(Fixtures.WithAttachment("Records attached.", "records.zip", "application/zip", bomb));

        var attachment = Assert.Single(message.Attachments);
        Assert.Equal(bomb.Length, attachment.SizeBytes);
        Assert.True(attachment.SizeBytes < 1024 * 1024);
        Assert.Null(attachment.ExtractedText);
    }

    [Fact]
    public void Read_WhenPdfIsMalformed_FlagsItForAPerson()
    {
        var garbage = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\nstream\n\u0001\u0002garbage\n%%EOF");

        var attachment = Assert.Single(Fixtures.Read(Fixtures.WithAttachment("See order.", "order.pdf", "application/pdf", garbage)).Attachments);

        Assert.Null(attachment.ExtractedText);
        Assert.True(attachment.NeedsPerson);
        Assert.NotNull(attachment.Problem);
    }

    [Fact]
    public void Read_WhenPdfIsEncrypted_FlagsItForAPerson()
    {
        var attachment = Assert.Single(Fixtures.Read(Fixtures.WithAttachment("See order.", "order.pdf", "application/pdf", Fixtures.EncryptedPdf())).Attachments);

        Assert.Null(attachment.ExtractedText);
        Assert.True(attachment.NeedsPerson);
        Assert.NotNull(attachment.Problem);
    }

    [Fact]
    public void Read_WhenHtmlIsFullOfScripts_KeepsOnlyTheVisibleText()
    {
        var html = new StringBuilder("<html><body><p>Please evaluate and treat Ada Vance.</p>");
        for (var i = 0; i < 8_000; i++)
        {
            html.Append("<script>document.write('tracker");
            html.Append(i);
            html.Append("')</script><style>.x{color:red}</style>");
        }

        html.Append("<p>Dx: M18.11</p><script>unclosed('tracker')");

        var body = Fixtures.Read(Fixtures.Headers + "Content-Type: text/html; charset=utf-8\r\n\r\n" + html).BodyText;

        Assert.Contains("Please evaluate and treat Ada Vance.", body, StringComparison.Ordinal);
        Assert.Contains("Dx: M18.11", body, StringComparison.Ordinal);
        Assert.DoesNotContain("tracker", body, StringComparison.Ordinal);
        Assert.DoesNotContain("color", body, StringComparison.Ordinal);
    }

    /// <summary>Bytes of a plain message header followed by 'a' forever (up to a length), without holding them.</summary>
    private sealed class RepeatingStream(long length, bool seekable = false) : Stream
    {
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => seekable;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - _position);
            buffer.AsSpan(offset, n).Fill((byte)'a');
            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
