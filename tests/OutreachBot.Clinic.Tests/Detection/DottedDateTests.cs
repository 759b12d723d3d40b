using OutreachBot.Clinic.Detection;

namespace OutreachBot.Clinic.Tests.Detection;

/// <summary>Dates written the European way, day first between dots, by referrers abroad and families who lived there.</summary>
public sealed class DottedDateTests
{
    [Theory]
    [InlineData("my patient Jonas Weber, born 07.05.2018, whose family moves here next month")]
    [InlineData("Date of birth: 07.05.2018")]
    public void FindDateOfBirth_WhenTwoDigitsTwoDigitsAndTheYearStandBetweenDots_ReadsTheDayFirst(string text)
    {
        Assert.Equal(new DateOnly(2018, 5, 7), ClinicalDates.FindDateOfBirth(text, pivotYear: 2026));
    }

    [Theory]
    [InlineData("DOB 07/05/2018")]
    [InlineData("DOB 7.5.2018")]
    public void FindDateOfBirth_WhenSlashesOrShortPartsAreUsed_ReadsTheMonthFirst(string text)
    {
        Assert.Equal(new DateOnly(2018, 7, 5), ClinicalDates.FindDateOfBirth(text, pivotYear: 2026));
    }
}
