using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

/// <summary>
/// Kind in session 15's wordings: a terse ask to fit in the patient the note goes on to name, a misspelled
/// "referral", a teacher writing at a parent's request, and a parent's "do you guys do ..." question.
/// </summary>
public sealed class KindSession15Tests
{
    private const string Clinic = "juniperbrookot.example";

    private readonly ReferralDetector _detector = new(new DetectionRules { OwnDomains = [Clinic] });

    [Theory]
    [InlineData("Could you get this little one in soon for a feeding eval? Hattie Crane dob 2/3/25, gagging on purees and losing weight. Dad's cell 555-300-1177.")]
    [InlineData("Can you get him in this week for splinting? Rory Vance dob 4/9/12, jammed his finger and it droops at the tip. Dad's cell 555-300-1177.")]
    public void Detect_ATerseAskToFitInThePatientTheNoteNames_IsAReferral(string body)
    {
        var detection = _detector.Detect(Message("peds eval", $"{body}\n\n--\nMara Quist, PNP\nFernhill Pediatrics", "mquist@fernhillpeds.example", "Mara Quist"));

        Assert.Equal(MessageKind.Referral, detection.Kind);
    }

    [Fact]
    public void Detect_ATeachersNoteWithReferralMisspelled_IsAReferral()
    {
        const string body = """
            Hello,

            I teach first grade and have a student, Ollie Branck, who has a very hard time with scissors and buttons. Our school OT is full and his dad would like him looked at outside of school. Dad is Pete Branck, 555-208-4410.

            Ms. Harlow
            Grade 1, Birch Hollow Elementary
            """;

        var detection = _detector.Detect(Message("student referal", body, "kharlow@birchhollowsd.example", "Kim Harlow"));

        Assert.Equal(MessageKind.Referral, detection.Kind);
    }

    [Fact]
    public void Detect_ATeacherWritingBecauseAParentAskedHer_IsAReferral()
    {
        const string body = """
            Hello,

            Ollie Branck's dad asked me to email you. Ollie is 6 and has a very hard time with scissors, buttons and holding a pencil, and our school OT is full. Dad is Pete Branck, 555-208-4410.

            Ms. Harlow
            Grade 1, Birch Hollow Elementary
            """;

        var detection = _detector.Detect(Message("a student of mine", body, "kharlow@birchhollowsd.example", "Kim Harlow"));

        Assert.Equal(MessageKind.Referral, detection.Kind);
    }

    [Fact]
    public void Detect_AParentAskingDoYouGuysDoEvals_IsASelfReferral()
    {
        const string body = "hi do you guys do evals for kids with bad meltdowns when clothes feel wrong? daughter is 6. call me 555.610.2290 - Nia Farrow";

        var detection = _detector.Detect(Message("evaluation?", body, "nfarrow88@mailbox.example", "Nia Farrow"));

        Assert.Equal(MessageKind.SelfReferral, detection.Kind);
    }
    [Fact]
    public void Detect_AFaxPassedOnWithASignedOrderForANamedChild_IsAReferral()
    {
        const string body = """
            Hi all, this fax came in overnight. It's for Wren Talbot, DOB 3/14/2021, sensory processing concerns. Signed order is on the second page.

            Thanks,
            Lou
            Front Desk
            """;
        var fax = new MessageAttachment("fax_20261105_0712.tif", "image/tiff", 31_004, null);

        var detection = _detector.Detect(Message("FW: Fax received (2 pages)", body, "lou@elsewhere-front.example", "Lou Pardo", [fax]));

        Assert.Equal(MessageKind.Referral, detection.Kind);
        Assert.True(detection.OrderAttached);
    }

    [Fact]
    public void Detect_AChainOfForwardsThatNeverReachedIntake_IsANewReferralNotAnUpdate()
    {
        const string body = """
            Hi, passing this along per Dr. Vale, her note is at the bottom. The family is waiting for a call.

            Tessa Grund, RN
            Cedar Hollow Pediatrics

            -----Original Message-----
            From: Marit Vale MD <mvale@aldercreekpeds.example>
            Sent: Monday, November 9, 2026 4:10 PM
            To: Tessa Grund RN <tgrund@aldercreekpeds.example>
            Subject: FW: OT for Juno

            Tessa can you send this to the OT clinic? Thanks

            Referral: Juno Patel, DOB 6-2-22. Sensory processing concerns, tactile defensiveness. Refer to OT for eval and treat.
            Marit Vale, MD - Cedar Hollow Pediatrics
            """;
        var message = Message("FW: FW: OT for Juno", body, "tgrund@aldercreekpeds.example", "Tessa Grund RN", inReplyTo: "mv.1182@aldercreekpeds.example")
            with { ToAddresses = ["intake@" + Clinic] };

        var detection = _detector.Detect(message);

        Assert.Equal(MessageKind.Referral, detection.Kind);
    }

    [Fact]
    public void Detect_ClinicStaffPassingOnAReferralFromAPersonalInbox_IsAReferral()
    {
        const string body = """
            Putting this in the intake box so it gets logged.

            Nell Ostrow
            Office Manager

            -----Original Message-----
            From: Ivo Sand <isand@juniperbrookot.example>
            Sent: Tuesday, November 10, 2026 1:05 PM
            To: Nell Ostrow <nostrow@juniperbrookot.example>
            Subject: Fwd: new pt

            -----Original Message-----
            From: Rhea Lund MD <rlund@harborneuro.example>
            Sent: Monday, November 9, 2026 4:10 PM
            To: Ivo Sand <isand@juniperbrookot.example>
            Subject: new pt

            I would like to refer Mr. Abe Corwin, born 2/4/1950, with Parkinson's disease and worsening handwriting and buttons. OT evaluation please.
            Rhea Lund, MD, Harbor Neurology
            """;
        var message = Message("Fwd: Fwd: new pt", body, "nostrow@" + Clinic, "Nell Ostrow", inReplyTo: "fw.2210@" + Clinic)
            with { ToAddresses = ["intake@" + Clinic] };

        Assert.Equal(MessageKind.Referral, _detector.Detect(message).Kind);
    }
}
