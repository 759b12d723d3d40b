using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

/// <summary>The signature names the sender even when it spells the name otherwise than the From header.</summary>
public sealed class SignatureNameTests
{
    private readonly ReferralDetector _detector = new();

    [Theory]
    [InlineData("Pam", "Pamela")]
    [InlineData("Chris", "Christopher")]
    public void Detect_SignatureShortensTheFirstName_ReadsTheSignatureBlock(string signed, string header)
    {
        var detection = _detector.Detect(Message(
            "URGENT OT referral - going home today",
            $"""
            Going home today after a hip replacement: Otto Brandvold, DOB 7/9/1949. Needs outpatient OT for ADLs and tub transfers.
            Wife Greta - 555-640-1185.

            Call me with questions.
            {signed} Haugen, LCSW
            Discharge Planning, Fjord Valley Medical Center
            555-640-3000 x 212 direct | fax 555-640-3099
            """,
            "haugen@fjordvalleymc.example",
            $"Haugen, {header}"));

        Assert.Equal($"{signed} Haugen, LCSW", detection.Referrer.Name);
        Assert.Equal("Fjord Valley Medical Center", detection.Referrer.Organization);
        Assert.Equal(ReferrerRole.SocialWorker, detection.Referrer.Role);
        Assert.Equal("555-640-3000 x 212", detection.Referrer.Phone);
        Assert.Equal("555-640-3099", detection.Referrer.Fax);
    }

    [Fact]
    public void Detect_HeaderDropsTheAccents_KeepsTheSignaturesSpelling()
    {
        var detection = _detector.Detect(Message(
            "Can I book an OT evaluation?",
            """
            Hi,

            I'm 61 and my right thumb has been stiff and painful since a fall in August; my doctor said hand therapy would help. Can I just book an evaluation myself?

            Please call me at 555-318-0442.

            Thank you,
            Hélène Marchetti
            """,
            "h.marchetti@mailbox.example",
            "Helene Marchetti"));

        Assert.Equal("Hélène Marchetti", detection.Referrer.Name);
        Assert.Equal("Hélène Marchetti", detection.Patient.Name);
    }

    [Theory]
    [InlineData("Ines Varga, LCSW\nCare Transitions Coordinator", ReferrerRole.SocialWorker)]
    [InlineData("Ines Varga, MSW\nCase Manager", ReferrerRole.CaseManager)]
    public void Detect_LicensedSocialWorkerWithACoordinatorTitle_IsASocialWorker(string signature, ReferrerRole role)
    {
        var detection = _detector.Detect(Message(
            "OT referral - Abe Lindqvist",
            $"I would like to refer Abe Lindqvist (DOB 4/4/1941) for an OT home safety evaluation after two falls.\n\nThank you,\n{signature}\nNorth Bend Senior Services\n(555) 404-2200",
            "ivarga@northbendseniors.example",
            "Ines Varga"));

        Assert.Equal(role, detection.Referrer.Role);
    }
}
