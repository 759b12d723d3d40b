using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

/// <summary>Payers as families type them and as EHR exports print them, read the way an intake coordinator records them.</summary>
public sealed class PayerWordingTests
{
    private readonly Clinic.Detection.ReferralDetector _detector = new();

    [Theory]
    [InlineData("we have medicaid. you can reach me at 555 201 7789", "Medicaid")]
    [InlineData("i have anthem HMO through work", "Anthem HMO")]
    [InlineData("Coverage:           BLUE CROSS BLUE SHIELD PPO", "Blue Cross Blue Shield PPO")]
    [InlineData("  Payer:  MEDICARE PART B", "Medicare Part B")]
    [InlineData("Insurance          : MEDICARE / BCBS SUPPLEMENT", "Medicare / BCBS Supplement")]
    [InlineData("Insurance: TRICARE East", "TRICARE East")]
    [InlineData("Insurance: AARP MEDICARE SUPPLEMENT", "AARP Medicare Supplement")]
    [InlineData("ins: bcbs ppo", "BCBS PPO")]
    public void Detect_WhenThePayerIsInLowerCaseOrCapitals_RecordsItsUsualSpelling(string line, string expected)
    {
        Assert.Equal(expected, Insurance(line));
    }

    [Theory]
    [InlineData("Ruby is covered by Medicaid (Lakeview Kids Plan).", "Medicaid (Lakeview Kids Plan)")]
    [InlineData("They have CHIP through the state.", "CHIP")]
    [InlineData("I have a Blue Cross Blue Shield Medicare Advantage plan.", "Blue Cross Blue Shield Medicare Advantage")]
    [InlineData("Tiene Medicaid, Lakeview Health Plan, el número de miembro es LHP0042.", "Medicaid, Lakeview Health Plan")]
    [InlineData("She has BlueCross BlueShield of Texas PPO.", "BlueCross BlueShield of Texas PPO")]
    [InlineData("Coverage is Medi-Cal through the county.", "Medi-Cal")]
    [InlineData("She has MassHealth Standard.", "MassHealth Standard")]
    [InlineData("This is a workers' comp case, adjuster info below.", "workers' comp")]
    [InlineData("Mom has Aetna PPO for the family.", "Aetna PPO")]
    public void Detect_WhenAFamilyNamesThePayerInASentence_ReadsThePlan(string line, string expected)
    {
        Assert.Equal(expected, Insurance(line));
    }

    [Theory]
    [InlineData("Insurance: Medicaid (foster care) - Lakeview Health Plan.", "Medicaid (foster care) - Lakeview Health Plan")]
    [InlineData("She has Medicare + Medicaid (dual). Phone (555) 410-2213.", "Medicare + Medicaid (dual)")]
    [InlineData("Insurance: Medicare and Medicaid (dual eligible)", "Medicare and Medicaid (dual eligible)")]
    [InlineData("Insurance: Medicare (primary), AARP Medicare Supplement (secondary)", "Medicare (primary), AARP Medicare Supplement (secondary)")]
    [InlineData("He has Medicaid (foster care coverage).", "Medicaid (foster care coverage)")]
    [InlineData("Insurance: Ambetter (marketplace plan).", "Ambetter")]
    public void Detect_WhenARemarkSaysWhatTheCoverageIs_KeepsIt(string line, string expected)
    {
        Assert.Equal(expected, Insurance(line));
    }

    [Fact]
    public void Detect_WhenAnUpdateSaysThePlanChanged_ReadsTheNewPlan()
    {
        Assert.Equal("Molina Healthcare (Medicaid)",
            Insurance("Update: the family's Medicaid plan changed this month, she's now with Molina Healthcare (Medicaid). Photos of the card attached."));
    }

    private string? Insurance(string line) =>
        _detector.Detect(Message("OT referral - Ruby Salk", ReferralFromMaplePediatrics(line), "tlenz@maplepeds.example", "Tara Lenz")).Insurance;
}
