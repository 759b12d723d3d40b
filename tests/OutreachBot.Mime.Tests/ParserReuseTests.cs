namespace OutreachBot.Mime.Tests;

/// <summary>
/// The reader reuses one MIME parser per thread and parses in place from its copy of the bytes: nothing of one message
/// may leak into the next, whatever state the previous parse ended in.
/// </summary>
public class ParserReuseTests
{
    [Fact]
    public void Read_WhenMessagesFollowOneAnotherOnOneThread_EachIsReadAsIfAlone()
    {
        var referral = Fixtures.WithAttachment("Referring Ada Vance for hand therapy.", "order.pdf", "application/pdf", Fixtures.TextPdf("Signed order: OT eval and treat"));
        var other = Fixtures.WithAttachment("Newsletter for our partners.", "notes.txt", "text/plain", "Spring hours"u8.ToArray());
        var alone = Fixtures.Read(referral);

        Fixtures.Read(other);
        var after = Fixtures.Read(referral);

        Assert.Equal(alone.BodyText, after.BodyText);
        var attachment = Assert.Single(after.Attachments);
        Assert.Equal("order.pdf", attachment.FileName);
        Assert.Contains("Signed order", attachment.ExtractedText, StringComparison.Ordinal);
        Assert.Equal(alone.Attachments[0].SizeBytes, attachment.SizeBytes);
    }

    [Fact]
    public void Read_WhenTheMessagesBeforeWereRefusedOrCutOffMidPart_ReadsTheNextWhole()
    {
        var referral = Fixtures.WithAttachment("Referring Ada Vance for hand therapy.", "order.pdf", "application/pdf", Fixtures.TextPdf("Signed order"));
        var whole = System.Text.Encoding.UTF8.GetBytes(Fixtures.WithAttachment("Referring Bo Lind.", "form.pdf", "application/pdf", Fixtures.TextPdf("Form")));

        Assert.Throws<UnreadableMessageException>(() => Fixtures.Read("not a message at all"));
        var cut = Fixtures.Read(whole[..(whole.Length - 200)]);
        var next = Fixtures.Read(referral);

        Assert.Contains("Referring Bo Lind.", cut.BodyText, StringComparison.Ordinal);
        Assert.Equal("Referring Ada Vance for hand therapy.", next.BodyText);
        Assert.Contains("Signed order", Assert.Single(next.Attachments).ExtractedText, StringComparison.Ordinal);
    }
}
