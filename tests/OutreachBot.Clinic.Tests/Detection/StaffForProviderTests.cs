using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

/// <summary>Office staff who write for a provider in words other than "Coordinator for Jane Roe, MD".</summary>
public sealed class StaffForProviderTests
{
    private readonly ReferralDetector _detector = new();

    [Theory]
    [InlineData("Please see Tova Lind (DOB 1/1/1960) after a right wrist ORIF.", "Dana Pryor, RN\nNurse for Dr. Cyrus Vell, Oakmere Orthopedics\n555-201-1000", "Cyrus Vell", "Oakmere Orthopedics")]
    [InlineData("Please see Tova Lind (DOB 1/1/1960) after a right wrist ORIF.", "Dana Pryor\nReferral Coordinator | Dr. Cyrus Vell's office\nOakmere Orthopedics\n555-201-1000", "Cyrus Vell", "Oakmere Orthopedics")]
    [InlineData("I am the office manager for Dr. Cyrus Vell. He would like OT for Tova Lind (DOB 1/1/1960) after a right wrist ORIF.", "Dana Pryor\nOakmere Orthopedics\n555-201-1000", "Cyrus Vell", "Oakmere Orthopedics")]
    public void Detect_StaffWritingForADoctor_NamesTheDoctor(string body, string signature, string name, string organization)
    {
        var detection = _detector.Detect(Message("OT referral", $"Hello,\n{body}\n\nThank you,\n{signature}", "dpryor@oakmereortho.example", "Dana Pryor"));

        Assert.Equal(name, detection.Referrer.Name);
        Assert.Equal(organization, detection.Referrer.Organization);
        Assert.Equal(ReferrerRole.Orthopedist, detection.Referrer.Role);
        Assert.Equal("555-201-1000", detection.Referrer.Phone);
    }
}
