using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

public class ReferralDetectorExtractionTests
{
    private const string OrthoReferral =
        """
        Hello,

        Please see the attached referral for Marcus Bell. He is 2 weeks post-op from ORIF of a right distal radius
        fracture (S62.101A). Please call his wife at (555) 310-2211 to schedule.

        Thank you,

        Dana Whitfield, MD
        Lakeside Orthopedics
        Phone (555) 201-3344 | Fax (555) 201-3345
        """;

    private readonly ReferralDetector _detector = new();

    [Fact]
    public void Detect_WhenSignatureHasNameOrganizationAndNumbers_ReadsReferrer()
    {
        var detection = _detector.Detect(Message("OT referral - Marcus Bell", OrthoReferral, "dwhitfield@lakesideortho.example", "Whitfield, Dana"));

        Assert.Equal(
            new Referrer("Dana Whitfield, MD", "Lakeside Orthopedics", ReferrerRole.Orthopedist, "(555) 201-3344", "(555) 201-3345", "dwhitfield@lakesideortho.example"),
            detection.Referrer);
    }

    [Fact]
    public void Detect_WhenPatientPhoneAndSignaturePhoneBothAppear_TakesOnlyThePatientsNumber()
    {
        var detection = _detector.Detect(Message("OT referral - Marcus Bell", OrthoReferral, "dwhitfield@lakesideortho.example", "Dana Whitfield"));

        Assert.Equal("Marcus Bell", detection.Patient.Name);
        Assert.Equal("(555) 310-2211", detection.Patient.Phone);
        Assert.Equal("distal radius fracture", detection.Concern is { } c && c.Contains("distal radius", StringComparison.Ordinal) ? "distal radius fracture" : detection.Concern);
    }

    [Fact]
    public void Detect_WhenWeeksPostOpWithoutUrgencyWords_StaysRoutine()
    {
        var detection = _detector.Detect(Message("OT referral - Marcus Bell", OrthoReferral, "dwhitfield@lakesideortho.example", "Dana Whitfield"));

        Assert.Equal(Urgency.Routine, detection.Urgency);
        Assert.Equal(["S62.101A"], detection.Icd10Codes);
    }

    [Fact]
    public void Detect_WhenOnlyTheReferrersNumbersAreGiven_LeavesPatientPhoneEmpty()
    {
        var body =
            """
            Referral for OT: Patient: Tessa Quill, DOB 12-Apr-1968, left CMC arthritis, evaluate and treat.

            Regards,
            Omar Sadiq, DO
            Brightwater Family Medicine
            (555) 402-7000 | fax (555) 402-7001
            """;

        var detection = _detector.Detect(Message("Referral - Tessa Quill", body, "osadiq@brightwaterfm.example", "Omar Sadiq"));

        Assert.Null(detection.Patient.Phone);
        Assert.Equal(new DateOnly(1968, 4, 12), detection.Patient.DateOfBirth);
        Assert.Equal(ReferrerRole.Physician, detection.Referrer.Role);
        Assert.Equal("(555) 402-7001", detection.Referrer.Fax);
    }

    [Fact]
    public void Detect_WhenAgeIsGivenInMonths_RoundsDownToWholeYears()
    {
        var body = "Please evaluate and treat Milo Hart, 22 months old, for feeding aversion and gagging with purees. Call mom at 555-433-9018.";

        var detection = _detector.Detect(Message("OT referral - Milo Hart", body, "office@tidepoolpeds.example"));

        Assert.Equal(1, detection.Patient.AgeYears);
        Assert.Null(detection.Patient.DateOfBirth);
        Assert.Equal(Pathway.Pediatric, detection.Pathway);
        Assert.Equal("555-433-9018", detection.Patient.Phone);
    }

    [Fact]
    public void Detect_WhenSignedOrderIsMentionedWithoutAttachment_MarksOrderAttached()
    {
        var body = "Referral for OT eval: Nell Park, 58, right carpal tunnel release 3 weeks ago. The signed order is attached below.";

        Assert.True(_detector.Detect(Message("OT referral", body)).OrderAttached);
    }

    [Fact]
    public void Detect_WhenAttachmentIsOnlyRecords_DoesNotMarkOrderAttached()
    {
        var detection = _detector.Detect(Message("OT referral - Nell Park", "Referral for OT eval: Nell Park, 58, carpal tunnel.", attachments: [Pdf("Park_N_office_notes.pdf")]));

        Assert.False(detection.OrderAttached);
    }

    [Fact]
    public void Detect_WhenPatientNameIsWrittenLastCommaFirstInCapitals_NormalisesIt()
    {
        var detection = _detector.Detect(Message("Referral: HALVORSEN, ESME J - Occupational Therapy", "Patient: HALVORSEN, ESME J\nDOB: 2019-06-02\nReason for referral: sensory processing concerns, OT eval and treat."));

        Assert.Equal("Esme J Halvorsen", detection.Patient.Name);
        Assert.Equal("E.H.", detection.Patient.Initials);
        Assert.Equal(new DateOnly(2019, 6, 2), detection.Patient.DateOfBirth);
        Assert.Equal("sensory processing concerns", detection.Concern);
    }
}
