using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

/// <summary>The clinic's own fax server and web form pass on what others wrote; they are not its staff writing.</summary>
public sealed class ClinicRelayTests
{
    private const string Clinic = "ourclinic.example";

    private readonly ReferralDetector _detector = new(new DetectionRules { OwnDomains = [Clinic], OwnPhoneNumbers = ["(555) 420-8800"] });

    [Theory]
    [InlineData("fax-noreply@ourclinic.example")]
    [InlineData("webforms@ourclinic.example")]
    [InlineData("portal.notifications@ourclinic.example")]
    [InlineData("do_not_reply@ourclinic.example")]
    [InlineData("scan-to-email@ourclinic.example")]
    [InlineData("wordpress@ourclinic.example")]
    public void IsRelay_MachineMailboxes_AreRelays(string address) => Assert.True(RelayMailbox.IsRelay(address));

    [Theory]
    [InlineData("frontdesk@ourclinic.example")]
    [InlineData("maria.formosa@ourclinic.example")]
    [InlineData("webster.lane@ourclinic.example")]
    [InlineData("referrals@ourclinic.example")]
    public void IsRelay_PeopleAndSharedInboxes_AreNot(string address) => Assert.False(RelayMailbox.IsRelay(address));

    [Fact]
    public void Detect_OwnFaxServerDeliveringAReferralForm_IsAReferral()
    {
        const string Notice = """
            You have received a new fax.

            From (CSID):  HILLCREST HAND
            Pages:        2

            This message was generated automatically by the fax server. Do not reply.
            """;
        const string Form = """
            HILLCREST HAND SURGERY - THERAPY REFERRAL
            Patient: DORSEY, MILES      DOB: 02/11/1979
            Diagnosis: S62.321A displaced fracture of shaft of second metacarpal, right hand
            Order: Occupational therapy evaluate and treat, custom orthosis
            Referring provider: Anya Kettering, MD
            """;
        var message = Message("Inbound fax from 5553307710 (2 pages)", Notice, $"fax-noreply@{Clinic}", "Our Clinic Fax",
            [new MessageAttachment("fax_5553307710.pdf", "application/pdf", 1800, Form)]) with { ToAddresses = [$"referrals@{Clinic}"] };

        var detection = _detector.Detect(message);

        Assert.Equal(MessageKind.Referral, detection.Kind);
        Assert.DoesNotContain("written by the clinic's own staff", detection.Signals);
        Assert.Equal("Miles Dorsey", detection.Patient.Name);
    }

    [Fact]
    public void Detect_OwnWebFormFromAFamily_IsASelfReferralWithTheFormsEmail()
    {
        const string Form = """
            New submission: Request Services

            Your name: Colleen Marsh
            Relationship to patient: Daughter
            Patient name: MARSH, WALTER
            Patient date of birth: 07/14/1944
            Phone: 555-318-4420
            Email: colleen.marsh@mailbox.example
            How can we help?: My dad has Parkinson's and struggles with buttons and eating with utensils. His neurologist said OT could help.
            """;
        var message = Message("New Contact Form Submission", Form, $"webforms@{Clinic}", "Our Clinic Website") with { ToAddresses = [$"referrals@{Clinic}"] };

        var detection = _detector.Detect(message);

        Assert.Equal(MessageKind.SelfReferral, detection.Kind);
        Assert.Equal("colleen.marsh@mailbox.example", detection.Referrer.Email);
    }

    [Fact]
    public void Detect_StaffForwardingTheFaxServersNoticeOfScannedPages_IsAReferralNotTheClinicsOwn()
    {
        const string Body = """
            Priya - can you take this one? Came in on the fax overnight. Rx is page 2.

            Dana Ruiz, OTR/L
            Clinic Director | Our Clinic
            (555) 420-8800

            -----Original Message-----
            From: FaxServer <fax-noreply@ourclinic.example>
            Sent: Tuesday, November 10, 2026 6:40 AM
            To: Referrals <referrals@ourclinic.example>
            Subject: Fax received from 5557712200 (3 pages)

            You have received a new fax.
            From: Birchwood Bone & Joint (5557712200)
            Pages: 3
            The fax document is attached in PDF format.
            """;
        var message = Message("FW: Fax received from 5557712200 (3 pages)", Body, $"dana.ruiz@{Clinic}", "Dana Ruiz",
            [new MessageAttachment("FAX_5557712200.pdf", "application/pdf", 12000, null) { NeedsPerson = true }])
            with { ToAddresses = [$"priya.raman@{Clinic}"], References = ["<a1@ourclinic.example>"] };

        var detection = _detector.Detect(message);

        Assert.Equal(MessageKind.Referral, detection.Kind);
        Assert.Null(detection.Referrer.Email);
        Assert.NotEqual("(555) 420-8800", detection.Referrer.Phone);
    }
}
