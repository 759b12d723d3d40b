using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

/// <summary>A relative writing casually: a lower-case display name and a patient named by first name only.</summary>
public sealed class FamilyWriterTests
{
    private readonly ReferralDetector _detector = new();

    [Fact]
    public void Detect_RelativeNamedByFirstNameAlone_IsThePatientNotTheWriter()
    {
        var detection = _detector.Detect(Message(
            "therapy after stroke",
            "hello my wife Marguerite had a stroke in october and came home from rehab but her right hand is still weak and I help her with buttons and cooking. she is 70. please call 555 201 7730 my name is Anton Lisowski\n\nSent from my phone",
            "alisowski@mailbox.example",
            "anton lisowski"));

        Assert.Equal(MessageKind.SelfReferral, detection.Kind);
        Assert.Equal("Anton Lisowski", detection.Referrer.Name);
        Assert.Equal(ReferrerRole.Family, detection.Referrer.Role);
        // A husband writing of his wife by her first name: the couple's surname is his (see PatientSession16Tests).
        Assert.Equal("Marguerite Lisowski", detection.Patient.Name);
    }

    [Fact]
    public void Detect_AdultWithAHandleForADisplayName_NamesThemselvesInTheText()
    {
        var detection = _detector.Detect(Message(
            "hand therapy question",
            "Hi, my name is Oskar Lind and I broke my wrist in March. My surgeon said I need hand therapy. Can I book an evaluation? You can reach me at 555-300-3131.",
            "olind77@mailbox.example",
            "olind77"));

        Assert.Equal(MessageKind.SelfReferral, detection.Kind);
        Assert.Equal("Oskar Lind", detection.Referrer.Name);
        Assert.Equal("Oskar Lind", detection.Patient.Name);
    }

    [Fact]
    public void Detect_GrandparentSigningWithABareNameLine_IsTheReferrer()
    {
        var detection = _detector.Detect(Message(
            "feeding therapy",
            "Hello, I'm writing about my grandson Milo Brandt, 4, who gags on textured foods. Could he be evaluated for feeding therapy? Call me at 555-300-2121.\n\nGreta Brandt",
            "gbrandt@mailbox.example"));

        Assert.Equal("Greta Brandt", detection.Referrer.Name);
        Assert.Equal(ReferrerRole.Family, detection.Referrer.Role);
        Assert.Equal("Milo Brandt", detection.Patient.Name);
    }
}
