using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

/// <summary>Payer wording met in session 16: what one payer is to another, conditions and corrections after it, a
/// form's secondary column, casualty insurers, an insurer in brackets and a question typed in capitals.</summary>
public sealed class PayerSession16Tests
{
    private readonly ReferralDetector _detector = new();

    [Theory]
    [InlineData("She has Medicare and Tricare for Life as her supplement.", "Medicare and Tricare for Life")]
    [InlineData("I'll be self-pay unless you accept Ambetter.", "self-pay")]
    [InlineData("Also she changed plans, it's Regence BlueShield now, not Cigna.", "Regence BlueShield")]
    [InlineData("COVERAGE: AETNA PPO (PRIMARY)", "Aetna PPO")]
    [InlineData("Her secondary coverage becomes a Humana Medicare Supplement Plan N (Medicare Part B remains primary).", "Medicare Part B / Humana Medicare Supplement Plan N")]
    [InlineData("  - Coverage updated: Primary changed from Aetna Medicare Advantage to Medicare Part B", "Medicare Part B")]
    [InlineData("Primary insurance: Medicare Part B    Secondary: Regence Medigap Plan N", "Medicare Part B / Regence Medigap Plan N")]
    [InlineData("INS: MEDICAID? NO - SHE SWITCHED. AETNA CHOICE POS II", "Aetna Choice POS II")]
    [InlineData("She has travel health insurance (Edelweiss Travel, policy number on her card).", "Edelweiss Travel")]
    [InlineData("Please bill Pine Ridge Insurance Co., claim # PR-26-0042.", "Pine Ridge Insurance Co.")]
    [InlineData("Quillfeather Mutual has now authorized 8 visits.", "Quillfeather Mutual")]
    public void Detect_WhenThePayerIsWrittenThisWay_ReadsIt(string line, string expected)
    {
        Assert.Equal(expected, _detector.Detect(Message("OT referral - Ines Moll", HandReferralFromEastparkOrthopedics(line), "kvos@eastpark.example", "Kai Vos")).Insurance);
    }

    [Fact]
    public void Detect_WhenAnAllCapsFamilyAsksIfThePayerIsTaken_ReadsThePayerAlone()
    {
        var detection = _detector.Detect(Message(
            "HAND THERAPY",
            "MY HAND SURGEON SAID I NEED THERAPY AFTER MY WRIST SURGERY. DO YOU TAKE AETNA. PLEASE CALL ME AT 555-201-4410.",
            "olund@mailbox.example",
            "Oda Lund"));

        Assert.Equal("Aetna", detection.Insurance);
    }

    [Fact]
    public void Detect_WhenTheWorkersCompClaimIsMentionedInPassing_TakesTheAttachedFormsCarrier()
    {
        var detection = _detector.Detect(Message(
            "New WC referral - Moll, Ines",
            "Hello,\n\nI am the nurse case manager on the workers' compensation claim below; the carrier approved an OT evaluation for a right hand crush injury.\n\nClaimant: Ines Moll\n\nThanks,\nKai Vos, RN\nNorthway Case Management\n(555) 620-3100",
            "kvos@northwaycm.example",
            "Kai Vos",
            [new MessageAttachment("intake.pdf", "application/pdf", 1500, "REFERRAL INTAKE\nClaimant: Ines Moll\nDOB: 1971-07-14\nCarrier: Quillfeather Mutual Insurance (Workers Compensation)\nClaim #: WC-26-0042")]));

        Assert.Equal("Quillfeather Mutual Insurance (Workers Compensation)", detection.Insurance);
    }

    [Fact]
    public void Detect_WhenTheCarrierIsTheCaseManagersEmployer_TakesTheFormsCarrierLine()
    {
        var detection = _detector.Detect(Message(
            "RE: OT referral - Moll, Ines",
            "Authorization attached.\n\nKai Vos\nField Case Manager, Quillfeather Mutual Insurance - Workers' Compensation\n(555) 620-3100\n\n"
                + "> From: Kai Vos\n> Sent: Monday, November 2, 2026 9:00 AM\n> Subject: OT referral - Moll, Ines\n>\n> I am referring Ines Moll (DOB 07/14/1971) for hand therapy.\n> Carrier: Quillfeather Mutual Workers' Compensation, authorized 12 visits",
            "kvos@quillfeathermutual.example",
            "Kai Vos"));

        Assert.Equal("Quillfeather Mutual Workers' Compensation", detection.Insurance);
    }
}
