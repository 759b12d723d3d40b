using System.Text;
using OutreachBot.Clinic;
using OutreachBot.Clinic.Detection;

namespace OutreachBot.Mime.Tests;

public class EmlMessageReaderTests
{
    private static readonly DateTimeOffset Fallback = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    private const string Alternative =
        "From: Lena Moritz <lmoritz@driftwoodpeds.example>\r\n" +
        "To: Referrals <referrals@harborlightot.example>\r\n" +
        "Subject: OT referral - Wren Talbot\r\n" +
        "Date: Tue, 10 Nov 2026 09:30:00 -0500\r\n" +
        "Message-ID: <abc123@driftwoodpeds.example>\r\n" +
        "In-Reply-To: <first@driftwoodpeds.example>\r\n" +
        "References: <first@driftwoodpeds.example>\r\n" +
        "MIME-Version: 1.0\r\n" +
        "Content-Type: multipart/alternative; boundary=\"b1\"\r\n\r\n" +
        "--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nI am referring Wren Talbot for an OT evaluation.\r\n" +
        "--b1\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>HTML version that should not be used</p>\r\n" +
        "--b1--\r\n";

    [Fact]
    public void Read_WhenMultipartAlternative_PrefersPlainTextAndReadsHeaders()
    {
        var message = Read(Alternative);

        Assert.Equal("abc123@driftwoodpeds.example", message.MessageId);
        Assert.Equal("OT referral - Wren Talbot", message.Subject);
        Assert.Equal("lmoritz@driftwoodpeds.example", message.FromAddress);
        Assert.Equal("Lena Moritz", message.FromName);
        Assert.Equal(new DateTimeOffset(2026, 11, 10, 9, 30, 0, TimeSpan.FromHours(-5)), message.ReceivedAt);
        Assert.Equal("I am referring Wren Talbot for an OT evaluation.", message.BodyText);
        Assert.Equal("first@driftwoodpeds.example", message.InReplyTo);
        Assert.Equal(["first@driftwoodpeds.example"], message.References);
        Assert.Empty(message.Attachments);
    }

    [Fact]
    public void Read_WhenHtmlOnlyWithTableAndScript_ConvertsToCleanText()
    {
        var eml =
            "From: Website <noreply@harborlightot.example>\r\nSubject: New form submission\r\n" +
            "Message-ID: <form-1@harborlightot.example>\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" +
            "<html><head><style>td { color: red }</style><script>var secret = 'tracking';</script></head><body>" +
            "<p>New submission &ndash; Request an Evaluation</p>" +
            "<table><tr><td>Patient name</td><td>Ivy Rourke</td></tr><tr><td>Phone:</td><td>(555) 904-2210</td></tr></table>" +
            "Line one<br>Line &amp; two</body></html>\r\n";

        var body = Read(eml).BodyText;

        Assert.Contains("New submission – Request an Evaluation", body, StringComparison.Ordinal);
        Assert.Contains("Patient name: Ivy Rourke", body, StringComparison.Ordinal);
        Assert.Contains("Phone: (555) 904-2210", body, StringComparison.Ordinal);
        Assert.Contains("Line one\nLine & two", body, StringComparison.Ordinal);
        Assert.DoesNotContain("tracking", body, StringComparison.Ordinal);
        Assert.DoesNotContain("color", body, StringComparison.Ordinal);
        Assert.DoesNotContain("<", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WhenHiddenElementsCloseInAnotherCase_DropsEachWithItsOwnEndTagOnly()
    {
        // Outlook and web forms write <SCRIPT>...</script> and <Style>...</STYLE>; an element's end tag is found
        // whatever its case, and one element's end does not close another ("</style>" inside a script's text).
        var eml =
            "From: Website <noreply@harborlightot.example>\r\nSubject: Intake form\r\n" +
            "Message-ID: <form-2@harborlightot.example>\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" +
            "<HTML><HEAD><Title>form 12</TITLE><Style>p { margin: 0 }</STYLE></HEAD><body>" +
            "<SCRIPT type=\"text/javascript\">var css = '</style>'; track('visit');</script >" +
            "<p>Child's name: Juniper Hale</p><NoScript>enable scripts</noscript>" +
            "<template id=t><p>hidden row</p></TEMPLATE><xml><o:OfficeDocumentSettings/></XML>" +
            "<p>Concern: handwriting</p></body></HTML>\r\n";

        var body = Read(eml).BodyText;

        Assert.Equal("Child's name: Juniper Hale\n\nConcern: handwriting", body);
    }

    [Theory]
    [InlineData("windows-1252", "quoted-printable", "Mom=92s note: she can=92t button her coat =96 =93urgent=94 per Dr. Ames")]
    [InlineData("Windows-1252", "8bit", null)]
    [InlineData("cp1252", "8bit", null)]
    public void Read_WhenBodyIsInOutlooksWesternCodePage_DecodesItsQuotesAndDashes(string charset, string transfer, string? encoded)
    {
        // Outlook labels Western mail windows-1252: its curly quotes and dashes (0x91-0x97) are no Latin-1 characters.
        const string text = "Mom\u2019s note: she can\u2019t button her coat \u2013 \u201curgent\u201d per Dr. Ames";
        var head = Encoding.ASCII.GetBytes(
            "From: Ida Marsh <imarsh@harborlightot.example>\r\nSubject: Referral\r\nMessage-ID: <cp-1@harborlightot.example>\r\n" +
            $"MIME-Version: 1.0\r\nContent-Type: text/plain; charset={charset}\r\nContent-Transfer-Encoding: {transfer}\r\n\r\n");
        byte[] body = encoded is null ? [.. text.Select(Western)] : Encoding.ASCII.GetBytes(encoded);

        var message = Fixtures.Read(head.Concat(body).Concat("\r\n"u8.ToArray()).ToArray());

        Assert.Equal(text, message.BodyText);
    }

    // The windows-1252 byte of each character the test writes.
    private static byte Western(char c) => c switch
    {
        '\u2019' => 0x92,
        '\u2013' => 0x96,
        '\u201c' => 0x93,
        '\u201d' => 0x94,
        _ => (byte)c,
    };

    [Theory]
    // Some webmail and phone clients encode the whole "Name <address>" as one encoded-word, which RFC 2047 forbids
    // (an encoded-word may stand only for the display name); MimeKit then reads the encoded text as the address.
    [InlineData("=?utf-8?q?Marisol_Pe=C3=B1a_=3Cmpena=40eicoord=2Eexample=3E?=", "Marisol Peña", "mpena@eicoord.example")]
    [InlineData("=?UTF-8?B?TWFyaXNvbCBQZcOxYSA8bXBlbmFAZWljb29yZC5leGFtcGxlPg==?=", "Marisol Peña", "mpena@eicoord.example")]
    [InlineData("=?utf-8?q?mpena=40eicoord=2Eexample?=", null, "mpena@eicoord.example")]
    public void Read_WhenTheWholeSenderIsOneEncodedWord_DecodesNameAndAddress(string from, string? name, string address)
    {
        var message = Read($"From: {from}\r\nSubject: referral\r\nMessage-ID: <ew-1@eicoord.example>\r\n\r\nPlease see the child.\r\n");

        Assert.Equal(address, message.FromAddress);
        Assert.Equal(name, message.FromName);
    }

    [Fact]
    public void Read_WhenTheEncodedSenderDoesNotDecodeToAnAddress_KeepsWhatMimeKitRead()
    {
        var message = Read("From: =?utf-8?q?not_an_address?=\r\nSubject: hi\r\nMessage-ID: <ew-2@x.example>\r\n\r\nHello\r\n");

        Assert.DoesNotContain("@", message.FromAddress, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WhenNoMessageIdOrDate_UsesStableHashOfTheBytesAndTheFallbackTime()
    {
        const string eml = "From: a@clinic.example\r\nSubject: hello\r\n\r\nBody text\r\n";

        var first = Read(eml);
        var second = Read(eml);
        var other = Read(eml.Replace("Body text", "Other text", StringComparison.Ordinal));

        Assert.StartsWith("sha256:", first.MessageId, StringComparison.Ordinal);
        Assert.Equal(64 + "sha256:".Length, first.MessageId.Length);
        Assert.Equal(first.MessageId, second.MessageId);
        Assert.NotEqual(first.MessageId, other.MessageId);
        Assert.Equal(Fallback, first.ReceivedAt);
    }

    [Fact]
    public void Read_WhenAttachmentsPresent_ListsNameTypeSizeAndReadsTextAttachments()
    {
        var pdf = Convert.ToBase64String(Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n"));
        var eml =
            "From: a@clinic.example\r\nSubject: order\r\nMessage-ID: <m1@clinic.example>\r\nMIME-Version: 1.0\r\n" +
            "Content-Type: multipart/mixed; boundary=\"m\"\r\n\r\n" +
            "--m\r\nContent-Type: text/plain\r\n\r\nSee attached.\r\n" +
            "--m\r\nContent-Type: application/pdf; name=\"order.pdf\"\r\nContent-Disposition: attachment; filename=\"order.pdf\"\r\n" +
            "Content-Transfer-Encoding: base64\r\n\r\n" + pdf + "\r\n" +
            "--m\r\nContent-Type: text/plain; name=\"notes.txt\"\r\nContent-Disposition: attachment; filename=\"notes.txt\"\r\n\r\nDx: G35\r\n" +
            "--m--\r\n";

        var attachments = Read(eml).Attachments;

        Assert.Equal(2, attachments.Count);
        Assert.Equal(("order.pdf", "application/pdf", 15L, (string?)null), (attachments[0].FileName, attachments[0].ContentType, attachments[0].SizeBytes, attachments[0].ExtractedText));
        Assert.True(attachments[0].NeedsPerson);
        Assert.Equal("notes.txt", attachments[1].FileName);
        Assert.Equal("Dx: G35", attachments[1].ExtractedText);
    }

    [Theory]
    [InlineData(new byte[] { 0x00, 0xFF, 0x13, 0x37, 0x00, 0x00, 0x89, 0x50, 0x4E, 0x47 })]
    [InlineData(new byte[] { })]
    public void Read_WhenBytesAreNotAMessage_ThrowsUnreadable(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);

        var error = Assert.Throws<UnreadableMessageException>(() => EmlMessageReader.Read(stream, Fallback, CancellationToken.None));

        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Fact]
    public void Read_WhenPlainTextWithoutHeaders_ThrowsUnreadableWithoutQuotingIt()
    {
        var error = Assert.Throws<UnreadableMessageException>(() => Read("Patient Marcus Bell DOB 04/12/1968 needs OT\r\n"));

        Assert.DoesNotContain("Marcus", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WhenBodyIsTwoMegabytes_ParsesAndCapsTheText()
    {
        var line = "Fine motor delay, fisted grasp, difficulty with buttons and zippers. " + new string('x', 10) + "\r\n";
        var body = new StringBuilder();
        while (body.Length < 2 * 1024 * 1024)
        {
            body.Append(line);
        }

        var message = Read("From: a@clinic.example\r\nSubject: big\r\nMessage-ID: <big@clinic.example>\r\n\r\n" + body);

        Assert.InRange(message.BodyText.Length, 100_000, MimeReadLimits.MaxBodyChars);
        Assert.StartsWith("Fine motor delay", message.BodyText, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WhenReadingTheSamples_AllParseAndReferralSamplesDetectAsReferrals()
    {
        var samples = Directory.GetFiles(Path.Combine(SolutionDirectory(), "samples"), "*.eml");
        var detector = new ReferralDetector();
        Assert.InRange(samples.Length, 4, 6);

        foreach (var path in samples)
        {
            using var stream = File.OpenRead(path);
            var message = EmlMessageReader.Read(stream, Fallback, CancellationToken.None);
            var detection = detector.Detect(message);

            Assert.False(string.IsNullOrWhiteSpace(message.BodyText));
            Assert.Equal(2026, message.ReceivedAt.Year);
            var expectReferral = Path.GetFileName(path).Contains("referral", StringComparison.Ordinal);
            Assert.True(expectReferral == detection.IsNewReferral, $"{Path.GetFileName(path)}: {detection.Kind} [{string.Join("; ", detection.Signals)}]");
            if (expectReferral)
            {
                // Sample names start with the expected pathway; urgent ones say so in the name.
                var name = Path.GetFileName(path);
                Assert.Equal(name.Split('-')[0], detection.Pathway?.ToString().ToLowerInvariant());
                Assert.Equal(name.Contains("urgent", StringComparison.Ordinal) || name.Contains("discharge", StringComparison.Ordinal) ? Urgency.Urgent : Urgency.Routine, detection.Urgency);
            }
        }
    }

    private static IncomingMessage Read(string eml)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(eml));
        return EmlMessageReader.Read(stream, Fallback, CancellationToken.None);
    }

    private static string SolutionDirectory()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "OutreachBot.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("OutreachBot.sln not found above the test output.");
    }
}
