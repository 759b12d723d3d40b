using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

/// <summary>Orders named on cover sheets and school forms, an orthopedic sender with nothing else said, form urgency boxes.</summary>
public sealed class OrderPathwayAndUrgencyFormTests
{
    private readonly ReferralDetector _detector = new();

    [Fact]
    public void Detect_ASchoolsOutsideEvaluationRequestSignedByTheParent_IsTheOrder()
    {
        const string form = """
            FERNDALE MIDDLE SCHOOL - STUDENT SERVICES
            REQUEST FOR OUTSIDE EVALUATION
            Student name: ROWE, JASPER     Date of birth: 2014-02-09
            Area(s) of concern: keyboarding, written output
            Reason: IEP team requests OT eval
            Parent signature: K. Rowe   Date: 11/02/2026
            """;
        var pdf = new MessageAttachment("OutsideEvalRequest_Rowe.pdf", "application/pdf", 1_400, form);
        const string body = """
            Good afternoon,

            Attached is an outside evaluation request for one of our students, signed by his parent at the IEP meeting.

            Nadia Price
            IEP Coordinator, Ferndale Middle School
            """;

        Assert.True(_detector.Detect(Message("Outside eval request - J. Rowe", body, "nprice@ferndale.k12.example", "Nadia Price", [pdf])).OrderAttached);
    }

    [Fact]
    public void Detect_AFaxCoverWhosePageListNamesAnOrder_HasTheOrderAttached()
    {
        const string body = """
            *** FAX TRANSMISSION ***
            From: Elm Family Practice
            Re: OT referral - Voss, Carla   DOB 05/02/1968
            Pages: 3 (referral, order, office note)
            Comments: right hand stiffness after a crush injury, please eval.
            """;
        var scan = new MessageAttachment("SCAN0112.tif", "image/tiff", 30_000, null) { NeedsPerson = true };

        Assert.True(_detector.Detect(Message("Scan to Fax: OT referral - C. Voss", body, "scanner@elmfp.example", "Scanner", [scan])).OrderAttached);
    }

    [Fact]
    public void Detect_APatientsPhotoOfThePaperTheSurgeonGave_IsTheOrder()
    {
        const string body = """
            Hi, I had trigger finger release on my left hand last week with Dr. Olsen. She wants me to start hand
            therapy and gave me the paper (photo attached). Can I schedule for next week? 555-647-3301.
            Mira Castell
            """;
        var photo = new MessageAttachment("IMG_4410.jpg", "image/jpeg", 900_000, null) { NeedsPerson = true };

        Assert.True(_detector.Detect(Message("hand therapy", body, "mira.c@mailbox.example", "Mira Castell", [photo])).OrderAttached);
    }

    [Theory]
    [InlineData("Referral for OT evaluation and treatment.\nCSID: SEACREST ORTHO")]
    [InlineData("Please see the attached referral from Harbor Bone & Joint.")]
    [InlineData("Referral coordinator for Dana Yee, PA-C, Lakeshore Orthopedic Surgery")]
    public void Choose_AnOrthopedicPracticeWithNoPathwayWords_RoutesToHand(string text)
    {
        var (pathway, _) = PathwayRules.Choose(text, null, null, false, []);

        Assert.Equal(Pathway.Hand, pathway);
    }

    [Fact]
    public void Choose_AnOrthopedicPracticeReferringForAHipReplacement_StaysAdult()
    {
        var (pathway, _) = PathwayRules.Choose("Lakeshore Orthopedic Surgery: s/p right THA, ADLs and bathing.", ReferrerRole.Physician, 70, false, []);

        Assert.Equal(Pathway.Adult, pathway);
    }

    [Fact]
    public void Choose_AnOTSlashHandTherapyReferral_RoutesToHand()
    {
        var (pathway, _) = PathwayRules.Choose("Cover note: OT/hand therapy referral - pt Rosa Lind. See attached.", null, null, false, []);

        Assert.Equal(Pathway.Hand, pathway);
    }

    [Theory]
    [InlineData("Urgency: [X] Routine  [ ] Urgent", Urgency.Routine)]
    [InlineData("Urgency: [ ] Routine  [X] Urgent", Urgency.Urgent)]
    [InlineData("Priority: \u2610 STAT  \u2612 Routine", Urgency.Routine)]
    [InlineData("Urgent: No", Urgency.Routine)]
    public void Read_AFormsUrgencyBoxes_CountOnlyTheBoxTicked(string text, Urgency expected)
    {
        Assert.Equal(expected, UrgencyRules.Read(text).Urgency);
    }
}
