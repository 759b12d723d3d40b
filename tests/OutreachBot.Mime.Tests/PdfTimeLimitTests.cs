using System.Text;
using Microsoft.Extensions.Time.Testing;

namespace OutreachBot.Mime.Tests;

/// <summary>A PDF that takes longer than its budget is flagged for a person; the message and the next ones are still read.</summary>
public class PdfTimeLimitTests
{
    [Fact]
    public void Read_WhenAPdfTakesLongerThanItsTimeLimit_FlagsItAndKeepsTheMessage()
    {
        // Every reading of the clock moves it three seconds on: the second check of a five-second budget is past it.
        var options = new EmlReadOptions { PdfTimeLimit = TimeSpan.FromSeconds(5), Time = new FakeTimeProvider { AutoAdvanceAmount = TimeSpan.FromSeconds(3) } };
        var pdf = Fixtures.TextPdf("OCCUPATIONAL THERAPY ORDER", "Patient: Ada Vance");
        var eml = Fixtures.WithAttachment("Referring Ada Vance for hand therapy, order attached.", "order.pdf", "application/pdf", pdf);

        var message = Read(eml, options);

        Assert.Contains("Referring Ada Vance", message.BodyText, StringComparison.Ordinal);
        var attachment = Assert.Single(message.Attachments);
        Assert.True(attachment.NeedsPerson);
        Assert.Equal("PDF took too long to read", attachment.Problem);
        Assert.Null(attachment.ExtractedText);
    }

    [Fact]
    public void Read_WhenAPdfReadsWithinItsTimeLimit_KeepsItsText()
    {
        var options = new EmlReadOptions { PdfTimeLimit = TimeSpan.FromSeconds(5), Time = new FakeTimeProvider() };
        var pdf = Fixtures.TextPdf("OCCUPATIONAL THERAPY ORDER", "Patient: Ada Vance");

        var message = Read(Fixtures.WithAttachment("Order attached.", "order.pdf", "application/pdf", pdf), options);

        var attachment = Assert.Single(message.Attachments);
        Assert.False(attachment.NeedsPerson);
        Assert.Contains("Patient: Ada Vance", attachment.ExtractedText, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WhenOneMessageOfABatchHasASlowPdf_TheOthersAreReadNormally()
    {
        var slow = new EmlReadOptions { PdfTimeLimit = TimeSpan.FromSeconds(5), Time = new FakeTimeProvider { AutoAdvanceAmount = TimeSpan.FromSeconds(3) } };
        var batch = new[]
        {
            Fixtures.WithAttachment("First referral, order attached.", "order.pdf", "application/pdf", Fixtures.TextPdf("Order one")),
            Fixtures.Headers + "Content-Type: text/plain\r\n\r\nSecond referral: fine motor delay.\r\n",
        };

        var messages = batch.Select(eml => Read(eml, slow)).ToList();

        Assert.True(Assert.Single(messages[0].Attachments).NeedsPerson);
        Assert.Contains("fine motor delay", messages[1].BodyText, StringComparison.Ordinal);
    }

    private static Clinic.Detection.IncomingMessage Read(string eml, EmlReadOptions options)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(eml));
        return EmlMessageReader.Read(stream, Fixtures.Fallback, options, CancellationToken.None);
    }
}
