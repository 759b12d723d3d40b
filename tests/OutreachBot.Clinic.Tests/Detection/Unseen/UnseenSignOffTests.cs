using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection.Unseen;

/// <summary>
/// Whole referrals whose signatures open with sign-offs the tuning mail does not use (Warmly, All the best, a -- delimiter, Thanks in advance).
/// Written for these tests (fictional people, 555 numbers); none is taken from a corpus.
/// </summary>
public sealed class UnseenSignOffTests
{
    private readonly ReferralDetector _detector = new();

    [Fact]
    public void Detect_OtReferralNoahBaker_V01_ReadsEveryField()
    {
        var detection = _detector.Detect(Message(
            "OT referral - Noah Baker",
            """
            Hi there,

            Referring Noah Baker (DOB 6/2/2020) for OT evaluation: poor pencil grasp, avoids puzzles, sensory seeking at preschool. Mom Rachel's cell: 555-201-7788.

            Warmly,
            Amy Lee, MD
            Harbor Pediatrics
            ph 555-201-3000
            fax 555-201-3001
            """,
            "alee@harborpeds.example",
            "Amy Lee"));

        detection.ShouldRead(
            MessageKind.Referral, Pathway.Pediatric, Urgency.Routine,
            referrer: ("Amy Lee, MD", "Harbor Pediatrics", ReferrerRole.Pediatrician, "555-201-3000", "555-201-3001"),
            patient: ("Noah Baker", new DateOnly(2020, 6, 2), null, "555-201-7788"));
    }

    [Fact]
    public void Detect_Referral_V02_ReadsEveryField()
    {
        var detection = _detector.Detect(Message(
            "Referral",
            """
            Good morning,

            I'd like to refer my patient Teresa Alvarez (DOB 09/14/1957) for OT. She has rheumatoid arthritis with hand deformities and is struggling with jars, buttons and cooking. Please evaluate for joint protection and splints. She can be reached at 555-634-2290.

            All the best,

            Dr. Kelly Nguyen, DO
            Oak Valley Family Medicine
            555-634-1000 (main) | 555-634-1009 (fax)
            """,
            "knguyen@oakvalleyfm.example",
            "Nguyen, Kelly"));

        detection.ShouldRead(
            MessageKind.Referral, Pathway.Hand, Urgency.Routine,
            referrer: ("Kelly Nguyen, DO", "Oak Valley Family Medicine", ReferrerRole.Physician, "555-634-1000", "555-634-1009"),
            patient: ("Teresa Alvarez", new DateOnly(1957, 9, 14), null, "555-634-2290"));
    }

    [Fact]
    public void Detect_NewOtReferral_V03_ReadsEveryField()
    {
        var detection = _detector.Detect(Message(
            "new OT referral",
            """
            Please evaluate and treat Alice Dunmore, DOB 1/8/1949, for OT after a right MCA stroke with left neglect and left hand weakness. Family contact: son Peter, 555-880-6612.

            --
            Marcus Webb, MD
            Pinecrest Neurology Associates
            P 555-880-4000 | F 555-880-4001
            """,
            "mwebb@pinecrestneuro.example",
            "Marcus Webb"));

        detection.ShouldRead(
            MessageKind.Referral, Pathway.Neuro, Urgency.Routine,
            referrer: ("Marcus Webb, MD", "Pinecrest Neurology Associates", ReferrerRole.Neurologist, "555-880-4000", "555-880-4001"),
            patient: ("Alice Dunmore", new DateOnly(1949, 1, 8), null, "555-880-6612"));
    }

    [Fact]
    public void Detect_StudentReferralForOtEvaluation_V04_ReadsEveryField()
    {
        var detection = _detector.Detect(Message(
            "Student referral for OT evaluation",
            """
            Hello,

            The 504 team at Westfield Middle School is requesting an outside OT evaluation for a 7th grader, Jacob Reyes (DOB 03/03/2013). He has significant difficulty with written output and organization, and his parents are in agreement. Dad's phone is 555-723-5512.

            Thanks in advance,
            Elizabeth Carlson, M.Ed.
            School Counselor
            Westfield Middle School
            Westfield School District
            555-723-4000 x118
            """,
            "ecarlson@westfieldsd.example",
            "Beth Carlson"));

        detection.ShouldRead(
            MessageKind.Referral, Pathway.School, Urgency.Routine,
            referrer: ("Elizabeth Carlson, M.Ed.", "Westfield Middle School, Westfield School District", ReferrerRole.School, "555-723-4000 x118", null),
            patient: ("Jacob Reyes", new DateOnly(2013, 3, 3), null, "555-723-5512"));
    }

    [Fact]
    public void Detect_OtOrderForPatient_V05_ReadsEveryField()
    {
        var detection = _detector.Detect(Message(
            "OT order for patient",
            """
            Hello,

            On behalf of Dr. Samuel Hart, attached is an order for hand therapy for Michelle Tran, DOB 4/22/1980, s/p right trigger thumb release on 11/3. Please contact the patient at 555-300-8765 to schedule.

            Thank you,
            Jenna Price
            Medical Assistant to Dr. Samuel Hart
            Ridgeline Orthopedics
            Phone: 555-300-4400
            Fax: 555-300-4401
            """,
            "office@ridgelineortho.example",
            "Ortho Front Office"));

        detection.ShouldRead(
            MessageKind.Referral, Pathway.Hand, Urgency.Routine,
            referrer: ("Samuel Hart", "Ridgeline Orthopedics", ReferrerRole.Orthopedist, "555-300-4400", "555-300-4401"),
            patient: ("Michelle Tran", new DateOnly(1980, 4, 22), null, "555-300-8765"));
    }

}

