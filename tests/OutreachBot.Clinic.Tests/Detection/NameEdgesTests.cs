using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

/// <summary>Words next to a name that are not part of it, and a doctor's office mailbox.</summary>
public sealed class NameEdgesTests
{
    private readonly ReferralDetector _detector = new();

    [Theory]
    [InlineData("Saw Alina Morrow (DOB 10-02-1990) today for a mallet finger, L ring finger (S62.635A). Needs a custom splint, please evaluate.")]
    [InlineData("Pls see Alina Morrow DOB 10/02/1990 s/p mallet finger. Needs OT for a custom splint.")]
    public void Detect_AVerbBeforeOrALabelAfterTheName_IsLeftOut(string body)
    {
        var detection = _detector.Detect(Message("OT referral", $"{body}\n\nNolan Pryce, PA-C\nCity Urgent Care\n555-447-9000", "npryce@cityuc.example", "Nolan Pryce"));

        Assert.Equal("Alina Morrow", detection.Patient.Name);
    }

    [Theory]
    [InlineData("Office of Dr. Amelia Storrow")]
    [InlineData("Dr. Amelia Storrow's Office")]
    public void Detect_ADoctorsOfficeMailbox_NamesTheDoctor(string displayName)
    {
        const string body = "Please see the attached signed referral from Dr. Storrow for Harold Kim, 3-7-52: Parkinson's disease, micrographia, slowness with buttons. Please evaluate for OT.";

        var detection = _detector.Detect(Message("Referral: OT - Harold Kim", body, "office@storrowneuro.example", displayName));

        Assert.Equal("Amelia Storrow", detection.Referrer.Name);
    }
}
