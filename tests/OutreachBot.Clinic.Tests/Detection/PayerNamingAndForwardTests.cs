using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

/// <summary>Payers named with their kind of coverage, restated in full, in Spanish, or changed in a forwarder's note.</summary>
public sealed class PayerNamingAndForwardTests
{
    private readonly Clinic.Detection.ReferralDetector _detector = new();

    [Theory]
    [InlineData("Workers comp: Granite Ridge Mutual, claim number WC-26-0042, adjuster Lee Ames.", "workers' comp - Granite Ridge Mutual")]
    [InlineData("Insurance: Ambetter from Lakeview (marketplace silver), member # U80219944", "Ambetter from Lakeview (marketplace silver)")]
    [InlineData("Aetna (through her husband's employer) - Aetna Open Access Select", "Aetna Open Access Select")]
    [InlineData("Tenemos Medicaid con Lakeview Health. Me pueden mandar un texto.", "Medicaid - Lakeview Health")]
    public void Detect_WhenThePayerIsNamedWithItsKindOrRestated_RecordsThePlan(string line, string expected)
    {
        Assert.Equal(expected, Insurance(line));
    }

    [Theory]
    [InlineData("He was hurt in a car crash. Auto insurance (Allstar PIP) is covering therapy, claim # AS-4410-0021.", "Allstar PIP (auto insurance)")]
    [InlineData("Treatment is covered under her auto policy (PIP) - Bayside Mutual Auto, claim 77-1190.", "Bayside Mutual Auto (PIP)")]
    public void Detect_WhenTheAutoPolicyPays_RecordsTheCarrierWithTheKindOfCoverage(string line, string expected)
    {
        Assert.Equal(expected, Insurance(line));
    }

    [Fact]
    public void Detect_WhenAMarketplaceRemarkNamesNoTier_DropsIt()
    {
        Assert.Equal("Ambetter", Insurance("Insurance: Ambetter (marketplace plan)"));
    }

    [Fact]
    public void Detect_WhenTheForwardersNoteSaysThePlanChanged_RecordsTheNewPlanWithItsProgram()
    {
        var detection = _detector.Detect(Message(
            "FW: OT referral - Tobias Wren",
            """
            Following up on the referral below for Tobias Wren (DOB 3/3/1988). His Medicaid plan switched Nov 1, he's now on Lakeview Health, new member ID 7741100001.

            Dana Pryce, PA-C
            Northside Urgent Care
            (555) 761-4000

            -----Original Message-----
            From: Dana Pryce <dpryce@northsideuc.example>
            Sent: Monday, November 2, 2026 8:00 AM
            Subject: OT referral - Tobias Wren

            Referring Tobias Wren (DOB 3/3/1988) for hand therapy after a flexor tendon repair of the left index finger.
            Insurance: Harbor Community Plan (Medicaid)
            """,
            "dpryce@northsideuc.example",
            "Dana Pryce"));

        Assert.Equal("Lakeview Health (Medicaid)", detection.Insurance);
    }

    private string? Insurance(string line) =>
        _detector.Detect(Message("OT referral", ReferralFromMaplePediatrics(line), "tlenz@maplepeds.example")).Insurance;
}
