using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

/// <summary>A letter's heading names the practice and its numbers; a subject line or a field at the top does not.</summary>
public sealed class LetterheadTests
{
    private readonly ReferralDetector _detector = new();

    [Fact]
    public void Detect_LetterSignedWithNameAlone_TakesPracticeAndNumbersFromTheHeading()
    {
        var detection = _detector.Detect(Message(
            "Referral",
            """
            Quarry Lake Hand Center
            410 Mill Road, Suite 2
            Fairview, OH 43210
            Tel 555.318.4400 | Fax (555) 318-4401

            November 9, 2026

            Dear Occupational Therapist,

            Please see Opal Renner (DOB 5/14/1961) for hand therapy after a left trigger finger release. She can be reached at 555 610 2294.

            Sincerely,
            Dr. Tobias Arland
            """,
            "tarland@quarrylakehand.example",
            "Tobias Arland"));

        Assert.Equal("Quarry Lake Hand Center", detection.Referrer.Organization);
        Assert.Equal(ReferrerRole.Orthopedist, detection.Referrer.Role);
        Assert.Equal("555.318.4400", detection.Referrer.Phone);
        Assert.Equal("(555) 318-4401", detection.Referrer.Fax);
        Assert.Equal("555 610 2294", detection.Patient.Phone);
    }

    [Fact]
    public void Detect_MessageOpeningWithASubjectLineAndAField_KeepsTheSignaturePractice()
    {
        var detection = _detector.Detect(Message(
            "Home health referral",
            """
            Home health referral for OT
            Patient phone: 555-610-7781

            I am referring Walter Ingram, DOB 2/3/1944, for OT after a hospital stay for pneumonia; he needs help with bathing and dressing.

            Thanks,
            Mira Castell, RN, CCM
            Case Manager
            Brookline Regional Hospital
            555-620-1100
            """,
            "mcastell@brooklineregional.example",
            "Mira Castell"));

        Assert.Equal("Brookline Regional Hospital", detection.Referrer.Organization);
        Assert.Equal("555-620-1100", detection.Referrer.Phone);
        Assert.Equal("555-610-7781", detection.Patient.Phone);
    }
}
