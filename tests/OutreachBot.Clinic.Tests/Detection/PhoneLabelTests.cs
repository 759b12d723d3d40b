using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

/// <summary>Fax labels written after the number, letterhead lines and staff extensions (fictional numbers).</summary>
public sealed class PhoneLabelTests
{
    private readonly ReferralDetector _detector = new();

    [Theory]
    [InlineData("(555) 610-2000 main | (555) 610-2001 fax", "(555) 610-2000", "(555) 610-2001")]
    [InlineData("555-610-2000 (office), 555-610-2001 (fax)", "555-610-2000", "555-610-2001")]
    [InlineData("Tel 555.610.2000 / 555.610.2001 Fax", "555.610.2000", "555.610.2001")]
    [InlineData("Scheduling 555.610.2000 opt 3 | Fax 555.610.2001", "555.610.2000", "555.610.2001")]
    [InlineData("Phone 555-610-2000 Fax 555-610-2001", "555-610-2000", "555-610-2001")]
    public void Detect_WhenTheSignatureLabelsTheFaxEitherSide_KeepsPhoneAndFaxApart(string numbersLine, string phone, string fax)
    {
        var detection = _detector.Detect(Message(
            "OT referral - Nora Vance",
            $"Hello,\nPlease evaluate and treat Nora Vance (DOB 04/02/1957) for left CMC arthritis, splint and joint protection. Signed order attached.\n\nThank you,\nLeon Brandt, MD\nRiverbend Orthopedics\n{numbersLine}",
            "lbrandt@riverbendortho.example",
            "Leon Brandt",
            [Pdf("order.pdf")]));

        Assert.Equal(phone, detection.Referrer.Phone);
        Assert.Equal(fax, detection.Referrer.Fax);
    }

    [Fact]
    public void Detect_WhenOnlyTheFormLetterheadGivesTheFax_TakesItFromTheLineWithTheReferrersPhone()
    {
        var form = new MessageAttachment("referral.pdf", "application/pdf", 30_000, "CEDAR VALLEY NEUROLOGY\nMain 555-282-7700    Fax 555-282-7790\nREFERRAL TO OCCUPATIONAL THERAPY\nPatient: Walter Ibsen   DOB: 09/14/1949");
        var detection = _detector.Detect(Message(
            "OT referral - Walter Ibsen",
            "Hello,\nReferring Walter Ibsen for OT: Parkinson disease with micrographia and trouble with buttons. Referral form attached.\n\nMina Sato, MD\nCedar Valley Neurology\n555-282-7700",
            "msato@cedarvalleyneuro.example",
            "Mina Sato",
            [form]));

        Assert.Equal("555-282-7700", detection.Referrer.Phone);
        Assert.Equal("555-282-7790", detection.Referrer.Fax);
    }

    [Fact]
    public void Detect_WhenStaffReplyForTheProviderQuotedBelow_TheProviderAndTheirNumbersRefer()
    {
        var detection = _detector.Detect(Message(
            "RE: OT referral - Hugo Lind - s/p CTR",
            """
            Good afternoon,

            Small correction to the referral below: Mr. Lind's date of birth is 03/08/1966. Everything else is correct.

            Ana Reyes, MA
            Medical Assistant to Dr. Colin Mayer
            Summit Hand Center
            (555) 840-3300 ext 27

            ________________________________
            From: Mayer, Colin <cmayer@summithand.example>
            Sent: Monday, March 2, 2026 9:12 AM
            To: Intake <intake@clinic.example>
            Subject: OT referral - Hugo Lind - s/p CTR

            Hello,

            Please evaluate and treat Hugo Lind, s/p right carpal tunnel release 2 weeks ago, for scar management and tendon glides.

            Thank you,

            Colin Mayer, MD
            Summit Hand Center
            P (555) 840-3300 | F (555) 840-3301
            """,
            "areyes@summithand.example",
            "Ana Reyes",
            inReplyTo: "<first@summithand.example>"));

        Assert.Equal("Colin Mayer, MD", detection.Referrer.Name);
        Assert.Equal("cmayer@summithand.example", detection.Referrer.Email);
        Assert.Equal("(555) 840-3300", detection.Referrer.Phone);
        Assert.Equal("(555) 840-3301", detection.Referrer.Fax);
    }

    [Fact]
    public void Detect_WhenOfficeStaffForwardTheirDoctorsNote_TheDesksExtensionIsNotThePractices()
    {
        var detection = _detector.Detect(Message(
            "FW: OT referral - Ivy Moreno",
            """
            Forwarding Dr. Hale's referral below.

            Thanks,
            Rosa Lind
            Referral Coordinator | Brookside Pediatrics
            (555) 920-4400 x 131

            ________________________________
            From: Jonah Hale, MD <jhale@brooksidepeds.example>
            Sent: Tuesday, May 5, 2026 8:01 AM
            To: Rosa Lind <rlind@brooksidepeds.example>
            Subject: OT referral - Ivy Moreno

            Rosa - please send an OT referral for Ivy Moreno, DOB 5-2-2019, poor handwriting and sensory avoidance.
            """,
            "rlind@brooksidepeds.example",
            "Rosa Lind"));

        Assert.Equal("(555) 920-4400", detection.Referrer.Phone);
    }

    [Theory]
    [InlineData("Insurance: Aetna PPO, Member ID 123 456 7890.")]
    [InlineData("Insurance: Aetna PPO. Policy #: 555-201-9911")]
    [InlineData("Aetna PPO, subscriber no. (555) 201-9911")]
    [InlineData("MRN: 555.201.9911")]
    public void Detect_WhenAnIdentifierIsWrittenLikeAPhoneNumber_TakesItForNobodysPhone(string identifierLine)
    {
        var detection = _detector.Detect(Message(
            "OT referral - Noah Baker",
            $"Hello,\nReferring Noah Baker (DOB 6/2/2020) for fine motor delay and poor grasp.\n{identifierLine}\nMom's cell is 555-201-7788.\n\nThanks,\nAmy Lee, MD\nHarbor Pediatrics\nPhone 555-201-3000",
            "alee@harborpeds.example",
            "Amy Lee"));

        Assert.Equal("555-201-7788", detection.Patient.Phone);
        Assert.Equal("555-201-3000", detection.Referrer.Phone);
        Assert.Null(detection.Referrer.Fax);
    }
}
