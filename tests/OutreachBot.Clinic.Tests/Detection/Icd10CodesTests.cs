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

    [Fact]
    public void FindIn_WhenAnUndottedCodeSitsOnAClinicalLine_TakesIt()
    {
        Assert.Equal(["F82"], Icd10Codes.FindIn("Also the school psych added F82 in her report (developmental coordination)."));
    }

    [Theory]
    [InlineData("Dr. Cole updated the diagnosis to R27.8 instead of F82 so insurance will cover.\n> Dx: F82, fine motor delay")]
    [InlineData("Diagnosis changed from F82 to R27.8 per the neuropsych report.\nDx: F82")]
    public void FindIn_WhenACodeIsCorrected_ListsOnlyTheCorrectedCode(string text)
    {
        Assert.Equal(["R27.8"], Icd10Codes.FindIn(text));
    }

    [Fact]
    public void FindIn_WhenTwoCodesAreBothCurrent_KeepsBoth()
    {
        Assert.Equal(["M43.6", "Q67.3"], Icd10Codes.FindIn("Dx: M43.6 torticollis; Q67.3 plagiocephaly"));
    }

    [Theory]
    [InlineData("Also a correction: the dx should be R63.32 (pediatric feeding disorder), not R63.39 as I wrote below.\n> Dx: R63.39")]
    [InlineData("The correct code for therapy is R63.32, not R63.39, which was the inpatient code.\nDx: R63.39 feeding difficulty")]
    public void FindIn_WhenAnUpdateSaysWhichCodeIsNot_ListsOnlyTheCorrectedCode(string text)
    {
        Assert.Equal(["R63.32"], Icd10Codes.FindIn(text));
    }

    [Theory]
    [InlineData("Dx: feeding problem. Feeds q3h, volumes per NICU plan.")]
    [InlineData("Diagnosis: OA of the knee; tender at the P2P joint line")]
    public void FindIn_WhenShorthandLooksLikeACategory_FindsNoCode(string text)
    {
        Assert.Empty(Icd10Codes.FindIn(text));
    }

    [Fact]
    public void FindIn_WhenAThreeCharacterCodeSharesALineWithDottedCodes_TakesIt()
    {
        Assert.Equal(["I10", "E78.5"], Icd10Codes.FindIn("Also on file: I10, E78.5"));
    }

    [Fact]
    public void FindIn_WhenACategoryUsesALetter_KeepsIt()
    {
        Assert.Equal(["M1A.071"], Icd10Codes.FindIn("Dx: M1A.071 chronic gout, right ankle"));
    }
}
