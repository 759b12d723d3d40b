using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

/// <summary>An age or a birth date written right after the patient's name, without a label.</summary>
public sealed class AgeAndBirthBesideNameTests
{
    private readonly ReferralDetector _detector = new();

    private PatientFacts Patient(string sentence) =>
        _detector.Detect(Message("OT referral", $"Hello,\n\n{sentence} Please evaluate for OT.\n\nTess Amory, MD\nHollow Creek Pediatrics\n555-350-1200", "tamory@hollowcreekpeds.example", "Tess Amory")).Patient;

    [Fact]
    public void Detect_AgeInParenthesesAfterTheName_IsTheAge()
    {
        var patient = Patient("Our 7th grader Chloé Bernard (12) has juvenile arthritis and hand pain with handwriting.");

        Assert.Equal("Chloé Bernard", patient.Name);
        Assert.Equal(12, patient.AgeYears);
    }

    [Fact]
    public void Detect_MonthsAfterTheNameAndAComma_IsTheAgeInYears()
    {
        var patient = Patient("Ezra Gold, 19 months. Gags on purees with any texture, only accepts about 6 foods.");

        Assert.Equal(1, patient.AgeYears);
    }

    [Theory]
    [InlineData("Nadia Petrov, 10/19/1984 - R wrist fracture, cast off last week.", 1984, 10, 19)]
    [InlineData("Harold Kimball, 3-7-52, Parkinson's disease with micrographia.", 1952, 3, 7)]
    public void Detect_AFullDateAfterTheNameAndAComma_IsTheBirthDate(string sentence, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), Patient(sentence).DateOfBirth);
    }

    [Fact]
    public void Detect_AFamilyNumberInASentenceThatMentionsAFax_IsThePatientsPhone()
    {
        Assert.Equal("555-910-4452", Patient("Edie Sorell, 82 yo, 2 falls this month. Daughter Karen 555-910-4452 is the contact. Will fax order Mon.").Phone);
    }

    [Fact]
    public void Detect_ThisYearsDateAfterAName_IsNoBirthDate()
    {
        Assert.Null(Patient("Nadia Petrov, 11/02/2026 - R wrist fracture, cast off last week.").DateOfBirth);
    }
}
