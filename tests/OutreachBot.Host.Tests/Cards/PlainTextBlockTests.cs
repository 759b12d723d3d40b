using OutreachBot.Host.Cards;

namespace OutreachBot.Host.Tests.Cards;

/// <summary>An email shown on a card keeps its lines: Teams' markdown would join single line breaks.</summary>
public sealed class PlainTextBlockTests
{
    [Fact]
    public void From_SetsEachLineApart_AndKeepsAListTogether()
    {
        var email = "Hello Priya,\r\n\r\nHere is how it works:\r\n1. Send the referral.\r\n2. We confirm it.\r\nCall us.\r\n\r\nKind regards,\r\nDana Whitfield\r\nHarborlight OT\r\n";

        var block = PlainTextBlock.From(email);

        Assert.Equal("TextBlock", block["type"]!.GetValue<string>());
        Assert.True(block["wrap"]!.GetValue<bool>());
        Assert.Equal(
            "Hello Priya,\n\nHere is how it works:\n\n1. Send the referral.\n2. We confirm it.\n\nCall us.\n\nKind regards,\n\nDana Whitfield\n\nHarborlight OT",
            block["text"]!.GetValue<string>());
    }

    [Fact]
    public void From_EmptyText_IsAnEmptyBlock() =>
        Assert.Equal(string.Empty, PlainTextBlock.From("\n\n")["text"]!.GetValue<string>());
}
