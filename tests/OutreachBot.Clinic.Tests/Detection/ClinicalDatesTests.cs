using OutreachBot.Clinic.Detection;

namespace OutreachBot.Clinic.Tests.Detection;

public class ClinicalDatesTests
{
    [Theory]
    [InlineData("DOB 04/12/1968")]
    [InlineData("DOB: April 12, 1968")]
    [InlineData("Date of birth: 12-Apr-1968")]
    [InlineData("D.O.B. 1968-04-12")]
    [InlineData("born 12 April 1968")]
    [InlineData("DOB 4/12/68")]
    [InlineData("Her birthday is April 12, 1968.")]
    public void FindDateOfBirth_WhenWrittenInCommonFormats_NormalisesToTheSameDate(string text)
    {
        Assert.Equal(new DateOnly(1968, 4, 12), ClinicalDates.FindDateOfBirth(text, pivotYear: 2026));
    }

    [Theory]
    [InlineData("DOB 19/04/1948 (April 19, 1948)")]
    [InlineData("date of birth 19.04.1948")]
    public void FindDateOfBirth_WhenTheDayComesFirstAndCannotBeAMonth_ReadsItDayFirst(string text)
    {
        Assert.Equal(new DateOnly(1948, 4, 19), ClinicalDates.FindDateOfBirth(text, pivotYear: 2026));
    }

    [Fact]
    public void FindDateOfBirth_WhenNeitherOrderMakesADate_FindsNone()
    {
        Assert.Null(ClinicalDates.FindDateOfBirth("DOB 19/14/1948", pivotYear: 2026));
    }

    [Theory]
    [InlineData("Ruby Castle - a 21-month-old with failure to thrive", 1)]
    [InlineData("born at 28 weeks and is now 14 months chronological", 1)]
    [InlineData("Theo (18 mos) gags on purees", 1)]
    [InlineData("age 9 months, still not rolling", 0)]
    [InlineData("Child name: Pell, Juniper\nAge: 20 months\nParent phone: 555-201-3300", 1)]
    [InlineData("Child: Juniper Pell   Age: 15 mo", 1)]
    public void FindAge_WhenAnAgeIsGivenInMonths_ReturnsWholeYears(string text, int expected)
    {
        Assert.Equal(expected, ClinicalDates.FindAge(text));
    }

    [Theory]
    [InlineData("Switch before October 31 and get 3 months free.")]
    [InlineData("the closest provider has a 5-month wait")]
    [InlineData("S: 3 mo s/p MVC with TBI")]
    [InlineData("he sees me for his 4-month post-op visit")]
    public void FindAge_WhenMonthsMeasureTimeNotAge_FindsNoAge(string text)
    {
        Assert.Null(ClinicalDates.FindAge(text));
    }

    [Fact]
    public void FindDateOfBirth_WhenTwoDigitYearIsNotAfterTheMessageYear_ReadsThisCentury()
    {
        Assert.Equal(new DateOnly(2021, 3, 5), ClinicalDates.FindDateOfBirth("DOB 3/5/21", pivotYear: 2026));
    }

    [Fact]
    public void FindDateOfBirth_WhenNoBirthLabel_IgnoresOtherDates()
    {
        Assert.Null(ClinicalDates.FindDateOfBirth("Surgery on 11/16/2026, sutures out 11/30.", pivotYear: 2026));
    }

    [Theory]
    [InlineData("a 4 y/o girl", 4)]
    [InlineData("Curtis Wynn, 41 yo M", 41)]
    [InlineData("age 7, second grade", 7)]
    [InlineData("a 5-year-old boy", 5)]
    [InlineData("22 months old with feeding aversion", 1)]
    [InlineData("Hi, I'm 63 and have carpal tunnel", 63)]
    public void FindAge_WhenAgeIsStated_ReturnsWholeYears(string text, int expected)
    {
        Assert.Equal(expected, ClinicalDates.FindAge(text));
    }

    [Fact]
    public void FindAge_WhenMonthsDescribeADuration_IsNotAnAge()
    {
        Assert.Null(ClinicalDates.FindAge("symptoms for 6 months, worse over the last 2 months"));
    }
}
