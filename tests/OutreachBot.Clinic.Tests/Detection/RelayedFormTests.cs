using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

/// <summary>
/// Referrals that arrive through a machine: a fax server's notice with the faxed pages as a PDF, an EHR's no-reply
/// notification with the order attached. The notice says nothing of the patient; the form's heading names the
/// practice, its numbers and often the provider.
/// </summary>
public sealed class RelayedFormTests
{
    private const string FaxNotice = """
        You have received a new fax.

        Fax ID:        QX-20261102-5521
        Received:      11/02/2026 08:12 AM
        From (CSID):   5553307745
        To:            (555) 480-2201 Harbor Light OT
        Pages:         3

        The fax is attached as a PDF document.

        --
        QuickFax Cloud | Manage delivery settings at https://portal.quickfax.example
        """;

    private readonly ReferralDetector _detector = new(DetectionRules.Default with { OwnPhoneNumbers = ["(555) 480-2201"] });

    [Fact]
    public void Detect_AFaxServerNoticeWithAFormBehindIt_ReadsTheFormAsTheReferral()
    {
        const string form = """
            MEADOWBROOK CHILDREN'S PEDIATRICS
            410 Linden Ave     Phone (555) 330-7740     Fax (555) 330-7745
            OUTPATIENT REFERRAL ORDER
            Patient: OSEI, AMARA                DOB: 06/14/2021        Sex: F
            Guardian: Kofi Osei (father)    Home/cell: (555) 402-6618
            Referred to: Occupational Therapy - evaluate and treat
            Diagnoses:  F82  Developmental coordination disorder
            Referring provider: Helena Strand, MD      NPI 1122334455
            Signature: Helena Strand MD (signed)       Date: 11/1/26
            VISIT NOTE EXCERPT 11/01/2026
            Father reports she cannot manage buttons or a spoon at 5.
            """;
        var fax = new MessageAttachment("QX-20261102-5521.pdf", "application/pdf", 2_609, form);

        var detection = _detector.Detect(Message("New fax from 5553307745 (3 pages)", FaxNotice, "noreply@quickfax.example", "QuickFax", [fax]));

        Assert.Equal(MessageKind.Referral, detection.Kind);
        Assert.Contains("cover note: the attached form is read as the message", detection.Signals);
        Assert.Equal("Helena Strand, MD", detection.Referrer.Name);
        Assert.Equal("Meadowbrook Children's Pediatrics", detection.Referrer.Organization);
        Assert.Equal(ReferrerRole.Pediatrician, detection.Referrer.Role);
        Assert.Equal("(555) 330-7740", detection.Referrer.Phone);
        Assert.Equal("(555) 330-7745", detection.Referrer.Fax);
        Assert.Equal("(555) 402-6618", detection.Patient.Phone);
    }

    [Fact]
    public void Detect_AFaxFromAPracticeLineWithAProviderUnderTheFormHeading_NamesTheProvider()
    {
        const string notice = "You have received a fax.\n\nFrom: Tidewater Hand & Upper Ext Ctr  (555) 575-9901\nTo: HARBOR LIGHT OT  (555) 480-2201\nPages: 3\n\nThe fax document is attached to this email as a PDF file.";
        const string form = """
            TIDEWATER HAND & UPPER EXTREMITY CENTER
            Anjali Rao, MD  -  Hand & Upper Extremity Surgery
            Phone (555) 575-9900    Fax (555) 575-9901
            FAX COVER SHEET
            Re: URGENT hand therapy referral - flexor tendon repair
            HAND THERAPY ORDER
            Patient: LUND, PETER          DOB: 03/17/1989
            Dx: S66.120A  Laceration of flexor tendon, right index finger
            Post-op day 3. Please see within 24-48 hours. Fabricate dorsal blocking orthosis.
            Signature: Anjali Rao, MD        Date: 11/02/2026
            """;
        var fax = new MessageAttachment("FAX_20261102.pdf", "application/pdf", 2_359, form);

        var detection = _detector.Detect(Message("Fax received from (555) 575-9901 - 3 pages", notice, "fax-noreply@quickfax.example", "QuickFax Cloud", [fax]));

        Assert.Equal(MessageKind.Referral, detection.Kind);
        Assert.Equal("Anjali Rao, MD", detection.Referrer.Name);
        Assert.Equal("Tidewater Hand & Upper Extremity Center", detection.Referrer.Organization);
        Assert.Equal("(555) 575-9900", detection.Referrer.Phone);
        Assert.Equal("(555) 575-9901", detection.Referrer.Fax);
    }

    [Fact]
    public void Detect_AnEhrNotificationWithTheOrderAttached_TakesThePracticeFromTheOrdersHeading()
    {
        const string body = """
            *** This is an automated message from CareLink. Please do not reply. ***

            You have received a new outgoing referral from Bayside Orthopaedic Associates.

            Referral ID:        4471829
            Referred By:        MARSH, OWEN   MD
            Specialty:          Occupational Therapy

            Patient:            VALE, DANIEL
            DOB:                08/23/1971

            The referral order is attached (PDF). To view the full referral, log in at
            https://carelink.baysidehealth.example/
            """;
        const string order = """
            Bayside Orthopaedic Associates
            Hand & Upper Extremity  |  2200 Shore Dr, Suite 300  |  Phone (555) 262-7100  Fax (555) 262-7101
            REFERRAL ORDER - OCCUPATIONAL THERAPY
            Name (Last, First): VALE, DANIEL
            S52.531D   Colles fracture of right radius, subsequent encounter
            OT evaluate and treat. s/p ORIF R distal radius (2 weeks post-op).
            Electronically signed by Owen Marsh, MD on 11/02/2026 10:42 AM
            """;
        var pdf = new MessageAttachment("Referral_4471829.pdf", "application/pdf", 2_324, order);

        var detection = _detector.Detect(Message("New Referral: Occupational Therapy - Hand (Ref #4471829)", body, "no-reply@carelink.baysidehealth.example", "CareLink", [pdf]));

        Assert.Equal(MessageKind.Referral, detection.Kind);
        Assert.Equal("Bayside Orthopaedic Associates", detection.Referrer.Organization);
        Assert.Equal(ReferrerRole.Orthopedist, detection.Referrer.Role);
    }

    [Fact]
    public void Detect_StaffForwardingTheirEhrsReferral_GiveTheOfficesPracticeNumbersAndAddress()
    {
        const string body = """
            Good morning,

            Forwarding the referral for Daniel Vale again with Dr. Marsh's operative note attached.

            Thank you,
            Renee Poll, CMA
            Referral Coordinator for Owen Marsh, MD
            Bayside Orthopaedic Associates
            Ph (555) 262-7100 | Fax (555) 262-7101

            ________________________________
            From: CareLink <no-reply@carelink.baysidehealth.example>
            Sent: Tuesday, November 3, 2026 10:44 AM
            To: Harbor Light Referrals <referrals@harborlightot.example>
            Subject: New Referral: Occupational Therapy - Hand (Ref #4471829)

            You have received a new outgoing referral from Bayside Orthopaedic Associates.

            Referred By:        MARSH, OWEN   MD
            Patient:            VALE, DANIEL
            DOB:                08/23/1971
            Diagnosis:          S52.531D  Colles' fracture of right radius
            """;

        var detection = _detector.Detect(Message("FW: New Referral: Occupational Therapy - Hand (Ref #4471829)", body, "rpoll@baysidehealth.example", "Renee Poll"));

        Assert.Equal("Bayside Orthopaedic Associates", detection.Referrer.Organization);
        Assert.Equal("(555) 262-7100", detection.Referrer.Phone);
        Assert.Equal("(555) 262-7101", detection.Referrer.Fax);
        Assert.Equal("rpoll@baysidehealth.example", detection.Referrer.Email);
    }

    [Fact]
    public void Detect_AReferringProviderBlockWithTheSectionAfterADash_TakesTheInstitutionBelow()
    {
        const string body = """
            CEDARPOINT NEUROSCIENCE INSTITUTE
            Referral Notification

            PATIENT
              Name:   HOLM, ARTHUR
              DOB:    07/09/1950

            REFERRING PROVIDER
              Rafael Ortiz, MD, PhD - Movement Disorders
              Cedarpoint Neuroscience Institute
              Ph: (555) 430-1800   Fx: (555) 430-1801

            DIAGNOSES
              G20.A1  Parkinson's disease

            REASON FOR REFERRAL
              Please evaluate and treat: fine motor/handwriting, ADL strategies.
            """;

        var detection = _detector.Detect(Message("Referral Notification: OCCUPATIONAL THERAPY - HOLM, ARTHUR", body, "epicreferrals-noreply@cedarpointneuro.example", "Cedarpoint Neuroscience Referrals"));

        Assert.Equal("Rafael Ortiz, MD, PhD", detection.Referrer.Name);
        Assert.Equal("Cedarpoint Neuroscience Institute", detection.Referrer.Organization);
        Assert.Equal(ReferrerRole.Neurologist, detection.Referrer.Role);
    }

    [Fact]
    public void Detect_AFaxServerNoticeOverPagesThatAreOnlyPictures_IsALikelyReferralForAPerson()
    {
        const string notice = "You have received a new fax.\n\nFrom: 5556124410\nCSID: RIDGEWAY ORTHO\nPages: 2\n\nThe fax is attached as a TIFF image.\n\nQuickFax Cloud - Please do not reply to this email.";
        var scan = new MessageAttachment("fax_5556124410.tif", "image/tiff", 235_740, null) { NeedsPerson = true };

        var detection = _detector.Detect(Message("New fax from 5556124410 - 2 page(s)", notice, "fax-noreply@quickfax.example", "QuickFax", [scan]));

        Assert.Equal(MessageKind.Referral, detection.Kind);
        Assert.Contains(detection.Signals, s => s.StartsWith("likely referral, attachment needs a person", StringComparison.Ordinal));
    }

    [Fact]
    public void Detect_AShortNoteWithAHolidayPhoto_IsNotAReferral()
    {
        var photo = new MessageAttachment("IMG_2231.jpg", "image/jpeg", 1_204_000, null) { NeedsPerson = true };

        var detection = _detector.Detect(Message("party pics", "Great seeing everyone on Friday!", "friend@mail.example", "Pat Lane", [photo]));

        Assert.Equal(MessageKind.NotReferral, detection.Kind);
    }
}
