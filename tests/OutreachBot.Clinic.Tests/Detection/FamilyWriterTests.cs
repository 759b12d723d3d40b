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
        Assert.Equal("Marguerite", detection.Patient.Name);
    }
}
