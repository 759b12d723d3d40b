using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

/// <summary>A reply that corrects the code of the referral quoted below it lists only the corrected code.</summary>
public sealed class Icd10CorrectionTests
{
    private readonly Clinic.Detection.ReferralDetector _detector = new();

    [Theory]
    [InlineData("Wrong code below - the correct code is R27.8.")]
    [InlineData("Corrected ICD-10: R27.8")]
    [InlineData("Please use R27.8 instead.")]
    [InlineData("Please update the dx to R27.8 (was F82).")]
    [InlineData("R27.8 replaces F82.")]
    public void Detect_WhenTheReplyCorrectsTheQuotedCode_ListsOnlyTheCorrectedCode(string line)
    {
        Assert.Equal(["R27.8"], Codes(line, "Dx: F82 developmental coordination disorder."));
    }

    [Fact]
    public void Detect_WhenTheCorrectionSharesACategoryWithOneOfSeveralCodes_ReplacesOnlyThatOne()
    {
        Assert.Equal(["R63.32", "P07.35"], Codes("Correction: the feeding code is R63.32.", "Dx: P07.35 preterm newborn; R63.39 feeding difficulty"));
    }

    [Fact]
    public void Detect_WhenTheReplyAddsACode_KeepsTheQuotedOne()
    {
        Assert.Equal(["R63.3", "F82"], Codes("Also adding R63.3 feeding difficulty.", "Dx: F82 developmental coordination disorder."));
    }

    private IReadOnlyList<string> Codes(string line, string quotedDx) =>
        _detector.Detect(Message("RE: OT referral - Ruby Salk", $"""
            Hi,

            Quick update on Ruby Salk. {line}

            Tara Lenz, MD
            Maple Pediatrics

            -----Original Message-----
            From: Tara Lenz <tlenz@maplepeds.example>
            Sent: Monday, November 9, 2026 8:00 AM
            Subject: OT referral - Ruby Salk

            I am referring Ruby Salk (DOB 03/02/2019) for an OT evaluation of fine motor delay. {quotedDx}
            """, "tlenz@maplepeds.example", "Tara Lenz", inReplyTo: "ref-salk@maplepeds.example")).Icd10Codes;
}
