using OutreachBot.Clinic.Detection;

namespace OutreachBot.Clinic.Tests.Detection;

/// <summary>Seven-digit local numbers, as small-town offices and families write them without an area code.</summary>
public sealed class LocalPhoneNumberTests
{
    [Theory]
    [InlineData("Tel. 555-0182 | Fax 555-0183", "555-0182")]
    [InlineData("RE: Jo Marsh  DOB 4/1/1950  pt cell 555-0188", "555-0188")]
    [InlineData("call me 555-0191 any time after 5", "555-0191")]
    [InlineData("His daughter handles his appointments: 555-0120.", "555-0120")]
    [InlineData("Mornings are hard so texting is best - 555-0144.", "555-0144")]
    public void FindIn_WhenALocalNumberHasAPhoneLabel_ReadsIt(string line, string expected)
    {
        Assert.Equal(expected, PhoneNumbers.FindIn(line)[0].Number);
    }

    [Fact]
    public void FindIn_WhenAFaxLabelStandsBeforeTheSecondLocalNumber_ReadsItAsTheFax()
    {
        var numbers = PhoneNumbers.FindIn("Tel. 555-0182 | Fax 555-0183");

        Assert.Equal([false, true], numbers.Select(n => n.IsFax));
    }

    [Theory]
    [InlineData("Referral #: 448-2210")]
    [InlineData("Please see room 204 for 120-1150 pages.")]
    [InlineData("Suite 210-1150, Ridgefield")]
    [InlineData("Order no. 448-2210 was signed today.")]
    public void FindIn_WhenThreeAndFourDigitsAreNoPhone_ReadsNone(string line)
    {
        Assert.Empty(PhoneNumbers.FindIn(line));
    }
}
