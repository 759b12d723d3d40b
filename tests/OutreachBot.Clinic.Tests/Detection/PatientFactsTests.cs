namespace OutreachBot.Clinic.Tests.Detection;

public class PatientFactsTests
{
    [Theory]
    [InlineData("Marcus Bell", "M.B.")]
    [InlineData("BELL, MARCUS", "M.B.")]
    [InlineData("Mr. Walter J Pruszynski", "W.P.")]
    [InlineData("Kevin O'Brien", "K.O.")]
    [InlineData("Zoë", "Z.")]
    public void Initials_WhenNameIsKnown_TakesFirstAndLastNameInitials(string name, string expected)
    {
        Assert.Equal(expected, new PatientFacts(name, null, null, null).Initials);
    }

    [Fact]
    public void Initials_WhenNoName_IsNull()
    {
        Assert.Null(new PatientFacts(null, null, 4, null).Initials);
    }

    [Fact]
    public void AgeOn_WhenDateOfBirthKnown_CountsWholeYearsBeforeAndAfterTheBirthday()
    {
        var patient = new PatientFacts("Marcus Bell", new DateOnly(1968, 4, 12), null, null);

        Assert.Equal(57, patient.AgeOn(new DateOnly(2026, 4, 11)));
        Assert.Equal(58, patient.AgeOn(new DateOnly(2026, 4, 12)));
    }

    [Fact]
    public void AgeOn_WhenOnlyStatedAge_ReturnsIt()
    {
        Assert.Equal(4, new PatientFacts(null, null, 4, null).AgeOn(new DateOnly(2026, 11, 10)));
    }
}
