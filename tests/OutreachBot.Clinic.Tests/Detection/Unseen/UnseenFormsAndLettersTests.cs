using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection.Unseen;

/// <summary>
/// Whole referrals in further layouts: a parent and child named on one form, EHR name order, a children's hospital letter, a fax cover sheet, label-on-one-line value-on-the-next, and a pager or cell in the signature.
/// Written for these tests (fictional people, 555 numbers); none is taken from a corpus.
/// </summary>
public sealed class UnseenFormsAndLettersTests
{
    private readonly ReferralDetector _detector = new();

    [Fact]
    public void Detect_OtReferral_W01_ReadsEveryField()
    {
        var detection = _detector.Detect(Message(
            "OT referral",
            """
            Parent/Guardian: Maria Lopez
            Parent phone: 555-287-3310
            Child: Daniel Lopez
            Child DOB: 08/19/2020

            Reason for referral: poor fine motor skills, difficulty with zippers and buttons, sensory seeking.

            Thank you,
            Helen Marsh, CPNP
            Sunrise Pediatrics
            Phone 555-287-1000 Fax 555-287-1001
            """,
            "hmarsh@sunrisepeds.example",
            "Helen Marsh"));

        detection.ShouldRead(
            MessageKind.Referral, Pathway.Pediatric, Urgency.Routine,
            referrer: ("Helen Marsh, CPNP", "Sunrise Pediatrics", ReferrerRole.Physician, "555-287-1000", "555-287-1001"),
            patient: ("Daniel Lopez", new DateOnly(2020, 8, 19), null, "555-287-3310"));
    }

    [Fact]
    public void Detect_OutgoingReferralOccupationalTherapy_W02_ReadsEveryField()
    {
        var detection = _detector.Detect(Message(
            "Outgoing referral - Occupational Therapy",
            """
            OUTGOING REFERRAL

            Patient: OKAFOR, ADAEZE N
            DOB: 1979-05-30
            Phone (home): (555) 644-2021
            Referred to: Bright Path Occupational Therapy
            Referring physician: Peter Lindgren, MD
            Granite Family Medicine
            Phone: (555) 644-9000  Fax: (555) 644-9001
            Diagnosis: G56.01 carpal tunnel syndrome, right upper limb
            Comments: conservative management, night splint, nerve glides.
            """,
            "referraldesk@granitefm.example",
            "Referral Desk"));

        detection.ShouldRead(
            MessageKind.Referral, Pathway.Hand, Urgency.Routine,
            referrer: ("Peter Lindgren, MD", "Granite Family Medicine", ReferrerRole.Physician, "(555) 644-9000", "(555) 644-9001"),
            patient: ("Adaeze N Okafor", new DateOnly(1979, 5, 30), null, "(555) 644-2021"));
    }

    [Fact]
    public void Detect_ReferralForOutpatientOt_W03_ReadsEveryField()
    {
        var detection = _detector.Detect(Message(
            "Referral for outpatient OT",
            """
            Dear Occupational Therapy Team,

            I am writing to refer my patient, Ella Novak, DOB 02/27/2016, who was seen in our neurology clinic for mild traumatic brain injury after a bicycle accident. She has persistent headaches, slowed processing and trouble with handwriting at school. Please evaluate and treat. Her father, Mark Novak, can be reached at 555-730-6644.

            Sincerely,

            Thomas Reed, MD
            Attending Physician, Division of Pediatric Neurology
            Mercy Children's Hospital
            Tel (555) 730-2000
            Fax (555) 730-2001
            """,
            "treed@mercychildrens.example",
            "Thomas Reed"));

        detection.ShouldRead(
            MessageKind.Referral, Pathway.Neuro, Urgency.Routine,
            referrer: ("Thomas Reed, MD", "Mercy Children's Hospital", ReferrerRole.Neurologist, "(555) 730-2000", "(555) 730-2001"),
            patient: ("Ella Novak", new DateOnly(2016, 2, 27), null, "555-730-6644"));
    }

    [Fact]
    public void Detect_FaxFrom55531877003Pages_W04_ReadsEveryField()
    {
        var detection = _detector.Detect(Message(
            "Fax from 555-318-7700 (3 pages)",
            """
            You have received a 3 page fax.

            FAX COVER SHEET
            To: Bright Path OT
            From: Dr. Angela Moss, Cornerstone Orthopedics
            Phone: 555-318-7000
            Fax: 555-318-7700
            Re: Referral - Paul Fischer, DOB 10/10/1961
            Pages: 3

            Please evaluate and treat s/p right rotator cuff repair, 6 weeks post-op.
            """,
            "noreply@efax.example",
            "eFax Service"));

        detection.ShouldRead(
            MessageKind.Referral, Pathway.Hand, Urgency.Routine,
            referrer: ("Angela Moss", "Cornerstone Orthopedics", ReferrerRole.Orthopedist, "555-318-7000", "555-318-7700"),
            patient: ("Paul Fischer", new DateOnly(1961, 10, 10), null, null));
    }

    [Fact]
    public void Detect_RequestForOtEvaluation_W05_ReadsEveryField()
    {
        var detection = _detector.Detect(Message(
            "Request for OT evaluation",
            """
            Good afternoon,

            Student name:
            Liam O'Connor

            Grade:
            3

            Date of birth:
            01/15/2018

            Concerns:
            illegible handwriting, slow copying from the board, difficulty opening containers at lunch. The IEP team meets next month.

            Parent contact:
            Sarah O'Connor, 555-417-9003

            Grace Kim
            School Psychologist
            Pine Valley Elementary
            Pine Valley School District
            555-417-5000
            """,
            "gkim@pinevalleyschools.example",
            "Grace Kim"));

        detection.ShouldRead(
            MessageKind.Referral, Pathway.School, Urgency.Routine,
            referrer: ("Grace Kim", "Pine Valley Elementary, Pine Valley School District", ReferrerRole.School, "555-417-5000", null),
            patient: ("Liam O'Connor", new DateOnly(2018, 1, 15), null, "555-417-9003"));
    }

    [Fact]
    public void Detect_MsPatientOtReferral_W06_ReadsEveryField()
    {
        var detection = _detector.Detect(Message(
            "MS patient - OT referral",
            """
            Hi,

            Would you please evaluate Carla Mendes (45 y/o) with relapsing MS for fatigue management and fine motor weakness in her dominant right hand? She'd prefer a text at 555-902-7788.

            Brian Ochoa, MD
            Riverbend Neurology
            Office: 555-902-3000 | Cell: 555-902-3999 | Fax: 555-902-3001
            """,
            "bochoa@riverbendneuro.example",
            "Brian Ochoa"));

        detection.ShouldRead(
            MessageKind.Referral, Pathway.Neuro, Urgency.Routine,
            referrer: ("Brian Ochoa, MD", "Riverbend Neurology", ReferrerRole.Neurologist, "555-902-3000", "555-902-3001"),
            patient: ("Carla Mendes", null, 45, "555-902-7788"));
    }

    [Fact]
    public void Detect_ReferralForOtMrBoyd_W07_ReadsEveryField()
    {
        var detection = _detector.Detect(Message(
            "Referral for OT - Mr. Boyd",
            """
            Hello,

            Mr. Arthur Boyd is an 81-year-old man with COPD and deconditioning after a recent hospitalization. He needs OT for energy conservation and bathing. His daughter Janet manages his appointments: 555-381-6620.

            Kind regards,
            Sunita Rao, MD
            Internal Medicine
            Clear Lake Internal Medicine Associates
            1200 Lakeview Dr., Suite 300
            Clear Lake, IL 60000
            T (555) 381-4000
            F (555) 381-4001
            """,
            "srao@clearlakeim.example",
            "Sunita Rao"));

        detection.ShouldRead(
            MessageKind.Referral, Pathway.Adult, Urgency.Routine,
            referrer: ("Sunita Rao, MD", "Clear Lake Internal Medicine Associates", ReferrerRole.Physician, "(555) 381-4000", "(555) 381-4001"),
            patient: ("Arthur Boyd", null, 81, "555-381-6620"));
    }

    [Fact]
    public void Detect_ReferralUpperExtremity_W08_ReadsEveryField()
    {
        var detection = _detector.Detect(Message(
            "Referral - upper extremity",
            """
            Hi Bright Path team,

            Referring our patient Denise Carter (DOB 3/3/1975) to you for hand therapy; she's s/p left elbow fracture with stiffness and we only treat her knee here. Pt phone 555-502-7712.

            Thanks!

            Kayla Brooks, MPT
            Stonebridge Physical Therapy Clinic
            555-502-4000 ext. 12
            """,
            "kbrooks@stonebridgeptclinic.example",
            "Kayla Brooks"));

        detection.ShouldRead(
            MessageKind.Referral, Pathway.Hand, Urgency.Routine,
            referrer: ("Kayla Brooks, MPT", "Stonebridge Physical Therapy Clinic", ReferrerRole.PhysicalTherapist, "555-502-4000 ext. 12", null),
            patient: ("Denise Carter", new DateOnly(1975, 3, 3), null, "555-502-7712"));
    }

}

