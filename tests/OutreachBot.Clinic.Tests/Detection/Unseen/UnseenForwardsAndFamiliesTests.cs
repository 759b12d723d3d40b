using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection.Unseen;

/// <summary>
/// Whole referrals that arrive forwarded (Outlook and Gmail headers, a parent forwarding the doctor's mail), as HTML tables, and from families and adults writing for themselves, with names in accents.
/// Written for these tests (fictional people, 555 numbers); none is taken from a corpus.
/// </summary>
public sealed class UnseenForwardsAndFamiliesTests
{
    private readonly ReferralDetector _detector = new();

    [Fact]
    public void Detect_FwHandTherapyReferral_X01_ReadsEveryField()
    {
        var detection = _detector.Detect(Message(
            "FW: hand therapy referral",
            """
            Hi, forwarding Dr. Byrne's referral below. Signed order to follow.

            Tara Wells
            Surgical Scheduler
            Meadowlark Orthopedics
            (555) 261-7000 | Fax (555) 261-7001

            From: Connor Byrne <cbyrne@meadowlarkortho.example>
            Sent: Monday, November 9, 2026 3:02 PM
            To: Tara Wells <twells@meadowlarkortho.example>
            Subject: hand therapy referral

            Please send to Bright Path: Yusuf Demir, DOB 12/12/1990, POD 4 s/p extensor tendon repair right long finger. Needs relative motion orthosis. Cell 555-261-4488.

            Connor Byrne, MD
            """,
            "twells@meadowlarkortho.example",
            "Tara Wells"));

        detection.ShouldRead(
            MessageKind.Referral, Pathway.Hand, Urgency.Urgent,
            referrer: ("Connor Byrne, MD", "Meadowlark Orthopedics", ReferrerRole.Orthopedist, "(555) 261-7000", "(555) 261-7001"),
            patient: ("Yusuf Demir", new DateOnly(1990, 12, 12), null, "555-261-4488"));
    }

    [Fact]
    public void Detect_FwdOtReferralForMia_X02_ReadsEveryField()
    {
        var detection = _detector.Detect(Message(
            "Fwd: OT referral for Mia",
            """
            Hello, our pediatrician asked me to send you this. Thank you!

            ---------- Forwarded message ---------
            From: Dr. Owen Hale <ohale@maplewoodpeds.example>
            Date: Fri, Nov 6, 2026 at 10:15 AM
            Subject: OT referral for Mia
            To: Priscilla Grant <pgrant@mail.example>

            Hi Ms. Grant,

            As we discussed, please share this with the OT clinic. I am referring Mia Grant (DOB 7/7/2021) for evaluation of fine motor delay and sensory sensitivities. Your number on file is 555-318-2290.

            Owen Hale, MD
            Maplewood Pediatrics
            555-318-5000 / Fax 555-318-5001
            """,
            "pgrant@mail.example",
            "Priscilla Grant"));

        detection.ShouldRead(
            MessageKind.Referral, Pathway.Pediatric, Urgency.Routine,
            referrer: ("Owen Hale, MD", "Maplewood Pediatrics", ReferrerRole.Pediatrician, "555-318-5000", "555-318-5001"),
            patient: ("Mia Grant", new DateOnly(2021, 7, 7), null, "555-318-2290"));
    }

    [Fact]
    public void Detect_OtForMyDaughter_X03_ReadsEveryField()
    {
        var detection = _detector.Detect(Message(
            "OT for my daughter",
            """
            Hello,

            My name is Laura Bennett and I'm writing about my daughter Chloe Bennett (DOB 4/5/2018). She has a hard time with buttons, cutting and handwriting and her teacher thinks OT could help. Do you have any openings after school? Best number is 555-604-1123.

            Thank you,
            Laura
            """,
            "lbennett@mailbox.example",
            "Laura Bennett"));

        detection.ShouldRead(
            MessageKind.SelfReferral, Pathway.Pediatric, Urgency.Routine,
            referrer: ("Laura Bennett", null, ReferrerRole.Family, "555-604-1123", null),
            patient: ("Chloe Bennett", new DateOnly(2018, 4, 5), null, "555-604-1123"));
    }

    [Fact]
    public void Detect_LookingForOtAfterStroke_X04_ReadsEveryField()
    {
        var detection = _detector.Detect(Message(
            "Looking for OT after stroke",
            """
            Hi,

            I had a small stroke in September and my left hand is still clumsy. I'm 58 (DOB 2/2/1968). I would like to schedule an occupational therapy evaluation. Please call me at 555-447-2210.

            Gary Lindqvist
            """,
            "garyl@mailbox.example",
            "Gary Lindqvist"));

        detection.ShouldRead(
            MessageKind.SelfReferral, Pathway.Neuro, Urgency.Routine,
            referrer: ("Gary Lindqvist", null, ReferrerRole.Other, "555-447-2210", null),
            patient: ("Gary Lindqvist", new DateOnly(1968, 2, 2), null, "555-447-2210"));
    }

    [Fact]
    public void Detect_ReferenciaOtReferral_X05_ReadsEveryField()
    {
        var detection = _detector.Detect(Message(
            "Referencia / OT referral",
            """
            Hola,

            I'm referring Renée Côté-Dubois, 67 years old, with right CMC arthritis and pain with pinch and jar opening. Please evaluate for a thumb orthosis. Patient phone: 555-880-1290.

            Gracias,
            José Álvarez-Ríos, MD
            Clínica San Miguel
            Tel. 555-880-7000
            """,
            "jalvarez@sanmiguelclinic.example",
            "José Álvarez-Ríos"));

        detection.ShouldRead(
            MessageKind.Referral, Pathway.Hand, Urgency.Routine,
            referrer: ("José Álvarez-Ríos, MD", "Clínica San Miguel", ReferrerRole.Physician, "555-880-7000", null),
            patient: ("Renée Côté-Dubois", null, 67, "555-880-1290"));
    }

    [Fact]
    public void Detect_FwdOtReferralDorothyPike_X06_ReadsEveryField()
    {
        var detection = _detector.Detect(Message(
            "Fwd: OT referral - Dorothy Pike",
            """
            Forwarding from our case manager.

            -----Original Message-----
            From: Monique Ellis <mellis@lakeshorehh.example>
            Sent: Tuesday, November 10, 2026 8:05 AM
            Subject: OT referral - Dorothy Pike

            Please evaluate Dorothy Pike, 88 y/o, for ADLs and home safety; she has had 3 falls this fall and lives alone. Her niece Carol is the contact: 555-233-8870.

            Monique Ellis, RN, Case Manager
            Lakeshore Home Health
            555-233-4000
            """,
            "careteam@lakeshorehh.example",
            "Intake Coordinator"));

        detection.ShouldRead(
            MessageKind.Referral, Pathway.Adult, Urgency.Routine,
            referrer: ("Monique Ellis, RN", "Lakeshore Home Health", ReferrerRole.CaseManager, "555-233-4000", null),
            patient: ("Dorothy Pike", null, 88, "555-233-8870"));
    }

}

