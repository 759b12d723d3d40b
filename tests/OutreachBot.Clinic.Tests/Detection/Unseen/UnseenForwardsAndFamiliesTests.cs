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

        Assert.Equal(MessageKind.Referral, detection.Kind);
        Assert.Equal(Pathway.Hand, detection.Pathway);
        Assert.Equal(Urgency.Urgent, detection.Urgency);
        Assert.Equal("Connor Byrne, MD", detection.Referrer.Name);
        Assert.Equal("Meadowlark Orthopedics", detection.Referrer.Organization);
        Assert.Equal(ReferrerRole.Orthopedist, detection.Referrer.Role);
        Assert.Equal("(555) 261-7000", detection.Referrer.Phone);
        Assert.Equal("(555) 261-7001", detection.Referrer.Fax);
        Assert.Equal("Yusuf Demir", detection.Patient.Name);
        Assert.Equal(new DateOnly(1990, 12, 12), detection.Patient.DateOfBirth);
        Assert.Null(detection.Patient.AgeYears);
        Assert.Equal("555-261-4488", detection.Patient.Phone);
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

        Assert.Equal(MessageKind.Referral, detection.Kind);
        Assert.Equal(Pathway.Pediatric, detection.Pathway);
        Assert.Equal(Urgency.Routine, detection.Urgency);
        Assert.Equal("Owen Hale, MD", detection.Referrer.Name);
        Assert.Equal("Maplewood Pediatrics", detection.Referrer.Organization);
        Assert.Equal(ReferrerRole.Pediatrician, detection.Referrer.Role);
        Assert.Equal("555-318-5000", detection.Referrer.Phone);
        Assert.Equal("555-318-5001", detection.Referrer.Fax);
        Assert.Equal("Mia Grant", detection.Patient.Name);
        Assert.Equal(new DateOnly(2021, 7, 7), detection.Patient.DateOfBirth);
        Assert.Null(detection.Patient.AgeYears);
        Assert.Equal("555-318-2290", detection.Patient.Phone);
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

        Assert.Equal(MessageKind.SelfReferral, detection.Kind);
        Assert.Equal(Pathway.Pediatric, detection.Pathway);
        Assert.Equal(Urgency.Routine, detection.Urgency);
        Assert.Equal("Laura Bennett", detection.Referrer.Name);
        Assert.Null(detection.Referrer.Organization);
        Assert.Equal(ReferrerRole.Family, detection.Referrer.Role);
        Assert.Equal("555-604-1123", detection.Referrer.Phone);
        Assert.Null(detection.Referrer.Fax);
        Assert.Equal("Chloe Bennett", detection.Patient.Name);
        Assert.Equal(new DateOnly(2018, 4, 5), detection.Patient.DateOfBirth);
        Assert.Null(detection.Patient.AgeYears);
        Assert.Equal("555-604-1123", detection.Patient.Phone);
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

        Assert.Equal(MessageKind.SelfReferral, detection.Kind);
        Assert.Equal(Pathway.Neuro, detection.Pathway);
        Assert.Equal(Urgency.Routine, detection.Urgency);
        Assert.Equal("Gary Lindqvist", detection.Referrer.Name);
        Assert.Null(detection.Referrer.Organization);
        Assert.Equal(ReferrerRole.Other, detection.Referrer.Role);
        Assert.Equal("555-447-2210", detection.Referrer.Phone);
        Assert.Null(detection.Referrer.Fax);
        Assert.Equal("Gary Lindqvist", detection.Patient.Name);
        Assert.Equal(new DateOnly(1968, 2, 2), detection.Patient.DateOfBirth);
        Assert.Null(detection.Patient.AgeYears);
        Assert.Equal("555-447-2210", detection.Patient.Phone);
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

        Assert.Equal(MessageKind.Referral, detection.Kind);
        Assert.Equal(Pathway.Hand, detection.Pathway);
        Assert.Equal(Urgency.Routine, detection.Urgency);
        Assert.Equal("José Álvarez-Ríos, MD", detection.Referrer.Name);
        Assert.Equal("Clínica San Miguel", detection.Referrer.Organization);
        Assert.Equal(ReferrerRole.Physician, detection.Referrer.Role);
        Assert.Equal("555-880-7000", detection.Referrer.Phone);
        Assert.Null(detection.Referrer.Fax);
        Assert.Equal("Renée Côté-Dubois", detection.Patient.Name);
        Assert.Null(detection.Patient.DateOfBirth);
        Assert.Equal(67, detection.Patient.AgeYears);
        Assert.Equal("555-880-1290", detection.Patient.Phone);
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

        Assert.Equal(MessageKind.Referral, detection.Kind);
        Assert.Equal(Pathway.Adult, detection.Pathway);
        Assert.Equal(Urgency.Routine, detection.Urgency);
        Assert.Equal("Monique Ellis, RN, Case Manager", detection.Referrer.Name);
        Assert.Equal("Lakeshore Home Health", detection.Referrer.Organization);
        Assert.Equal(ReferrerRole.CaseManager, detection.Referrer.Role);
        Assert.Equal("555-233-4000", detection.Referrer.Phone);
        Assert.Null(detection.Referrer.Fax);
        Assert.Equal("Dorothy Pike", detection.Patient.Name);
        Assert.Null(detection.Patient.DateOfBirth);
        Assert.Equal(88, detection.Patient.AgeYears);
        Assert.Equal("555-233-8870", detection.Patient.Phone);
    }

}

