using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

/// <summary>
/// Kind, urgency and thread in session 12's wordings: a portal's bare notice of a new referral, a payer's
/// authorization status, a surgeon's post-operative protocol, a follow-up on a referral sent before, a question asked
/// without a question mark, the clinic's own forward, "if it's urgent" and a grandparent asking for a call.
/// </summary>
public sealed class KindSession12Tests
{
    private const string Clinic = "tidewaterot.example";

    private readonly ReferralDetector _detector = new(new DetectionRules { OwnDomains = [Clinic] });

    [Theory]
    [InlineData("New referral received: RN-4410298", "You have received a new electronic referral. Referral ID RN-4410298.\nLog in to view the referral details and accept or decline. Do not reply to this message.")]
    [InlineData("New referral routed to your agency", "A new referral has been routed to your agency by Family Connect - North Region.\nView the referral in the portal and contact the family within 5 business days.")]
    public void Detect_APortalNoticeOfANewReferralWithoutDetails_IsAReferral(string subject, string body)
    {
        var detection = _detector.Detect(Message(subject, body, "no-reply@referralhub.example", "Referral Hub"));

        Assert.Equal(MessageKind.Referral, detection.Kind);
        Assert.Contains(detection.Signals, s => s.StartsWith("portal notice of a new referral", StringComparison.Ordinal));
    }

    [Fact]
    public void Detect_APortalNoticeOfASecureMessage_IsNotAReferral()
    {
        const string body = "You have a new secure message in the Provider Portal.\nFrom: Elmwood Pediatrics\nTo read this message, sign in to the portal.";

        Assert.Equal(MessageKind.NotReferral, _detector.Detect(Message("New secure message from Elmwood Pediatrics", body, "notify@referralhub.example")).Kind);
    }

    [Fact]
    public void Detect_APayersAuthorizationStatusUpdate_IsNotAReferral()
    {
        const string body = """
            Seaboard Health Plan - Provider Portal
            Authorization Status Update
            Auth #: PA-2026-5550112
            Member: QUILL, NORA
            Member DOB: 04/09/1981
            Servicing provider: Tidewater Occupational Therapy
            Services: 97165, 97760 - 10 visits
            Dx: S66.120A
            Status: APPROVED 11/02/2026 - 01/30/2027
            """;

        Assert.Equal(MessageKind.NotReferral, _detector.Detect(Message("Authorization PA-2026-5550112 status: Approved", body, "donotreply@seaboardhealth.example")).Kind);
    }

    [Fact]
    public void Detect_ASurgeonsTerseNoteAskingForAPostOpProtocol_IsAHandReferral()
    {
        const string body = """
            Can you see this pt Thursday? Milo Varga, s/p L ring finger FDP repair zone 2 on 11/6, POD 3 today. Needs DBO + early active motion protocol. Cell (555) 301-4417. Thx

            Ansel Moreau MD
            Hand Surgery, Quayside Orthopedics
            """;

        var detection = _detector.Detect(Message("tendon repair pt", body, "amoreau@quaysideortho.example", "Ansel Moreau"));

        Assert.Equal(MessageKind.Referral, detection.Kind);
        Assert.Equal(Pathway.Hand, detection.Pathway);
    }

    [Theory]
    [InlineData("Following up on Dr. Sato's referral for Wendell Pryce. His MRI report is attached, and his insurance changed to Harbor Mutual PPO as of 11/1.")]
    [InlineData("Dr. Sato asked me to follow up on the referral he sent for Wendell Pryce. His cell number changed to (555) 302-7781.")]
    public void Detect_AFollowUpOnAReferralSentBefore_IsAnUpdateThoughItNamesNoTherapy(string line)
    {
        var body = $"Hello,\n\n{line}\n\nThank you,\nLinnea Ortt\nMedical Assistant to Dr. Kenji Sato\nPinecrest Neurology\n(555) 302-7700";

        var detection = _detector.Detect(Message("RE: Referral: Wendell Pryce", body, "lortt@pinecrestneuro.example", "Linnea Ortt"));

        Assert.Equal(MessageKind.ReferralUpdate, detection.Kind);
    }

    [Fact]
    public void Detect_APracticeAskingAboutReferringWithOneQuestionMark_IsNotAReferral()
    {
        const string body = """
            Hi,

            Quick question from our referral desk: are you accepting new pediatric Medicaid patients, and what is your wait for an initial eval? We're also wondering if you do feeding therapy for toddlers or only sensory and fine motor work.

            Thanks,
            Ines
            Brookfield Children's Clinic
            """;

        Assert.Equal(MessageKind.NotReferral, _detector.Detect(Message("Question - accepting peds Medicaid?", body, "ines@brookfieldkids.example")).Kind);
    }

    [Fact]
    public void Detect_TheClinicsDirectorForwardingAnOutsideReferralWithReferences_IsANewReferral()
    {
        const string body = """
            Pat - can you get this one set up? Came to me from Larkspur. She is expecting our call.
            Dana

            From: Whitby, Corinne <cwhitby@larkspurhand.example>
            Sent: Monday, November 9, 2026 4:40 PM
            To: Dana Reyes <dreyes@tidewaterot.example>
            Subject: pt referral - CMC arthritis

            Dana, please see for hand therapy:

            Opal Fenn, DOB 2/11/1958, cell (555) 318-2094
            R thumb CMC OA, M18.11. Needs custom thumb spica orthosis and joint protection.

            Corinne Whitby, PA-C
            Larkspur Hand Surgery
            T (555) 318-2000  F (555) 318-2001
            """;
        var message = Message("FW: FW: pt referral - CMC arthritis", body, $"dreyes@{Clinic}", "Dana Reyes") with { References = ["a1@larkspurhand.example", "a2@larkspurhand.example"] };

        Assert.Equal(MessageKind.Referral, _detector.Detect(message).Kind);
    }

    [Fact]
    public void Detect_AFamilyGivingACellForUrgentMatters_IsRoutine()
    {
        const string body = """
            Hello,

            I'm writing about my dad, Amos Kettle, DOB 3/2/1943. He came home from the hospital last week weaker and is struggling with showering and making meals. His doctor said outpatient OT would help.

            Please email me. My cell is 555-602-1190 if it's urgent.

            Thank you,
            Rhea Kettle (daughter)
            """;

        var detection = _detector.Detect(Message("OT for my father after hospital stay", body, "rhea.kettle@mail.example", "Rhea Kettle"));

        Assert.Equal(MessageKind.SelfReferral, detection.Kind);
        Assert.Equal(Urgency.Routine, detection.Urgency);
    }

    [Fact]
    public void Detect_AGrandparentDescribingTheChildAndAskingForACall_IsASelfReferral()
    {
        const string body = """
            Good morning

            I am raising my grandson Tobias Wren and he is 4 years old. His preschool says he cant hold a crayon right and he gets very upset with loud noises.

            Please call me at the house 555-388-0419.

            Thank you
            Marjorie Wren
            """;

        var detection = _detector.Detect(Message("my grandson", body, "mwren1951@mail.example", "Marjorie Wren"));

        Assert.Equal(MessageKind.SelfReferral, detection.Kind);
        Assert.Equal(Pathway.Pediatric, detection.Pathway);
    }

    [Fact]
    public void Link_AFollowUpQuotingAPortalsReferralNumber_TiesToTheBareNoticeAndKeepsItsOwnPathway()
    {
        var notice = Message("New referral received: RN-4410298", "You have received a new electronic referral. Referral ID RN-4410298.\nLog in to view the referral details.", "no-reply@referralhub.example", "Referral Hub");
        var followUp = Message(
            "RE: Referral for Hugo Lind",
            "Hello,\n\nFollowing up on the referral we sent for Hugo Lind (RN-4410298). His developmental evaluation is attached; mom asks that you text her at (555) 744-0911.\n\nThank you,\nOlive\nReferral Coordinator, Fernhill Pediatrics\n(555) 738-0100",
            "olive@fernhillpeds.example",
            "Olive Baird",
            [Pdf("Lind_dev_eval.pdf")]);

        var linked = ReferralThreads.Link([(notice, _detector.Detect(notice)), (followUp, _detector.Detect(followUp))]);

        Assert.Equal(MessageKind.ReferralUpdate, linked[1].Kind);
        Assert.Equal(notice.MessageId, linked[1].ThreadOf);
        Assert.Equal(Pathway.Pediatric, linked[1].Pathway);
    }
}
