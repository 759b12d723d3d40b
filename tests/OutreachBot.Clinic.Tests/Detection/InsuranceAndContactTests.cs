using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

public class InsuranceAndContactTests
{
    private readonly ReferralDetector _detector = new();

    [Theory]
    [InlineData("Insurance: Humana Medicare Advantage.", "Humana Medicare Advantage")]
    [InlineData("Primary insurance - BCBS of Illinois PPO, ID XJH4471002", "BCBS of Illinois PPO")]
    [InlineData("Ruby has Medicaid (Meridian) and lives with her grandmother.", "Medicaid (Meridian)")]
    [InlineData("He has Medicare and Tricare For Life (retired Navy).", "Medicare and Tricare For Life")]
    [InlineData("INSURANCE: MEDICAID", "Medicaid")]
    [InlineData("Aetna is her insurance through work.", "Aetna")]
    public void Detect_WhenInsuranceIsWritten_ReadsThePayerAsWritten(string line, string expected)
    {
        var detection = _detector.Detect(Message("OT referral - Ruby Salk", ReferralFromMaplePediatrics(line), "tlenz@maplepeds.example", "Tara Lenz"));

        Assert.Equal(expected, detection.Insurance);
    }

    [Fact]
    public void Detect_WhenNoPayerIsNamed_InsuranceIsNull()
    {
        Assert.Null(_detector.Detect(Message("OT referral - Ruby Salk", ReferralFromMaplePediatrics("Family will bring the card."), "tlenz@maplepeds.example")).Insurance);
    }

    [Theory]
    [InlineData("Mom prefers text: (555) 239-6618.", PreferredContact.Text)]
    [InlineData("Preferred Contact: Email - rsalk@mailbox.example", PreferredContact.Email)]
    [InlineData("Email's best. Phone is (555) 904-1187.", PreferredContact.Email)]
    [InlineData("The best way to reach me is by phone - (555) 817-3092.", PreferredContact.Phone)]
    [InlineData("Please call her grandmother Joan at (555) 480-2213 to schedule.", PreferredContact.Phone)]
    [InlineData("She has asked to be contacted by email because calls are hard right now.", PreferredContact.Email)]
    [InlineData("Mom would like a phone call - best number is her cell, 555-318-4470.", PreferredContact.Phone)]
    [InlineData("Mother asked for a phone call after 3 pm: (555) 904-6618.", PreferredContact.Phone)]
    [InlineData("A phone call through the interpreter line is best for the family.", PreferredContact.Phone)]
    [InlineData("He asked that you text him at 555-286-3357 rather than call.", PreferredContact.Text)]
    public void Detect_WhenTheFamilyStatesAPreference_ReadsIt(string line, PreferredContact expected)
    {
        var detection = _detector.Detect(Message("OT referral - Ruby Salk", ReferralFromMaplePediatrics(line), "tlenz@maplepeds.example", "Tara Lenz"));

        Assert.Equal(expected, detection.PreferredContact);
    }

    [Fact]
    public void Detect_WhenOnlyTheDisclaimerSaysPleaseContact_PreferredContactIsNull()
    {
        var body = ReferralFromMaplePediatrics("") + "\nIf you are not the intended recipient, please contact the sender by reply e-mail.";

        Assert.Null(_detector.Detect(Message("OT referral - Ruby Salk", body, "tlenz@maplepeds.example", "Tara Lenz")).PreferredContact);
    }
}
