using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

public class DetectionRulesTests
{
    private static readonly DetectionRules Clinic = new()
    {
        OwnDomains = ["harborlightot.example"],
        OwnPhoneNumbers = ["(555) 600-1000", "(555) 600-1001"],
    };

    private readonly ReferralDetector _detector = new(Clinic);

    [Fact]
    public void Detect_WhenTheClinicsOwnNumberIsInTheText_NeverTakesItAsThePatients()
    {
        const string body =
            """
            Hi, I'd like to refer Owen Pratt (DOB 6/1/2018) for OT for handwriting and fine motor delay.
            Mom said she already called your front desk at (555) 600-1000. Mom's cell is (555) 318-7720.

            Thanks,
            Lena Ortiz, MD
            Cedar Pediatrics
            """;

        var detection = _detector.Detect(Message("Referral - Owen Pratt", body, "lortiz@cedarpeds.example", "Lena Ortiz"));

        Assert.Equal(MessageKind.Referral, detection.Kind);
        Assert.Equal("(555) 318-7720", detection.Patient.Phone);
    }

    [Fact]
    public void Detect_WhenTheClinicsOwnStaffRefersInternally_IsNotANewReferral()
    {
        const string body =
            """
            Hello, I'm referring Nell Ash (DOB 2/2/1980) for a driving evaluation. She has MS (G35) and has been in
            outpatient OT with us for hand weakness. Her neurologist signed the attached order.

            Thanks,
            Kim Roe, OTR/L
            Harbor Light Occupational Therapy
            """;

        var detection = _detector.Detect(Message("Referral for driving evaluation", body, "kroe@harborlightot.example", "Kim Roe", [Pdf("Ash_order.pdf")]));

        Assert.Equal(MessageKind.NotReferral, detection.Kind);
        Assert.Contains("written by the clinic's own staff", detection.Signals);
    }

    [Fact]
    public void Detect_WhenTheClinicsWebFormRelaysAFamilyRequest_StillASelfReferral()
    {
        const string body =
            """
            New form submission: Request an Evaluation
            Your name: Maya Ruiz
            Relationship to patient: Mother
            Child's name: Leo Ruiz
            My son is 4 and has trouble with buttons, scissors and feeding. Can you help? We would like an OT evaluation.
            Phone: (555) 330-2211
            """;

        var detection = _detector.Detect(Message("New form submission: Request an Evaluation", body, "noreply@harborlightot.example", "Harbor Light Website"));

        Assert.Equal(MessageKind.SelfReferral, detection.Kind);
    }

    [Fact]
    public void Detect_WhenAHandReferralHasNoOrder_ListsTheSignedOrderAsMissing()
    {
        const string body =
            """
            Please evaluate and treat Jon Kell (DOB 1/5/1975), 2 weeks s/p right carpal tunnel release (G56.01).
            Insurance: Aetna PPO. Please call him at (555) 921-4410.

            Thanks,
            Rae Dunn, MD
            Summit Orthopedics
            """;

        var detection = _detector.Detect(Message("OT referral", body, "rdunn@summitortho.example", "Rae Dunn"));

        Assert.Equal(Pathway.Hand, detection.Pathway);
        Assert.Equal(["signed order"], detection.MissingItems);
    }

    [Fact]
    public void Detect_WhenASchoolReferralHasNoDocuments_ListsIepAndConsent()
    {
        const string body =
            """
            Hi, our IEP team would like to refer Ava Lund (2nd grade, DOB 4/4/2018) for an outpatient OT evaluation for
            handwriting and slow copying from the board. Mom's cell is (555) 700-1212. She has Medicaid.

            Thank you,
            Pia Marsh, M.Ed.
            Special Education Teacher, Lakeview Elementary School
            """;

        var detection = _detector.Detect(Message("OT referral - Ava Lund", body, "pmarsh@lakeviewsd.example", "Pia Marsh"));

        Assert.Equal(Pathway.School, detection.Pathway);
        Assert.Equal(["IEP or 504 documents", "parent consent"], detection.MissingItems);
    }

    [Fact]
    public void Detect_WhenTheChecklistIsConfigured_UsesOnlyItsItems()
    {
        var detector = new ReferralDetector(Clinic with { Checklist = [new("photo ID", ChecklistCheck.Insurance, [])] });

        var detection = detector.Detect(Message("OT referral", "Please evaluate and treat Jon Kell (DOB 1/5/1975) for OT after a wrist fracture.", "rdunn@summitortho.example"));

        Assert.Equal(["photo ID"], detection.MissingItems);
    }
}
