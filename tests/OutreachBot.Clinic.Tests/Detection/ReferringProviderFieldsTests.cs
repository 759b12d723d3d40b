using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

/// <summary>
/// The fields around a form's or an EHR notice's referring provider: the practice written between dots, under a
/// "Department:" label, below a specialty, or once at the notice's top; a web form's title and a hospital's ward.
/// </summary>
public sealed class ReferringProviderFieldsTests
{
    private const string Clinic = "brightfernot.example";

    private readonly ReferralDetector _detector = new(DetectionRules.Default with { OwnDomains = [Clinic] });

    [Fact]
    public void Detect_ReferralNetworkLineWithDotsBetweenFields_NamesThePractice()
    {
        var detection = _detector.Detect(Message(
            "Referral updated - Ref 55-1203",
            """
            Referral Hub - referral updated

            Patient: LINDQVIST, ARNE DOB 02/14/1961
            Diagnosis: G35 Multiple sclerosis
            Referring provider: Lena Ruiz, MD · Eastgate Neurology Associates · (555) 610-2200
            Changed field: Patient phone

            Replies to this address are not read.
            """,
            "alerts@referralhub.example",
            "Referral Hub"));

        Assert.Equal("Lena Ruiz, MD", detection.Referrer.Name);
        Assert.Equal("Eastgate Neurology Associates", detection.Referrer.Organization);
        Assert.Equal(ReferrerRole.Neurologist, detection.Referrer.Role);
    }

    [Fact]
    public void Detect_DepartmentLabelBelowTheProvider_NamesTheInstitutionAfterIt()
    {
        var detection = _detector.Detect(Message(
            "New referral notification (Occupational Therapy)",
            """
            *** Automated notice from Harbor EHR Link. Do not reply. ***

            Referral type:         Outpatient - Occupational Therapy
            Referring provider:    Omar Bell, MD
            Department:            Neurology - Movement Disorders, Harborview Neuroscience Institute
            Patient:               FOLEY, MAEVE
            Reason for referral:   Parkinson's disease; small handwriting, trouble with zippers
            """,
            "no-reply@ehrlink.harborview.example",
            "Harbor EHR Link"));

        Assert.Equal("Omar Bell, MD", detection.Referrer.Name);
        Assert.Equal("Harborview Neuroscience Institute", detection.Referrer.Organization);
        Assert.Equal(ReferrerRole.Neurologist, detection.Referrer.Role);
    }

    [Fact]
    public void Detect_SpecialtyAfterTheProviderAndThePracticeBelow_NamesThePractice()
    {
        var detection = _detector.Detect(Message(
            "Outgoing referral RF-77120",
            """
            OUTGOING REFERRAL
            Referral Type: Occupational Therapy - Hand
            Patient: VANCE, OLIVE
            DOB: 1980-05-05
            Reason: s/p right trigger thumb release. Scar care and tendon glides. Eval and treat.
            Referring Provider: Lena Ruiz, MD - Hand & Upper Extremity Surgery
            Eastlake Orthopedic Associates
            Ph 555-610-4400 Fax 555-610-4401
            """,
            "noreply-referrals@eastlakeortho.example",
            "Eastlake Referrals"));

        Assert.Equal("Eastlake Orthopedic Associates", detection.Referrer.Organization);
        Assert.Equal(ReferrerRole.Orthopedist, detection.Referrer.Role);
    }

    [Fact]
    public void Detect_SendingFacilityAtTheTopOfANotice_NamesThePracticeOfTheOrderingProvider()
    {
        var detection = _detector.Detect(Message(
            "Referral 55120 - VANCE, OLIVE",
            """
            === REFERRAL NOTIFICATION ===
            Sending facility: Eastlake Orthopedics & Spine
            Priority: ROUTINE

            PATIENT: VANCE, OLIVE   DOB: 1980-05-05
            DIAGNOSES: M65.311 TRIGGER THUMB, RIGHT THUMB

            ORDER: OT EVAL & TREAT - scar care, tendon glides.
            ORDERING: Lena Ruiz, MD (Hand Surgery)  Ph 555-610-4400  Fax 555-610-4401
            """,
            "ehr-referrals@eastlakeortho.example",
            "Eastlake Ortho Referrals"));

        Assert.Equal("Lena Ruiz, MD", detection.Referrer.Name);
        Assert.Equal("Eastlake Orthopedics & Spine", detection.Referrer.Organization);
        Assert.Equal(ReferrerRole.Orthopedist, detection.Referrer.Role);
    }

    [Fact]
    public void Detect_WebFormWithTheReferrersNameTitleAndWard_ReadsEachField()
    {
        var detection = _detector.Detect(Message(
            "New Professional Referral submission",
            """
            New submission: Professional Referral
            Referrer name: Dana Pryor, RN
            Referrer title / role: Discharge Planner
            Organization: Lakeshore Medical Center - 4 West
            Referrer phone: (555) 731-2200
            Referrer fax: (555) 731-2201

            Patient name: Tova Lind
            Patient date of birth: 1950-03-09
            Reason for referral: left hemiparesis after stroke, ADL retraining. Discharge tomorrow.
            """,
            $"webforms@{Clinic}",
            "Bright Fern Website"));

        Assert.Equal("Dana Pryor, RN", detection.Referrer.Name);
        Assert.Equal("Lakeshore Medical Center", detection.Referrer.Organization);
        Assert.Equal(ReferrerRole.CaseManager, detection.Referrer.Role);
        Assert.Equal("(555) 731-2201", detection.Referrer.Fax);
    }
}
