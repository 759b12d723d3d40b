using OutreachBot.Clinic.Detection;

namespace OutreachBot.Clinic.Tests.Detection;

public class Icd10CodesTests
{
    [Theory]
    [InlineData("Dx: s62.101a", "S62.101A")]
    [InlineData("stroke (I63.512) with hemiparesis", "I63.512")]
    [InlineData("Dx: S62101A - scaphoid fracture", "S62.101A")]
    [InlineData("ICD-10: G35", "G35")]
    [InlineData("feeding aversion, r63.32.", "R63.32")]
    public void FindIn_WhenCodeIsWritten_NormalisesToUpperCaseWithDot(string text, string expected)
    {
        Assert.Equal([expected], Icd10Codes.FindIn(text));
    }

    [Theory]
    [InlineData("Billed CPT 97165 OT evaluation, low complexity")]
    [InlineData("Call (555) 201-3344 ext 214")]
    [InlineData("Claim WC-26-0418837, model T25 thermoplastic")]
    [InlineData("Ref# AUTH-2026-0084412, room B12")]
    public void FindIn_WhenTextHasCptCodesPhonesOrIdentifiers_FindsNoCode(string text)
    {
        Assert.Empty(Icd10Codes.FindIn(text));
    }

    [Fact]
    public void FindIn_WhenProblemListRepeatsCodes_ListsEachOnce()
    {
        var text = "Problem list:\n  I10     Essential hypertension\n  E11.9   Type 2 diabetes\nDx: E11.9";

        Assert.Equal(["I10", "E11.9"], Icd10Codes.FindIn(text));
    }
}
