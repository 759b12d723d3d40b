using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

/// <summary>Referrals that ask in plain words, without naming occupational therapy, and notices that only look like one.</summary>
public class PlainRequestTests
{
    private readonly ReferralDetector _detector = new();

    [Theory]
    [InlineData("Referral - lymphedema", "Referral for Ms. Rosa Lindqvist (DOB March 3, 1971), s/p R mastectomy with node dissection (C50.911), finishing chemo. Please evaluate for lymphedema and arm function.")]
    [InlineData("RA hands", "Please evaluate Mr. Tobias Fenn, DOB 11/02/1950, for joint protection and resting orthoses. Rheumatoid arthritis (M05.79), ulnar drift both hands.")]
    [InlineData("MS pt - soon please", "Can you see Lena Ortiz (DOB 1988-01-30) this week? Relapsing MS (G35), new relapse with R hand clumsiness; she cannot type at work.")]
    public void Detect_WhenAClinicianAsksForAnEvaluationWithoutNamingOt_TakesItForAReferral(string subject, string request)
    {
        var message = Message(subject, request + "\n\nPatient cell: (555) 301-7781\n\nThank you,\nHelena Brandt, MD\nCoastline Medical Group", "hbrandt@coastlinemg.example", "Helena Brandt");

        var detection = _detector.Detect(message);

        Assert.Equal(MessageKind.Referral, detection.Kind);
        Assert.DoesNotContain("asks for no occupational-therapy service", detection.Signals);
    }

    [Fact]
    public void Detect_WhenAPhysicalTherapistRecommendsOtForANamedPatient_TakesItForAReferral()
    {
        var body = "I'm seeing Mia Torres (DOB 6/14/2017) in PT for toe-walking. She would benefit from OT for fine motor and handwriting; mom is on board. Mom's cell 555-402-7713.\n\nJess Hale, PT, DPT\nRiverside Pediatric PT";
        var detection = _detector.Detect(Message("Mia Torres", body, "jhale@riversidept.example", "Jess Hale"));

        Assert.Equal(MessageKind.Referral, detection.Kind);
    }

    [Fact]
    public void Detect_WhenARecommendationNamesNoPatient_IsNotAReferral()
    {
        var body = "Before I send anyone: I have several patients with fine motor issues who would benefit from OT. Do you take Medicaid?\n\nJess Hale, PT, DPT";
        var detection = _detector.Detect(Message("Question", body, "jhale@riversidept.example", "Jess Hale"));

        Assert.Equal(MessageKind.NotReferral, detection.Kind);
    }

    [Fact]
    public void Detect_WhenWeakEvidenceAsksForNoOtService_IsNotAReferral()
    {
        var message = Message("Quick question", "Please see the attached fall schedule for the cardiology practice. Dr. Vance referred two patients for stress tests.", "admin@coastlinemg.example");

        var detection = _detector.Detect(message);

        Assert.Equal(MessageKind.NotReferral, detection.Kind);
    }

    [Fact]
    public void Detect_WhenAReferralWasForwardedTwiceInsideTheClinic_ReadsTheOriginalSender()
    {
        var body = """
            FYI, this landed in my inbox.

            ---------- Forwarded message ---------
            From: Ana Pike <apike@ourclinic.example>
            Date: Tue, Nov 10, 2026 at 5:12 PM
            Subject: Fwd: referral for Mr. Dunn
            To: Front Desk <frontdesk@ourclinic.example>

            ---------- Forwarded message ---------
            From: Cal Ruiz <cruiz@hillsideprimary.example>
            Date: Tue, Nov 10, 2026 at 4:58 PM
            Subject: referral for Mr. Dunn
            To: Ana Pike <apike@ourclinic.example>

            Ana, sending Walter Dunn your way: 78 y/o, three falls this fall, early cognitive changes (R41.81).
            Home safety and cognition eval would be great. Son Pete: 555-348-1120.

            Cal Ruiz, PA-C
            Hillside Primary Care
            """;
        var message = Message("Fwd: Fwd: referral for Mr. Dunn", body, "frontdesk@ourclinic.example", "Front Desk");

        var detection = new ReferralDetector(new DetectionRules { OwnDomains = ["ourclinic.example"] }).Detect(message);

        Assert.Equal(MessageKind.Referral, detection.Kind);
        Assert.Equal("cruiz@hillsideprimary.example", detection.Referrer.Email);
        Assert.Equal(Pathway.Adult, detection.Pathway);
    }

    [Fact]
    public void Detect_WhenAHopOnTheWayAddsALine_ReadsTheOriginalBelowIt()
    {
        var body = """
            Forwarding to the referral box, please prioritize.

            ---------- Forwarded message ---------
            From: Lia Moss <lmoss@ourclinic.example>
            Date: Mon, Nov 9, 2026 at 5:50 PM
            Subject: Fwd: infant torticollis

            Came to my personal box by mistake.

            ---------- Forwarded message ---------
            From: Dev Rao <drao@brightstartei.example>
            Date: Mon, Nov 9, 2026 at 4:12 PM
            Subject: infant torticollis

            Lia - can your clinic see this baby this week? Ada Quinn, 4 months (DOB 07/09/2026), torticollis to the right
            (M43.6) and poor bottle feeding. Parent: Rose Quinn 555-902-4410.

            Dev Rao
            EI Service Coordinator, Bright Start Early Intervention
            """;
        var message = Message("Fwd: Fwd: infant torticollis", body, "intake@ourclinic.example", "Intake Desk");

        var detection = new ReferralDetector(new DetectionRules { OwnDomains = ["ourclinic.example"] }).Detect(message);

        Assert.Equal(MessageKind.Referral, detection.Kind);
        Assert.Equal("drao@brightstartei.example", detection.Referrer.Email);
    }

    [Fact]
    public void Detect_WhenAReplyAddsAFormToAQuotedReferral_IsAnUpdate()
    {
        var body = "Attached is the signed IFSP with OT added as a service. Family asked to be texted.\n\nDev Rao\nEI Service Coordinator\n\n"
            + "> Ada Quinn, 4 months (DOB 07/09/2026), torticollis to the right (M43.6) and poor bottle feeding.\n> Parent: Rose Quinn 555-902-4410.";
        var message = Message("RE: infant torticollis", body, "drao@brightstartei.example", "Dev Rao", [Pdf("IFSP_Quinn_signed.pdf")], inReplyTo: "ei-1@brightstartei.example");

        var detection = _detector.Detect(message);

        Assert.Equal(MessageKind.ReferralUpdate, detection.Kind);
    }

    [Fact]
    public void Detect_WhenAPayerSendsAPriorAuthorizationNotice_IsNotAReferral()
    {
        var body = """
            SUNRIDGE HEALTH PLAN - PRIOR AUTHORIZATION NOTICE

            Provider: Our Clinic Occupational Therapy (NPI 1234567893)
            Member: Noah Petit   DOB: 04/09/2020
            Service: 97165 OT evaluation low complexity
            Diagnosis: F82
            Determination: APPROVED - 12 visits

            This is not a guarantee of payment.
            """;
        var message = Message("Authorization Determination - Ref# 55102", body, "um@sunridgehealth.example");

        var detection = _detector.Detect(message);

        Assert.Equal(MessageKind.NotReferral, detection.Kind);
    }

    [Fact]
    public void Detect_WhenAHospitalSendsAPartnerUpdate_IsNotAReferral()
    {
        var body = "Our new stroke unit opened in October. Starting January 1, referrals to outpatient therapy will go through the portal. Questions: Partner Relations 555-239-5100.";
        var message = Message("Partner Update: stroke unit, referral portal", body, "partners@mercyhospital.example", "Mercy Community Partners");

        var detection = _detector.Detect(message);

        Assert.Equal(MessageKind.NotReferral, detection.Kind);
    }

    [Fact]
    public void Detect_WhenTheClinicsOwnMailboxConfirmsAReferral_IsNotAReferral()
    {
        var body = "Dear Dr. Amos,\n\nThank you for your referral of Eli Stone (S62.101A). His hand therapy evaluation is scheduled for 12/03/2026.\n\nOur Clinic Occupational Therapy";
        var message = Message("Referral received - Stone", body, "referrals@ourclinic.example", "Our Clinic Referrals");

        var detection = new ReferralDetector(new DetectionRules { OwnDomains = ["ourclinic.example"] }).Detect(message);

        Assert.Equal(MessageKind.NotReferral, detection.Kind);
        Assert.Contains("written by the clinic's own staff", detection.Signals);
    }

    [Fact]
    public void Detect_WhenTheClinicsWebFormSendsAParentsRequest_IsASelfReferral()
    {
        var body = """
            New submission from ourclinic.example/contact
            Name: Dana Holt
            Phone: (555) 734-1100
            Child's name: Milo Holt
            Child's date of birth: May 2, 2021
            Message: Milo gags on most textures and melts down at bath time. His preschool suggested an OT evaluation.
            """;
        var message = Message("New contact form submission", body, "no-reply@ourclinic.example", "Our Clinic Website");

        var detection = new ReferralDetector(new DetectionRules { OwnDomains = ["ourclinic.example"] }).Detect(message);

        Assert.Equal(MessageKind.SelfReferral, detection.Kind);
    }
}
