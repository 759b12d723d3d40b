using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

/// <summary>A payer under an insurance label is read even when it is not one of the payers the reader knows.</summary>
public sealed class InsuranceLabelTests
{
    private readonly ReferralDetector _detector = new();

    [Theory]
    [InlineData("Carrier: Granite Falls Mutual Insurance Co. (Workers' Compensation)", "Granite Falls Mutual Insurance Co. (Workers' Compensation)")]
    [InlineData("Insurance: Prairie Farmers Cooperative Health", "Prairie Farmers Cooperative Health")]
    [InlineData("Insurance company: Northwind Casualty", "Northwind Casualty")]
    public void Detect_WhenAnUnknownPayerIsLabelled_ReadsIt(string line, string expected)
    {
        Assert.Equal(expected, _detector.Detect(Message("OT referral - Ines Moll", HandReferralFromEastparkOrthopedics(line), "kvos@eastpark.example", "Kai Vos")).Insurance);
    }

    [Theory]
    [InlineData("Funding: Part C / Medicaid - CareSource", "Part C / Medicaid - CareSource")]
    [InlineData("She has Medicare Part B + Aetna supplement.", "Medicare Part B + Aetna supplement")]
    [InlineData("Mom called: insurance changed Jan 1. New plan is Lakeview Kids Health, ID QX7718.", "Lakeview Kids Health")]
    [InlineData("Plan: ROM, strengthening, edema mgmt.\nIns: Aetna PPO", "Aetna PPO")]
    [InlineData("We have Ambetter insurance.", "Ambetter")]
    [InlineData("BCBS Federal Employee Program", "BCBS Federal Employee Program")]
    [InlineData("Ins: Harbor Mutual auto (PIP) claim 66-2210-443", "Harbor Mutual auto (PIP)")]
    [InlineData("We have Cobalt Vale PPO through my husband's job.", "Cobalt Vale PPO")]
    [InlineData("She has Prairie State Medicaid. I attached a picture of her card.", "Prairie State Medicaid")]
    [InlineData("Tenemos Medicaid (Meridian).", "Medicaid (Meridian)")]
    [InlineData("Forgot to add - her insurance is Keystone Family Health Plan, ID KFH55120934.", "Keystone Family Health Plan")]
    [InlineData("My insurance is Cobalt Vale HMO - do I need a referral from my PCP for that?", "Cobalt Vale HMO")]
    [InlineData("  Coverage: Harborlight Commercial EPO  /  Sub ID HCE0448120", "Harborlight Commercial EPO")]
    [InlineData("Payer: Medicare / Tricare For Life", "Medicare / Tricare For Life")]
    [InlineData("Insurance: Medicare A/B, AARP Medicare Supplement Plan G", "Medicare A/B, AARP Medicare Supplement Plan G")]
    [InlineData("Insurance: Medicare A/B, ID 1EG4-TE5-MK72", "Medicare A/B")]
    [InlineData("Medicare primary, no secondary.", "Medicare")]
    public void Detect_WhenThePayerIsWrittenAsFundingOrInParts_ReadsItWhole(string line, string expected)
    {
        Assert.Equal(expected, _detector.Detect(Message("OT referral - Ines Moll", HandReferralFromEastparkOrthopedics(line), "kvos@eastpark.example", "Kai Vos")).Insurance);
    }

    [Theory]
    [InlineData("Insurance: pending")]
    [InlineData("Insurance: on file")]
    [InlineData("Plan: start with a home program")]
    public void Detect_WhenTheLabelHoldsNoPayer_InsuranceIsNull(string line)
    {
        Assert.Null(_detector.Detect(Message("OT referral - Ines Moll", HandReferralFromEastparkOrthopedics(line), "kvos@eastpark.example", "Kai Vos")).Insurance);
    }
}
