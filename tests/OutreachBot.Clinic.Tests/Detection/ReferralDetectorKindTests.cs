using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

public class ReferralDetectorKindTests
{
    private readonly ReferralDetector _detector = new();

    [Fact]
    public void Detect_WhenOrthopedicOfficeRefersPostOpFracture_RoutesToHandAndMarksUrgent()
    {
        var message = Message(
            "URGENT OT referral - Hollis Brandt",
            """
            Hello,

            Please evaluate and treat. Hollis Brandt is POD 4 after ORIF of a left distal radius fracture and needs a
            custom wrist orthosis this week.

            Patient: Hollis Brandt
            DOB: 02/14/1975
            Dx: S52.502A
            Pt cell: (555) 310-4477

            Thank you,
            Tomas Reyna, MD
            Orthopaedic Surgery - Hand & Upper Extremity
            Gullwing Orthopedics
            T (555) 201-9000 | F (555) 201-9001
            """,
            "treyna@gullwingortho.example",
            "Tomas Reyna",
            [Pdf("Brandt_H_OT_Rx.pdf")]);

        var detection = _detector.Detect(message);

        Assert.Equal(MessageKind.Referral, detection.Kind);
        Assert.True(detection.IsNewReferral);
        Assert.Equal(Pathway.Hand, detection.Pathway);
        Assert.Equal(Urgency.Urgent, detection.Urgency);
        Assert.Equal(ReferrerRole.Orthopedist, detection.Referrer.Role);
        Assert.True(detection.OrderAttached);
        Assert.InRange(detection.Confidence, 0.5, 1.0);
        Assert.Contains(detection.Signals, s => s.StartsWith("referral language", StringComparison.Ordinal));
        Assert.Contains("ICD-10 code S52.502A", detection.Signals);
    }

    [Fact]
    public void Detect_WhenPediatricianRefersPreschooler_RoutesToPediatricRoutine()
    {
        var message = Message(
            "OT referral - Wren Talbot",
            """
            I am referring Wren Talbot, a 4 y/o with fine motor delay (fisted crayon grasp, cannot snip with scissors),
            for an OT evaluation. Please call mom at 555-612-3390.

            Thanks,
            Lena Moritz, MD
            Driftwood Pediatrics
            Phone 555-612-1000 | Fax 555-612-1001
            """,
            "lmoritz@driftwoodpeds.example",
            "Lena Moritz");

        var detection = _detector.Detect(message);

        Assert.Equal(MessageKind.Referral, detection.Kind);
        Assert.Equal(Pathway.Pediatric, detection.Pathway);
        Assert.Equal(Urgency.Routine, detection.Urgency);
        Assert.Equal(ReferrerRole.Pediatrician, detection.Referrer.Role);
    }

    [Fact]
    public void Detect_WhenCaseManagerRefersStrokePatientDischargedTomorrow_RoutesToNeuroAndMarksUrgent()
    {
        var message = Message(
            "Outpatient OT referral - Edith Crane",
            """
            I am the case manager for Edith Crane, 74, who had a left MCA stroke with right hemiparesis. She is being
            discharged home tomorrow and needs outpatient OT.

            Thank you,
            Paula Nunes, RN, CCM
            Case Management
            Saltmarsh General Hospital
            Desk (555) 700-2000 | Fax (555) 700-2001
            """,
            "pnunes@saltmarsh.example",
            "Paula Nunes");

        var detection = _detector.Detect(message);

        Assert.Equal(MessageKind.Referral, detection.Kind);
        Assert.Equal(Pathway.Neuro, detection.Pathway);
        Assert.Equal(Urgency.Urgent, detection.Urgency);
        Assert.Equal(ReferrerRole.CaseManager, detection.Referrer.Role);
        Assert.Contains(detection.Signals, s => s.Contains("discharged home tomorrow", StringComparison.Ordinal));
    }

    [Fact]
    public void Detect_WhenParentAsksAboutTheirChild_IsSelfReferralFromFamily()
    {
        var message = Message(
            "OT for my daughter?",
            """
            Hi, my daughter Ivy Rourke is 6 and her teacher says her handwriting is far behind. Do you see kids her age?
            We would like to set up an evaluation. My cell is (555) 904-2210.

            Thanks,
            Megan Rourke
            """,
            "megan.rourke@mail.example",
            "Megan Rourke");

        var detection = _detector.Detect(message);

        Assert.Equal(MessageKind.SelfReferral, detection.Kind);
        Assert.Equal(ReferrerRole.Family, detection.Referrer.Role);
        Assert.Equal(Pathway.Pediatric, detection.Pathway);
        Assert.Equal("Ivy Rourke", detection.Patient.Name);
        Assert.Equal("(555) 904-2210", detection.Patient.Phone);
    }

    [Fact]
    public void Detect_WhenReplyAddsDocumentsToReferralThread_IsReferralUpdate()
    {
        var message = Message(
            "RE: OT referral - Wren Talbot",
            """
            Attached are Wren's developmental screening results.

            Lena Moritz, MD

            ________________________________
            From: Lena Moritz <lmoritz@driftwoodpeds.example>
            Sent: Monday, November 9, 2026 10:02 AM
            Subject: OT referral - Wren Talbot

            I am referring Wren Talbot, a 4 y/o with fine motor delay, for an OT evaluation.
            """,
            "lmoritz@driftwoodpeds.example",
            "Lena Moritz",
            [Pdf("Talbot_W_screening.pdf")],
            inReplyTo: "first-referral@driftwoodpeds.example");

        var detection = _detector.Detect(message);

        Assert.Equal(MessageKind.ReferralUpdate, detection.Kind);
        Assert.False(detection.IsNewReferral);
        Assert.Equal(Pathway.Pediatric, detection.Pathway);
    }

    [Fact]
    public void Detect_WhenVendorNewsletter_IsNotReferralWithEmptyFacts()
    {
        var message = Message(
            "Our November newsletter: 20% off splinting supplies",
            """
            New thermoplastic sheets for hand splints and orthosis fabrication are in stock. Register now for our
            webinar on referral growth for therapy clinics.

            Unsubscribe | Manage preferences
            """,
            "news@vendor.example");

        var detection = _detector.Detect(message);

        Assert.Equal(MessageKind.NotReferral, detection.Kind);
        Assert.Null(detection.Pathway);
        Assert.Null(detection.Urgency);
        Assert.Null(detection.Referrer.Name);
        Assert.Empty(detection.Icd10Codes);
        Assert.Contains(detection.Signals, s => s.StartsWith("not-referral signals", StringComparison.Ordinal));
    }

    [Fact]
    public void Detect_WhenBillingStatement_IsNotReferral()
    {
        var message = Message(
            "Explanation of Benefits - claim 26-4410-9921",
            """
            EXPLANATION OF BENEFITS - THIS IS NOT A BILL
            Member: Arlo Pike   Service: 97165 OT evaluation   Billed $185.00   Plan paid $97.12
            """,
            "notices@healthplan.example");

        Assert.Equal(MessageKind.NotReferral, _detector.Detect(message).Kind);
    }

    [Fact]
    public void Detect_WhenOutOfOfficeReplyQuotesReferral_IsNotReferral()
    {
        var message = Message(
            "Automatic reply: OT referral - Wren Talbot",
            """
            I am out of the office until November 16 with limited access to email.

            > I am referring Wren Talbot, a 4 y/o with fine motor delay, for an OT evaluation.
            """,
            "frontdesk@driftwoodpeds.example",
            inReplyTo: "first-referral@driftwoodpeds.example");

        var detection = _detector.Detect(message);

        Assert.Equal(MessageKind.NotReferral, detection.Kind);
        Assert.Null(detection.Patient.Name);
    }

    [Fact]
    public void Detect_WhenUrgentCareIsOnlyTheClinicName_StaysRoutine()
    {
        var message = Message(
            "Hand therapy referral - Jonah Fell",
            """
            Please evaluate and treat: Jonah Fell, 34 yo M, mallet finger of the right long finger, splinted in extension.
            Seen today at Quayside Urgent Care.

            Thanks,
            Rosa Imbert, PA-C
            Quayside Urgent Care
            (555) 330-1200
            """,
            "rimbert@quaysideuc.example",
            "Rosa Imbert");

        var detection = _detector.Detect(message);

        Assert.Equal(MessageKind.Referral, detection.Kind);
        Assert.Equal(Urgency.Routine, detection.Urgency);
        Assert.Equal(Pathway.Hand, detection.Pathway);
        Assert.Equal(ReferrerRole.Physician, detection.Referrer.Role);
    }
}
