using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

/// <summary>A doctor who signs with the surname or an initial only, from a practice's mailbox or their own.</summary>
public sealed class DoctorSurnameSignatureTests
{
    private readonly ReferralDetector _detector = new();

    [Fact]
    public void Detect_ANoteSignedDashDrSurnameFromAPracticeMailbox_NamesTheDoctorAndThePractice()
    {
        const string body = "Ruth Adair, DOB 1-22-58, has RA with ulnar drift both hands. Needs resting hand splints and joint protection teaching. M05.79. Pt # 555-615-9087.\n- Dr. Phan";

        var detection = _detector.Detect(Message("splints for RA pt", body, "office@eastbrookrheum.example", "Eastbrook Rheumatology"));

        Assert.Equal("Dr. Phan", detection.Referrer.Name);
        Assert.Equal("Eastbrook Rheumatology", detection.Referrer.Organization);
        Assert.Equal(ReferrerRole.Physician, detection.Referrer.Role);
    }

    [Fact]
    public void Detect_ADoctorSigningWithAnInitial_KeepsTheDisplayNameAndReadsThePracticeBelow()
    {
        const string body = "pls see Cal Wright 4yo for fine motor + self care delays, ASD dx'd last yr (F84.0). mom Aisha 555-287-3390. thx\n\nDr. Q\nSunnyvale Pediatrics\nSent from my phone";

        var detection = _detector.Detect(Message("OT", body, "fquinn@sunnyvalepeds.example", "Farah Quinn, MD"));

        Assert.Equal("Farah Quinn, MD", detection.Referrer.Name);
        Assert.Equal("Sunnyvale Pediatrics", detection.Referrer.Organization);
        Assert.Equal(ReferrerRole.Pediatrician, detection.Referrer.Role);
    }
}
