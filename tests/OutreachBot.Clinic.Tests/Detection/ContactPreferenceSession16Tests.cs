using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

/// <summary>Contact wishes as referrers and EHR notices state them, and a doctor's own line that is no family wish.</summary>
public sealed class ContactPreferenceSession16Tests
{
    private readonly ReferralDetector _detector = new();

    [Theory]
    [InlineData("Her cell is 555-410-7720; she prefers contact by email.", PreferredContact.Email)]
    [InlineData("Grandma is his main support and she'd like calls at (555) 410-7720.", PreferredContact.Phone)]
    [InlineData("Mom asked that her sister, Lena, be contacted to set up visits at (555) 410-7720.", PreferredContact.Phone)]
    [InlineData("Mobile: 555.410.7720 (preferred: Text)", PreferredContact.Text)]
    [InlineData("HOME: 555-410-7720   PREFERRED: HOME PHONE", PreferredContact.Phone)]
    public void Detect_WhenTheFamilysWayIsStatedSo_ReadsIt(string line, PreferredContact expected)
    {
        Assert.Equal(expected, _detector.Detect(Message("OT referral - Ruby Salk", ReferralFromMaplePediatrics(line), "tlenz@maplepeds.example", "Tara Lenz")).PreferredContact);
    }

    [Fact]
    public void Detect_WhenADoctorAsksToCallTheClinicWithQuestions_NamesNoFamilyWish()
    {
        var line = "Please call my clinic with questions (555) 410-2200.";

        Assert.Null(_detector.Detect(Message("OT referral - Ruby Salk", ReferralFromMaplePediatrics(line), "tlenz@maplepeds.example", "Tara Lenz")).PreferredContact);
    }
}
