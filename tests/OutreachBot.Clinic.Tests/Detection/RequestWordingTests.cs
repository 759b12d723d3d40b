using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

/// <summary>
/// How referrers ask in a hurry or sideways ("can you see my pt", "Needs resting hand splints", "get one of your OTs
/// involved"), and mail that asks for nothing at all.
/// </summary>
public sealed class RequestWordingTests
{
    private readonly ReferralDetector _detector = new();

    [Theory]
    [InlineData("Hi - can you see my pt Edna Sorell, 82 yo, 2 falls this month, struggling w bathing and meds mgmt. Lives alone. Daughter Kay 555-910-4452 is the contact.\nThanks\nMarc Delaney MD\nFairmont Family Medicine", "new pt for you")]
    [InlineData("Ruth Adair, DOB 1-22-58, has RA with ulnar drift both hands. Needs resting hand splints and joint protection teaching. M05.79.\n- Dr. Pham", "splints for RA pt")]
    [InlineData("Hello! I'm an SLP and I'd love to get one of your OTs involved with a little one I just\nevaluated for feeding. Ezra Gold, 19 months. Gags on purees, only accepts about 6 foods.\n\nYvonne March, MA, CCC-SLP\nLittle Voices Speech\n(555) 641-7330", "feeding - co-treat?")]
    [InlineData("pls see Cal Wright 4yo for fine motor + self care delays, ASD dx'd last yr (F84.0). mom Aisha 555-287-3390. thx\n\nDr. Q\nSunnyside Pediatrics", "OT")]
    public void Detect_ARequestInShorthand_IsAReferral(string body, string subject)
    {
        var detection = _detector.Detect(Message(subject, body, "doc@practice.example", "Practice Office"));

        Assert.Equal(MessageKind.Referral, detection.Kind);
    }

    [Fact]
    public void Detect_AnImagingReportCopiedToTheClinic_AsksForNothing()
    {
        const string body = """
            *** FINAL REPORT ***

            Patient: DUNMORE, FRANK           MRN: 55120937
            DOB: 11/04/1971                   Exam date: 03/19/2026
            Exam: XR WRIST 3+ VIEWS RIGHT
            Ordering: Stephen Cho, MD
            CC: Our Clinic Occupational Therapy

            Clinical history: Follow-up distal radius fracture, 10 weeks. S52.571D.
            Impression: Healing right distal radius fracture in stable alignment.

            Electronically signed by: Priscilla Han, MD, Radiology  03/20/2026 06:11
            """;

        var detection = _detector.Detect(Message("Final Report: XR WRIST - DUNMORE, FRANK", body, "results-noreply@imaging.example", "Imaging Results"));

        Assert.Equal(MessageKind.NotReferral, detection.Kind);
        Assert.Contains("asks for nothing", detection.Signals);
    }

    [Fact]
    public void Detect_AReferralInWordsTheVocabularyLacks_IsNotDroppedForAskingNothing()
    {
        const string body = "OT Rx for Edna Sorell, DOB 03/14/1950: R hemiparesis after L MCA stroke (I63.512), R hand splint, ADL retraining, 2x/wk x 6 wks.\n\nMarc Delaney MD\nFairmont Neurology\n555-910-4000";

        Assert.Equal(MessageKind.Referral, _detector.Detect(Message("Sorell, Edna", body, "mdelaney@fairmontneuro.example", "Marc Delaney")).Kind);
    }

    [Fact]
    public void Detect_AFamilyCancellingAVisit_IsNotAReferral()
    {
        var detection = _detector.Detect(Message("Thursday", "Hi, my mother Evie Park has a bad cold so we need to cancel her OT on Thursday. Can we reschedule for next week? 555-604-7738. Thanks, Grace", "gpark@mailbox.example", "Grace Park"));

        Assert.Equal(MessageKind.NotReferral, detection.Kind);
    }

    [Fact]
    public void Detect_AReplyToTheClinicsMessageAcceptingTheTime_IsNotAnUpdate()
    {
        var message = Message("RE: URGENT hand therapy referral - POD 4 flexor tendon repair", "Great, thank you! I let Jamal know and he confirmed Tues 3/10 at 8:15.\n\nLucy, MA", "ltran@summitortho.example", "Lucy Tran", inReplyTo: "BP-INTAKE-20260309@ourclinic.example");
        var detector = new ReferralDetector(new DetectionRules { OwnDomains = ["ourclinic.example"] });

        var detection = detector.Detect(message);

        Assert.Equal(MessageKind.NotReferral, detection.Kind);
        Assert.Contains("thanks for the appointment the clinic offered", detection.Signals);
    }
}
