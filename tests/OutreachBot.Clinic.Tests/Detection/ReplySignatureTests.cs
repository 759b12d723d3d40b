using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

/// <summary>
/// A reply signed with a first name (or "Sent from my iPhone") above the sender's own earlier message: that message's
/// signature names the referrer, the practice and the numbers.
/// </summary>
public sealed class ReplySignatureTests
{
    private readonly ReferralDetector _detector = new();

    [Fact]
    public void Detect_PhoneReplyAboveOwnReferral_TakesTheQuotedSignature()
    {
        var detection = _detector.Detect(Message(
            "RE: Hand therapy - Colm Ferris",
            """
            One more thing - his mobile is 555-884-2016, not the home number. Thanks!

            Sent from my iPhone

            > On Nov 9, 2026, at 3:12 PM, Okafor, Lena <lokafor@ridgelinehand.example> wrote:
            >
            > Please see Colm Ferris (DOB 06/30/1979) for a thumb CMC arthroplasty protocol, post-op day 5.
            > Home phone: (555) 884-2000
            >
            > Lena Okafor, MD
            > Ridgeline Hand Surgery
            > Direct (555) 884-7100 ext. 14 | Fx (555) 884-7199
            """,
            "lokafor@ridgelinehand.example",
            "Okafor, Lena",
            inReplyTo: "first@ridgelinehand.example"));

        Assert.Equal("Lena Okafor, MD", detection.Referrer.Name);
        Assert.Equal("Ridgeline Hand Surgery", detection.Referrer.Organization);
        Assert.Equal(ReferrerRole.Orthopedist, detection.Referrer.Role);
        Assert.Equal("(555) 884-7100 ext. 14", detection.Referrer.Phone);
        Assert.Equal("(555) 884-7199", detection.Referrer.Fax);
        Assert.Equal("lokafor@ridgelinehand.example", detection.Referrer.Email);
    }

    [Fact]
    public void Detect_StaffReplyAboveOwnOutlookQuote_TakesTheProviderFromTheQuotedSignature()
    {
        var detection = _detector.Detect(Message(
            "RE: OT referral - grasp delay",
            """
            Hello again - the family's plan changed this month, new member ID is QK55120. Updated order attached.

            Deja

            From: Deja Whitcombe
            Sent: Monday, November 2, 2026 8:40 AM
            To: Intake <intake@otclinic.example>
            Subject: OT referral - grasp delay

            Dr. Ingrid Solberg would like an OT evaluation for Pia Lund (DOB 01/15/2022), immature grasp.

            Deja Whitcombe, CMA
            for Ingrid Solberg, MD
            Fernhill Pediatrics
            Office 555.730.6100 | Fax 555.730.6101
            """,
            "dwhitcombe@fernhillpeds.example",
            "Deja Whitcombe",
            [Pdf("order_rev.pdf")],
            inReplyTo: "first@fernhillpeds.example"));

        Assert.Equal("Ingrid Solberg, MD", detection.Referrer.Name);
        Assert.Equal("Fernhill Pediatrics", detection.Referrer.Organization);
        Assert.Equal(ReferrerRole.Pediatrician, detection.Referrer.Role);
        Assert.Equal("555.730.6100", detection.Referrer.Phone);
        Assert.Equal("555.730.6101", detection.Referrer.Fax);
    }

    [Fact]
    public void Detect_ReplyAboveSomeoneElsesMessage_KeepsTheSender()
    {
        var detection = _detector.Detect(Message(
            "RE: OT referral",
            """
            Adding the signed order for Vera Holt (DOB 3/3/1950) here.

            Thanks,
            Nia Brandt, MD
            Alder Family Medicine
            (555) 212-9000

            From: Owen Price <oprice@cedarhospital.example>
            Sent: Monday, November 2, 2026 8:40 AM
            Subject: OT referral

            Owen Price, RN, CCM
            Case Manager, Cedar Hospital
            (555) 212-4400
            """,
            "nbrandt@alderfm.example",
            "Nia Brandt",
            [Pdf("order.pdf")],
            inReplyTo: "first@cedarhospital.example"));

        Assert.Equal("Nia Brandt, MD", detection.Referrer.Name);
        Assert.Equal("Alder Family Medicine", detection.Referrer.Organization);
        Assert.Equal("(555) 212-9000", detection.Referrer.Phone);
    }

    [Fact]
    public void Detect_ReplySignedWithANameAndANewNumber_KeepsTheNewNumberAndTakesThePracticeFromTheQuote()
    {
        var detection = _detector.Detect(Message(
            "RE: OT referral - Ivy Holm",
            """
            Ivy's mother asked me to add that she prefers texts. My direct line is new as of this week.

            Thanks,
            Lena
            Direct 555-884-7300

            From: Okafor, Lena <lokafor@ridgelinehand.example>
            Sent: Monday, November 2, 2026 8:40 AM
            Subject: OT referral - Ivy Holm

            Please see Ivy Holm (DOB 06/30/1999) for a mallet finger orthosis.

            Lena Okafor, MD
            Ridgeline Hand Surgery
            Direct (555) 884-7100 | Fx (555) 884-7199
            """,
            "lokafor@ridgelinehand.example",
            "Okafor, Lena",
            inReplyTo: "first@ridgelinehand.example"));

        Assert.Equal("Lena Okafor, MD", detection.Referrer.Name);
        Assert.Equal("Ridgeline Hand Surgery", detection.Referrer.Organization);
        Assert.Equal("555-884-7300", detection.Referrer.Phone);
        Assert.Equal("(555) 884-7199", detection.Referrer.Fax);
    }
}
