using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection.Unseen;

/// <summary>
/// Whole referrals from forwarded office mail, hospital teams, early intervention, labelled forms and a patient writing for themselves.
/// Written for these tests (fictional people, 555 numbers); none is taken from a corpus.
/// </summary>
public sealed class UnseenReferralsFromTeamsTests
{
    private readonly ReferralDetector _detector = new();

    [Fact]
    public void Detect_OccupationalTherapyForMySon_U08_ReadsEveryField()
    {
        var detection = _detector.Detect(Message(
            "Occupational therapy for my son",
            """
            Hi,

            My son Ethan Moran (born 5/14/2019, he's 7) has a lot of trouble with handwriting and getting dressed, and his teacher suggested OT. Do you take Blue Cross? You can text me at 555-231-9087.

            Thanks,
            Jessica Moran
            """,
            "jess.moran77@mailbox.example",
            "Jessica Moran"));

        detection.ShouldRead(
            MessageKind.SelfReferral, Pathway.Pediatric, Urgency.Routine,
            referrer: ("Jessica Moran", null, ReferrerRole.Family, "555-231-9087", null),
            patient: ("Ethan Moran", new DateOnly(2019, 5, 14), null, "555-231-9087"));
    }

    [Fact]
    public void Detect_OtReferral_U09_ReadsEveryField()
    {
        var detection = _detector.Detect(Message(
            "OT referral",
            """
            Hi,

            I'd like to refer a child on my caseload, Leo Fernandez (3 years old), for an OT evaluation. He is a very picky eater with gagging on textures and he avoids messy play. Dad Miguel can be reached at (555) 640-1188.

            Thank you,
            Nina Patel, M.S., CCC-SLP
            Speech-Language Pathologist
            Harbor Speech & Language Center
            (555) 640-7000
            """,
            "npatel@harborspeech.example",
            "Nina Patel"));

        detection.ShouldRead(
            MessageKind.Referral, Pathway.Pediatric, Urgency.Routine,
            referrer: ("Nina Patel, M.S., CCC-SLP", "Harbor Speech & Language Center", ReferrerRole.SpeechLanguagePathologist, "(555) 640-7000", null),
            patient: ("Leo Fernandez", null, 3, "(555) 640-1188"));
    }

    [Fact]
    public void Detect_FwdOtReferral_U10_ReadsEveryField()
    {
        var detection = _detector.Detect(Message(
            "Fwd: OT referral",
            """
            Please see the referral below from Dr. Ortiz.

            ---------- Forwarded message ---------
            From: Luis Ortiz <lortiz@northgatefm.example>
            Date: Mon, Nov 9, 2026 at 4:12 PM
            Subject: OT referral
            To: Front Desk <frontdesk@northgatefm.example>

            Please send this to Bright Path OT.

            Patient: Beatrice Lang
            DOB: 12/01/1958
            Phone: (555) 820-4432
            Diagnosis: M19.041 primary osteoarthritis, right hand
            Request: OT eval and treat for joint protection, splinting and a home exercise program.

            Luis Ortiz, MD
            Northgate Family Medicine
            Ph (555) 820-1000 Fax (555) 820-1001
            """,
            "frontdesk@northgatefm.example",
            "Front Desk"));

        detection.ShouldRead(
            MessageKind.Referral, Pathway.Hand, Urgency.Routine,
            referrer: ("Luis Ortiz, MD", "Northgate Family Medicine", ReferrerRole.Physician, "(555) 820-1000", "(555) 820-1001"),
            patient: ("Beatrice Lang", new DateOnly(1958, 12, 1), null, "(555) 820-4432"));
    }

    [Fact]
    public void Detect_OutpatientOtReferral_U11_ReadsEveryField()
    {
        var detection = _detector.Detect(Message(
            "Outpatient OT referral",
            """
            Hello Bright Path,

            Our patient Janet Okafor (DOB 1/30/1971) is being discharged today after a right hand crush injury with K-wire fixation and needs hand therapy to start this week. Her cell is (555) 712-3349.

            Erin Walsh, FNP-BC
            Orthopaedic Trauma Service
            Mercy General Hospital
            Office: (555) 700-4100
            Fax: (555) 700-4101
            """,
            "ewalsh@mercygeneral.example",
            "Erin Walsh"));

        detection.ShouldRead(
            MessageKind.Referral, Pathway.Hand, Urgency.Urgent,
            referrer: ("Erin Walsh, FNP-BC", "Mercy General Hospital", ReferrerRole.Physician, "(555) 700-4100", "(555) 700-4101"),
            patient: ("Janet Okafor", new DateOnly(1971, 1, 30), null, "(555) 712-3349"));
    }

    [Fact]
    public void Detect_EiReferralForOt_U12_ReadsEveryField()
    {
        var detection = _detector.Detect(Message(
            "EI referral for OT",
            """
            Good morning,

            I am the service coordinator for Nora Quinlan, who is 22 months old, and her team would like an OT evaluation for feeding and sensory concerns. Her mother, Kate Quinlan, prefers email.

            Thanks so much,
            Tina Morales
            Service Coordinator
            First Steps Early Intervention
            555-318-2020 (office) | 555-318-2029 (fax)
            """,
            "tmorales@firststepsei.example",
            "Tina Morales"));

        detection.ShouldRead(
            MessageKind.Referral, Pathway.Pediatric, Urgency.Routine,
            referrer: ("Tina Morales", "First Steps Early Intervention", ReferrerRole.CaseManager, "555-318-2020", "555-318-2029"),
            patient: ("Nora Quinlan", null, 1, null));
    }

    [Fact]
    public void Detect_ReferralLymphedema_U13_ReadsEveryField()
    {
        var detection = _detector.Detect(Message(
            "Referral - lymphedema",
            """
            Referral for Occupational Therapy

            Patient name: Sandra Kim
            DOB: 02-11-1966
            Patient phone: 555-417-6654
            Referring provider: Michael Adebayo, MD
            Practice: Valley Oncology Associates
            Provider phone: 555-417-2000
            Provider fax: 555-417-2001
            Reason: left arm lymphedema after mastectomy; please evaluate for CDT and compression garment.
            """,
            "referrals@valleyoncology.example",
            "Clinic Referrals"));

        detection.ShouldRead(
            MessageKind.Referral, Pathway.Adult, Urgency.Routine,
            referrer: ("Michael Adebayo, MD", "Valley Oncology Associates", ReferrerRole.Physician, "555-417-2000", "555-417-2001"),
            patient: ("Sandra Kim", new DateOnly(1966, 2, 11), null, "555-417-6654"));
    }

    [Fact]
    public void Detect_DoINeedAReferral_U14_ReadsEveryField()
    {
        var detection = _detector.Detect(Message(
            "Do I need a referral?",
            """
            Hello,

            I'm 66 and had carpal tunnel surgery on my right hand three weeks ago. My surgeon said I could do therapy closer to home. Can I book an OT appointment with you? My number is (555) 602-3381.

            Robert Hayes
            """,
            "rhayes1960@mailbox.example",
            "Robert Hayes"));

        detection.ShouldRead(
            MessageKind.SelfReferral, Pathway.Hand, Urgency.Routine,
            referrer: ("Robert Hayes", null, ReferrerRole.Other, "(555) 602-3381", null),
            patient: ("Robert Hayes", null, 66, "(555) 602-3381"));
    }

}

