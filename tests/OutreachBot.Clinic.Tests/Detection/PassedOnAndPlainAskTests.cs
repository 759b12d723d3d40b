using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

/// <summary>
/// Referrals in words other than "referral": a teacher passing on a parent's request, foster parents and grandparents
/// describing a child, a surgeon's one-line ask, an EHR's outgoing form; and look-alikes that are none.
/// </summary>
public sealed class PassedOnAndPlainAskTests
{
    private readonly ReferralDetector _detector = new(new DetectionRules { OwnDomains = ["ourclinic.example"] });

    private ReferralDetection Detect(string subject, string body, string from, string? name = null, string? inReplyTo = null) =>
        _detector.Detect(Message(subject, body, from, name, inReplyTo: inReplyTo) with { ToAddresses = ["referrals@ourclinic.example"] });

    [Fact]
    public void Detect_TeacherWritingBecauseAParentAskedHer_IsAReferral()
    {
        var detection = Detect("First grader - scissors and pencil grip", """
            Hello, I teach first grade at Cedar Hollow Elementary. Mrs. Ines Vollmer asked me to write to you about her
            daughter, Greta Vollmer (DOB 4/3/2019). Greta cannot cut on a line, holds her pencil in a fist and tires after
            two sentences. Mom would like an outside OT opinion; she can be reached at (555) 612-0934.

            Thank you,
            Lena Brandt
            Cedar Hollow Elementary
            """, "lbrandt@cedarhollow.k12.example", "Lena Brandt");

        Assert.Equal(MessageKind.Referral, detection.Kind);
        Assert.Equal("school", detection.Referrer.Role?.ToString().ToLowerInvariant());
    }

    [Fact]
    public void Detect_FosterParentsDescribingTheirChild_IsASelfReferral()
    {
        var detection = Detect("Evaluation for our foster son", """
            Hello,

            We are foster parents for a 4 year old boy, Jonah Pike, placed with us in March. His caseworker said we could
            contact you directly to ask for an evaluation. Feeding is a daily battle: he gags on most textures and melts down at bath time.

            Thank you,
            Ruth Okonjo
            """, "ruth.okonjo@mailbox.example", "Ruth Okonjo");

        Assert.Equal(MessageKind.SelfReferral, detection.Kind);
        Assert.Equal(ReferrerRole.Family, detection.Referrer.Role);
    }

    [Fact]
    public void Detect_GrandparentAskingForHelpWithoutNamingTherapy_IsASelfReferral()
    {
        var detection = Detect("my grandson", """
            Good morning,

            I am raising my grandson, Eli Dunmore, who is 4. His preschool teacher says he cannot hold a crayon and he
            struggles with buttons and a spoon. I want to get him help before kindergarten. Do we need a doctor's note?

            Please call me at 555-201-7788.
            Marion Dunmore
            """, "mdunmore@oldmail.example", "Marion Dunmore");

        Assert.Equal(MessageKind.SelfReferral, detection.Kind);
    }

    [Fact]
    public void Detect_SurgeonsOneLineAskToBookAPatient_IsAReferral()
    {
        var detection = Detect("splint", """
            can u get Rowan Adair in for a custom thumb spica splint this wk? scaphoid fx, nonop. pt cell 555-233-1900. thx

            Omar Leclair MD
            Eastgate Bone & Joint
            """, "oleclair@eastgatebone.example", "Omar Leclair");

        Assert.Equal(MessageKind.Referral, detection.Kind);
    }

    [Fact]
    public void Detect_OutgoingReferralFormWithHistoryAndDiagnosisFields_IsAReferralNotANote()
    {
        var detection = Detect("REFERRAL: QUILL, NORA", """
            ----- OUTGOING REFERRAL -----
            REFERRAL TO:     Our Clinic Occupational Therapy
            PATIENT NAME:    QUILL, NORA
            DOB:             1988-02-19
            DIAGNOSIS:       M65.321 Trigger finger, right middle finger
            HISTORY:         triggering x 3 months, injected 10/1
            REQUEST:         OT - orthosis and tendon gliding program
            REFERRING MD:    Hugo Varga, MD
            """, "referrals@vargaortho.example", "Varga Ortho Referrals");

        Assert.Equal(MessageKind.Referral, detection.Kind);
        Assert.DoesNotContain(detection.Signals, s => s.StartsWith("reads as a clinical note", StringComparison.Ordinal));
    }

    [Fact]
    public void Detect_ReferralSentInError_IsNotAnUpdate()
    {
        var detection = Detect("RE: Referral - Theo Lund - speech", """
            Please disregard the referral below for Theo Lund. It was sent to your inbox in error and has been redirected
            to a speech clinic. No action needed on your end.

            From: Paula Reyes
            Sent: Monday, November 9, 2026 2:11 PM
            Subject: Referral - Theo Lund - speech

            Please see referral below. Patient: Theo Lund DOB: 01/08/2023. Request: speech-language evaluation and therapy.
            """, "preyes@brookpeds.example", "Paula Reyes", inReplyTo: "<r1@brookpeds.example>");

        Assert.Equal(MessageKind.NotReferral, detection.Kind);
    }

    [Fact]
    public void Detect_VendorAskingTherapistsToReferTheirClients_IsNotAReferral()
    {
        var detection = Detect("Refer your clients to our seating clinic", """
            Dear Therapy Partner,

            Our pediatric seating clinic now meets monthly. Refer your clients who need adaptive seating by faxing our
            referral form (attached). Reply to book a free in-service lunch for your staff.

            Cal Morrow, Territory Manager
            """, "cmorrow@seatingsupply.example", "Cal Morrow");

        Assert.Equal(MessageKind.NotReferral, detection.Kind);
    }

    [Fact]
    public void Detect_FamilyThanksAfterTheChildGraduatedFromOt_IsNotAReferral()
    {
        var detection = Detect("Thank you!!", """
            Just wanted to say thank you! Milo graduated from OT last week and he zipped his own coat today. We already
            told two friends to ask their pediatrician for a referral to you.
            """, "jo.brennan@mailbox.example", "Jo Brennan");

        Assert.Equal(MessageKind.NotReferral, detection.Kind);
    }
}
