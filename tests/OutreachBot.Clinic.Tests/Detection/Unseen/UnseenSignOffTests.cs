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

        Assert.Equal(MessageKind.Referral, detection.Kind);
        Assert.Equal(Pathway.Pediatric, detection.Pathway);
        Assert.Equal(Urgency.Routine, detection.Urgency);
        Assert.Equal("Amy Lee, MD", detection.Referrer.Name);
        Assert.Equal("Harbor Pediatrics", detection.Referrer.Organization);
        Assert.Equal(ReferrerRole.Pediatrician, detection.Referrer.Role);
        Assert.Equal("555-201-3000", detection.Referrer.Phone);
        Assert.Equal("555-201-3001", detection.Referrer.Fax);
        Assert.Equal("Noah Baker", detection.Patient.Name);
        Assert.Equal(new DateOnly(2020, 6, 2), detection.Patient.DateOfBirth);
        Assert.Null(detection.Patient.AgeYears);
        Assert.Equal("555-201-7788", detection.Patient.Phone);
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

        Assert.Equal(MessageKind.Referral, detection.Kind);
        Assert.Equal(Pathway.Hand, detection.Pathway);
        Assert.Equal(Urgency.Routine, detection.Urgency);
        Assert.Equal("Kelly Nguyen, DO", detection.Referrer.Name);
        Assert.Equal("Oak Valley Family Medicine", detection.Referrer.Organization);
        Assert.Equal(ReferrerRole.Physician, detection.Referrer.Role);
        Assert.Equal("555-634-1000", detection.Referrer.Phone);
        Assert.Equal("555-634-1009", detection.Referrer.Fax);
        Assert.Equal("Teresa Alvarez", detection.Patient.Name);
        Assert.Equal(new DateOnly(1957, 9, 14), detection.Patient.DateOfBirth);
        Assert.Null(detection.Patient.AgeYears);
        Assert.Equal("555-634-2290", detection.Patient.Phone);
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

        Assert.Equal(MessageKind.Referral, detection.Kind);
        Assert.Equal(Pathway.Neuro, detection.Pathway);
        Assert.Equal(Urgency.Routine, detection.Urgency);
        Assert.Equal("Marcus Webb, MD", detection.Referrer.Name);
        Assert.Equal("Pinecrest Neurology Associates", detection.Referrer.Organization);
        Assert.Equal(ReferrerRole.Neurologist, detection.Referrer.Role);
        Assert.Equal("555-880-4000", detection.Referrer.Phone);
        Assert.Equal("555-880-4001", detection.Referrer.Fax);
        Assert.Equal("Alice Dunmore", detection.Patient.Name);
        Assert.Equal(new DateOnly(1949, 1, 8), detection.Patient.DateOfBirth);
        Assert.Null(detection.Patient.AgeYears);
        Assert.Equal("555-880-6612", detection.Patient.Phone);
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

        Assert.Equal(MessageKind.Referral, detection.Kind);
        Assert.Equal(Pathway.School, detection.Pathway);
        Assert.Equal(Urgency.Routine, detection.Urgency);
        Assert.Equal("Elizabeth Carlson, M.Ed.", detection.Referrer.Name);
        Assert.Equal("Westfield Middle School, Westfield School District", detection.Referrer.Organization);
        Assert.Equal(ReferrerRole.School, detection.Referrer.Role);
        Assert.Equal("555-723-4000 x118", detection.Referrer.Phone);
        Assert.Null(detection.Referrer.Fax);
        Assert.Equal("Jacob Reyes", detection.Patient.Name);
        Assert.Equal(new DateOnly(2013, 3, 3), detection.Patient.DateOfBirth);
        Assert.Null(detection.Patient.AgeYears);
        Assert.Equal("555-723-5512", detection.Patient.Phone);
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

        Assert.Equal(MessageKind.Referral, detection.Kind);
        Assert.Equal(Pathway.Hand, detection.Pathway);
        Assert.Equal(Urgency.Routine, detection.Urgency);
        Assert.Equal("Samuel Hart, MD", detection.Referrer.Name);
        Assert.Equal("Ridgeline Orthopedics", detection.Referrer.Organization);
        Assert.Equal(ReferrerRole.Orthopedist, detection.Referrer.Role);
        Assert.Equal("555-300-4400", detection.Referrer.Phone);
        Assert.Equal("555-300-4401", detection.Referrer.Fax);
        Assert.Equal("Michelle Tran", detection.Patient.Name);
        Assert.Equal(new DateOnly(1980, 4, 22), detection.Patient.DateOfBirth);
        Assert.Null(detection.Patient.AgeYears);
        Assert.Equal("555-300-8765", detection.Patient.Phone);
    }

}

