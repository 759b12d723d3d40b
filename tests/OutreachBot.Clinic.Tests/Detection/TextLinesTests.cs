using OutreachBot.Clinic.Detection;

namespace OutreachBot.Clinic.Tests.Detection;

public sealed class TextLinesTests
{
    [Theory]
    [InlineData("", 1)]
    [InlineData("Dear Dr. Amos,\n\nThank you.", 1)]
    [InlineData("Call (555) 410-2200\nDx F82\n\nFax 555-410-2201\n", 7)]
    [InlineData("Call (555) 410-2200\nDx F82\n\nFax 555-410-2201\n", 1)]
    [InlineData("\n\n7\n", 1)]
    [InlineData("١٢٣٤٥٦٧ (Arabic-Indic digits)\nno digits", 7)]
    public void WithDigits_IsSplitAtNewLinesKeepingTheLinesWithEnoughDigits(string text, int digits)
    {
        var expected = text.Split('\n').Where(l => l.Count(char.IsDigit) >= digits);

        Assert.Equal(expected, TextLines.WithDigits(text, digits));
    }

    [Fact]
    public void WithDigits_DropsLinesWithTooFewDigits()
    {
        Assert.Equal(["Cell 555-0187"], TextLines.WithDigits("Room 12\nCell 555-0187\nSuite 210", 7));
    }
}
