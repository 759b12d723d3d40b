using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

/// <summary>
/// Whether a message is a referral when a fax server's notice carries it, when the clinic's own staff pass it on,
/// and when a family, a patient or a colleague asks in plain (or misspelled) words.
/// </summary>
public sealed class FaxNoticeAndAskingWordsTests
{
    private const string Clinic = "harborlightot.example";

    private readonly ReferralDetector _detector = new(new DetectionRules { OwnDomains = [Clinic] });

    private static string Notice(string extra = "") => $"""
        INBOUND FAX DELIVERY

        You have received a 2 page fax.

        Received: 11/09/2026 10:12
        From CSID: {extra}
        Remote fax number: 5553014400
        Pages: 2

        The fax image is attached to this message.
        """;

    [Fact]
    public void Detect_APagedFaxNoticeOverALetterWithText_ReadsTheLetterAsTheMessage()
    {
        const string letter = """
            PINEWOOD NEUROLOGY
            Re: Harriet Gale    DOB: 3/14/1951
            I am referring Mrs. Gale, who has Parkinson's disease, for outpatient occupational therapy for
            handwriting, buttons and dressing. Please evaluate and treat.
            Otto Brandt, MD
            """;
        var fax = new MessageAttachment("FAX_20261109_1012.pdf", "application/pdf", 1_600, letter);
        var message = Message("Inbound Fax from PINEWOOD NEURO (5553014400) - 2 pages", Notice("PINEWOOD NEURO"), $"fax-noreply@{Clinic}", "Fax Inbound", [fax]);

        var detection = _detector.Detect(message);

        Assert.Equal(MessageKind.Referral, detection.Kind);
        Assert.Equal(Pathway.Neuro, detection.Pathway);
        Assert.Contains("cover note: the attached form is read as the message", detection.Signals);
    }

    [Fact]
    public void Detect_APagedFaxNoticeOverARadiologyReport_IsNotAReferral()
    {
        const string report = """
            SEAVIEW IMAGING
            RADIOGRAPH REPORT - LEFT WRIST 2 VIEWS
            Patient: Oduya, Femi   DOB 04/02/1983
            Findings: Healing fracture of the distal radius, plate intact.
            Impression: Healing fracture, stable alignment.
            cc: Harbor Light Occupational Therapy
            """;
        var fax = new MessageAttachment("FAX_20261109_1012.pdf", "application/pdf", 1_100, report);
        var message = Message("Inbound Fax from SEAVIEW IMG (5553014400) - 1 page", Notice("SEAVIEW IMG"), $"fax-noreply@{Clinic}", "Fax Inbound", [fax]);

        Assert.Equal(MessageKind.NotReferral, _detector.Detect(message).Kind);
    }

    [Theory]
    [InlineData("Cover note: Lab results for ORTIZ, LENA. FYI per Dr. Moss, no action needed.")]
    [InlineData("Fax text summary: PLAN OF CARE RECERTIFICATION - Occupational Therapy - Continue OT 1x/week.")]
    public void Detect_AFaxNoticeOverPicturePagesThatAskNothing_IsNotAReferral(string line)
    {
        var scan = new MessageAttachment("fax_5553014400.tif", "image/tiff", 120_000, null) { NeedsPerson = true };
        var message = Message("New fax from 5553014400 - 2 page(s)", $"You have received a new fax.\n\nPages: 2\n\n{line}\n\nThe fax is attached.", "no-reply@faxhub.example", "Fax Hub", [scan]);

        Assert.Equal(MessageKind.NotReferral, _detector.Detect(message).Kind);
    }

    [Fact]
    public void Detect_TheFrontDeskForwardingAColleaguesForwardOfAnOutsideReferral_IsAReferral()
    {
        var body = $"""
            Sending to the referrals box so it is logged. -Pia

            From: Noel Ward <nward@{Clinic}>
            Sent: Monday, November 9, 2026 8:02 AM
            To: Front Desk <frontdesk@{Clinic}>
            Subject: FW: Outpatient OT - Amos Reyes

            Pia - this came to me directly, can you get it into intake? He leaves rehab on Friday and I can take him.
            Noel

            From: Lund, Greta <glund@bayrehab.example>
            Sent: Sunday, November 8, 2026 4:47 PM
            To: Noel Ward <nward@{Clinic}>
            Subject: Outpatient OT - Amos Reyes

            Patient: Amos Reyes, DOB 02/02/1961
            Dx: CVA with right hemiparesis
            Needs: outpatient OT for RUE, fine motor and IADLs after discharge.

            Greta Lund, LCSW
            Discharge Planner, Bay Rehabilitation Hospital
            (555) 377-4100
            """;
        var message = Message("FW: Outpatient OT - Amos Reyes", body, $"frontdesk@{Clinic}", "Pia Sol");

        var detection = _detector.Detect(message);

        Assert.Equal(MessageKind.Referral, detection.Kind);
        Assert.DoesNotContain("written by the clinic's own staff", detection.Signals);
    }

    [Fact]
    public void Detect_AGrandmotherAskingInMisspelledWords_IsASelfReferral()
    {
        const string body = """
            hi, my grandson milo is 4 (born may 3 2022) and lives with me. his preschool says he cant hold a crayon
            and has meltdowns with hand washing, they said to look into occupational therepy. do i need a referal?
            call me at 555 201 7781
            """;

        var detection = _detector.Detect(Message("grandson", body, "nana.birch@mailbox.example", "june birch"));

        Assert.Equal(MessageKind.SelfReferral, detection.Kind);
        Assert.Equal(Pathway.Pediatric, detection.Pathway);
    }

    [Fact]
    public void Detect_APatientAskingToComeInForSplintsOTsMake_IsASelfReferral()
    {
        const string body = """
            hello, i'm 70 and have arthritis at the base of both thumbs. opening jars is getting hard and i heard OTs
            make splints for this. i'd like to come in. what's the rate for an eval?

            Walt Ferris
            """;

        var detection = _detector.Detect(Message("thumb arthritis - do I need a referral?", body, "wferris@mailbox.example", "Walt Ferris"));

        Assert.Equal(MessageKind.SelfReferral, detection.Kind);
        Assert.Equal(Pathway.Hand, detection.Pathway);
    }

    [Fact]
    public void Detect_APatientWhoCutTheirThumbAskingToGetInSooner_IsASelfReferral()
    {
        const string body = """
            Hello, I cut my right thumb at work and had the tendon repaired last week. The surgeon wants therapy soon
            but the other place cannot see me until January. Can you get me in sooner? Text 555-290-4410.
            Abe Lindqvist
            """;

        Assert.Equal(MessageKind.SelfReferral, _detector.Detect(Message("thumb tendon surgery", body, "abe.l@mailbox.example", "Abe Lindqvist")).Kind);
    }

    [Fact]
    public void Detect_ASpeechTherapistPassingOnAParentsWishForOT_IsAReferral()
    {
        const string body = """
            Hi Noel!

            I have a new little one on my caseload, Ivy Marsh (DOB 02/11/2023), seen for apraxia of speech. She is a
            very picky eater and sensory seeking, and dad is asking about OT. He is happy for you to call: 555-560-7712.

            Lise Amundsen, MA, CCC-SLP
            Bright Words Speech
            """;

        var detection = _detector.Detect(Message("New kiddo for you?", body, "lise@brightwords.example", "Lise Amundsen"));

        Assert.Equal(MessageKind.Referral, detection.Kind);
        Assert.Equal(Pathway.Pediatric, detection.Pathway);
    }

    [Fact]
    public void Detect_AReferrersThanksForTheClinicsReceivedAndScheduledNotice_IsNotAnUpdate()
    {
        var body = $"""
            FYI - got this, thanks! Looks good.

            From: Harbor Light Referrals <referrals@{Clinic}>
            Sent: Friday, November 6, 2026 2:10 PM
            To: Ada Kerr <akerr@elmfm.example>
            Subject: Referral confirmation - Tomas Vik

            This confirms that we have received and scheduled the referral for Tomas Vik (DOB 01/04/1970), OT evaluation
            for right carpal tunnel syndrome, on Thursday 11/12 at 9:00 AM.
            """;
        var message = Message("RE: Referral confirmation - Tomas Vik", body, "akerr@elmfm.example", "Ada Kerr")
            with { ToAddresses = [$"referrals@{Clinic}"] };

        Assert.Equal(MessageKind.NotReferral, _detector.Detect(message).Kind);
    }
}
