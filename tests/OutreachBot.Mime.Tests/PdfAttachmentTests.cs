namespace OutreachBot.Mime.Tests;

public class PdfAttachmentTests
{
    [Fact]
    public void Read_WhenPdfHasATextLayer_ExtractsItsLines()
    {
        var pdf = Fixtures.TextPdf("OCCUPATIONAL THERAPY ORDER", "Patient: Ada Vance", "Dx: S62.101A", "Signed: Nora Quill, MD");

        var attachment = Assert.Single(Fixtures.Read(Fixtures.WithAttachment("Order attached.", "Vance_OT_order.pdf", "application/pdf", pdf)).Attachments);

        Assert.NotNull(attachment.ExtractedText);
        Assert.Contains("Patient: Ada Vance", attachment.ExtractedText, StringComparison.Ordinal);
        Assert.Contains("S62.101A", attachment.ExtractedText, StringComparison.Ordinal);
        Assert.False(attachment.NeedsPerson);
    }

    [Fact]
    public void Read_WhenAttachmentIsAFaxedImage_FlagsItForAPerson()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0];

        var attachment = Assert.Single(Fixtures.Read(Fixtures.WithAttachment("Fax attached.", "FAX_0521_5550101.png", "image/png", png)).Attachments);

        Assert.True(attachment.NeedsPerson);
        Assert.Null(attachment.ExtractedText);
    }
}
