using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

/// <summary>The clinic's own side of a referral thread, which the shared inbox also holds: never a referral or an update.</summary>
public sealed class ClinicCorrespondenceTests
{
    private const string Clinic = "ourclinic.example";

    private readonly ReferralDetector _detector = new(new DetectionRules { OwnDomains = [Clinic] });

    private const string Acknowledgement = """
        Dear Dr. Hale,

        Thank you for your referral. Our intake team has received the following and is processing it:

        Patient: Wren Acosta
        Date of birth: 06/21/2007
        Service requested: OT evaluation - neuro / cognitive
        Status: insurance verification in progress

        Intake team, Our Clinic OT
        """;

    [Fact]
    public void Detect_TheClinicsAcknowledgementToAReferrer_IsNotAReferral()
    {
        var message = Message("Referral received: Wren Acosta", Acknowledgement, $"no-reply@{Clinic}", "Our Clinic Intake", inReplyTo: "r1@halerehab.example")
            with { ToAddresses = ["dhale@halerehab.example"] };

        var detection = _detector.Detect(message);

        Assert.Equal(MessageKind.NotReferral, detection.Kind);
        Assert.Contains("the clinic's own mail to someone outside it", detection.Signals);
    }

    [Fact]
    public void Detect_TheClinicsWebFormRelayedToItsOwnInbox_IsStillRead()
    {
        var message = Message("Web form: request for OT", "Parent name: Lena Ruiz\nChild's name: Mateo Ruiz\nDate of birth: 03/02/2020\nConcern: my son cannot hold a pencil and we would like an OT evaluation.\nPhone: 555-310-4400", $"no-reply@{Clinic}", "Our Clinic Website")
            with { ToAddresses = [$"referrals@{Clinic}"] };

        Assert.NotEqual(MessageKind.NotReferral, _detector.Detect(message).Kind);
    }

    [Theory]
    [InlineData("Perfect, thank you! I let Keiko know and she has it on her calendar.", MessageKind.NotReferral)]
    [InlineData("Sí, el martes a las 4 está bien. ¡Gracias!", MessageKind.NotReferral)]
    [InlineData("Thanks. Can you also see her for the splint check that week?", MessageKind.ReferralUpdate)]
    [InlineData("Thank you. Her new cell is 555-380-9911.", MessageKind.ReferralUpdate)]
    public void Detect_AReferrersReplyToTheClinicsScheduling_IsAnUpdateOnlyWhenItAddsSomething(string note, MessageKind expected)
    {
        var body = $"""
            {note}

            Jo Pike, CMA
            Lakemont Neurology
            (555) 380-4410

            From: Our Clinic Referrals <referrals@{Clinic}>
            Sent: Monday, August 17, 2026 10:02 AM
            To: Jo Pike <jpike@lakemontneuro.example>
            Subject: RE: OT Referral - Tanabe, Keiko

            Hi Jo,

            Thanks for the OT referral for Keiko Tanabe (DOB 04/02/1980, G35). Her initial OT evaluation is scheduled for Tuesday 8/25 at 4:00 PM.
            """;
        var message = Message("RE: OT Referral - Tanabe, Keiko", body, "jpike@lakemontneuro.example", "Jo Pike", inReplyTo: $"bp-1@{Clinic}")
            with { ToAddresses = [$"referrals@{Clinic}"] };

        Assert.Equal(expected, _detector.Detect(message).Kind);
    }

    [Fact]
    public void Detect_AParentAcceptingTheSlotOfferedInAnIphoneQuote_IsNotAnUpdate()
    {
        const string body = """
            Tuesday the 15th at 3:30 works great. Desmond will be there, thank you!

            Sent from my iPhone

            > On Nov 8, 2026, at 4:52 PM, Our Clinic Referrals <referrals@ourclinic.example> wrote:
            >
            > Hi Rosalind,
            >
            > Thank you for reaching out about Desmond. We have an evaluation opening on Tuesday 11/15 at 3:30 pm. Please reply to confirm.
            """;

        var detection = _detector.Detect(Message("Re: OT for my son", body, "rosie@mailbox.example", "Rosalind Baird", inReplyTo: "x1@mailhost.example"));

        Assert.Equal(MessageKind.NotReferral, detection.Kind);
        Assert.Contains("thanks for the appointment the clinic offered", detection.Signals);
    }
}
