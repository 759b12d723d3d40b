using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

/// <summary>One rule per test: sign-offs, signature layouts, patient introductions, discharge dates and ICD-10 categories.</summary>
public sealed class LayoutRuleTests
{
    private const string Referral = "Please evaluate and treat Hal Brook (DOB 2/2/1970) for a right distal radius fracture.";

    private readonly ReferralDetector _detector = new();

    [Theory]
    [InlineData("Warmly,")]
    [InlineData("All the best,")]
    [InlineData("Thanks in advance,")]
    [InlineData("Thank you in advance!")]
    [InlineData("Best wishes,")]
    [InlineData("Appreciate your help,")]
    [InlineData("Yours truly,")]
    [InlineData("--")]
    public void Detect_WhenTheSignOffIsLessCommon_StillReadsTheSignature(string signOff)
    {
        var detection = FromSignature($"{signOff}\nPaul Ames, MD\nAmes Orthopedics\nPhone 555-510-3300\nFax 555-510-3301", "Ortho Desk");

        Assert.Equal("Paul Ames, MD", detection.Referrer.Name);
        Assert.Equal("Ames Orthopedics", detection.Referrer.Organization);
        Assert.Equal(ReferrerRole.Orthopedist, detection.Referrer.Role);
        Assert.Equal("555-510-3300", detection.Referrer.Phone);
        Assert.Equal("555-510-3301", detection.Referrer.Fax);
    }

    [Theory]
    [InlineData("Thanks, Dr. Paul Ames\nAmes Orthopedics\n555-510-3300", "Paul Ames")]
    [InlineData("Paul Ames, MD\nAmes Orthopedics\n555-510-3300", "Paul Ames, MD")]
    public void Detect_WhenThereIsNoSignOffLineAndTheMailboxNamesNoPerson_ReadsTheLastParagraph(string signature, string name)
    {
        var detection = FromSignature(signature, "Ortho Desk");

        Assert.Equal(name, detection.Referrer.Name);
        Assert.Equal("Ames Orthopedics", detection.Referrer.Organization);
        Assert.Equal("555-510-3300", detection.Referrer.Phone);
    }

    [Fact]
    public void Detect_WhenTheSignatureIsInCapitals_WritesNamesInTitleCaseAndKeepsCredentials()
    {
        var detection = FromSignature("Regards,\nPAUL AMES, MD\nAMES ORTHOPEDICS OF THE VALLEY\n555-510-3300", "PAUL AMES");

        Assert.Equal("Paul Ames, MD", detection.Referrer.Name);
        Assert.Equal("Ames Orthopedics of the Valley", detection.Referrer.Organization);
    }

    [Fact]
    public void Detect_WhenStaffWorkForADoctorWithoutCredentials_TheDoctorRefers()
    {
        var detection = FromSignature("Thank you,\nJenna Price\nMedical Assistant to Dr. Paul Ames\nAmes Orthopedics\n555-510-3300", "Jenna Price");

        Assert.Equal("Paul Ames", detection.Referrer.Name);
        Assert.Equal(ReferrerRole.Orthopedist, detection.Referrer.Role);
    }

    [Theory]
    [InlineData("Visiting Nurse Association of Kane", ReferrerRole.Other)]
    [InlineData("Valley Home Health", ReferrerRole.Other)]
    [InlineData("Valley Home Health - Case Management", ReferrerRole.CaseManager)]
    public void Detect_WhenANurseWritesFromHomeHealth_TheRoleIsOtherUnlessACaseManager(string organization, ReferrerRole role)
    {
        var detection = FromSignature($"Thanks,\nRosa Jimenez, RN\n{organization}\n555-566-7000", "Rosa Jimenez");

        Assert.Equal(role, detection.Referrer.Role);
    }

    [Theory]
    [InlineData("Please see Grace Holloway for hand therapy after a wrist fracture.", "Grace Holloway", null)]
    [InlineData("I'm seeing Walter Brennan, 72, for balance and he needs OT for dressing.", "Walter Brennan", 72)]
    [InlineData("A child on my caseload, Leo Fernandez (3 years old), needs an OT evaluation for feeding.", "Leo Fernandez", 3)]
    [InlineData("I am the service coordinator for Nora Quinlan, who is 22 months old; she needs an OT evaluation.", "Nora Quinlan", 1)]
    [InlineData("I am writing regarding Sophie Grant, a 2nd grade student (age 7), and request an OT evaluation.", "Sophie Grant", 7)]
    public void Detect_WhenThePatientIsIntroducedInOtherWords_ReadsTheNameAndAge(string sentence, string name, int? age)
    {
        var detection = _detector.Detect(Message("OT referral", $"Hello,\n\n{sentence}\n\nThanks,\nAmy Lee, MD\nHarbor Clinic", "alee@harbor.example", "Amy Lee"));

        Assert.Equal(name, detection.Patient.Name);
        Assert.Equal(age, detection.Patient.AgeYears);
    }

    [Theory]
    [InlineData("Discharge date: 11/10/2026", Urgency.Urgent)]
    [InlineData("Discharge date: 11/11/2026", Urgency.Urgent)]
    [InlineData("Discharged on 11/12/2026", Urgency.Routine)]
    [InlineData("Discharge date: 10/28/2026", Urgency.Routine)]
    public void Detect_WhenADischargeDateIsTheDayReceivedOrTheNext_IsUrgent(string line, Urgency urgency)
    {
        // The test messages are received on 10 November 2026.
        var detection = _detector.Detect(Message("OT referral", $"Please evaluate and treat Ann Roe (DOB 1/1/1950) for ADLs after pneumonia.\n{line}\n\nThanks,\nAmy Lee, MD", "alee@harbor.example", "Amy Lee"));

        Assert.Equal(urgency, detection.Urgency);
    }

    [Theory]
    [InlineData("I63.9", Pathway.Neuro)]
    [InlineData("S62.101A", Pathway.Hand)]
    [InlineData("M19.041", Pathway.Hand)]
    public void Detect_WhenOnlyTheCodeNamesTheServiceLine_ItsCategoryChoosesThePathway(string code, Pathway pathway)
    {
        var detection = _detector.Detect(Message("OT referral", $"Please evaluate and treat Ann Roe (DOB 1/1/1950). Dx: {code}.\n\nThanks,\nAmy Lee, MD\nHarbor Family Medicine", "alee@harbor.example", "Amy Lee"));

        Assert.Equal(pathway, detection.Pathway);
    }

    [Fact]
    public void Detect_WhenAFormLabelsThePracticeAndTheProvidersNumbers_ReadsThemAndNotThePatients()
    {
        var body = "Patient name: Sandra Kim\nDOB: 02-11-1966\nReferred by: Michael Adebayo, MD\nPractice: Valley Oncology Associates\nProvider phone: 555-417-2000\nProvider fax: 555-417-2001\nPatient phone: 555-417-6654\nReason: lymphedema, please evaluate for OT.";

        var detection = _detector.Detect(Message("Referral - lymphedema", body, "referrals@valleyonc.example", "Clinic Referrals"));

        Assert.Equal("Michael Adebayo, MD", detection.Referrer.Name);
        Assert.Equal("Valley Oncology Associates", detection.Referrer.Organization);
        Assert.Equal("555-417-2000", detection.Referrer.Phone);
        Assert.Equal("555-417-2001", detection.Referrer.Fax);
        Assert.Equal("555-417-6654", detection.Patient.Phone);
    }

    [Fact]
    public void Detect_WhenACaseManagerNamesTheDischargingPhysician_TheCaseManagerStillRefers()
    {
        var body = "Please see Ann Roe (DOB 1/1/1950) for OT after discharge.\nDischarging physician: Dr. Nadia Farouk\n\nThanks,\nMaria Gomez, RN, CCM\nSt. Brendan Medical Center";

        var detection = _detector.Detect(Message("Discharge referral", body, "mgomez@stbrendan.example", "Maria Gomez"));

        Assert.Equal("Maria Gomez, RN, CCM", detection.Referrer.Name);
        Assert.Equal(ReferrerRole.CaseManager, detection.Referrer.Role);
    }

    [Fact]
    public void Detect_WhenAPatientAsksAboutABillForPastTherapy_IsNotAReferral()
    {
        var body = "Hello,\nI received a statement for $80 for my therapy visits for my wrist. My doctor sent the referral and I thought it was covered. Can someone call me?\n\nThanks,\nDina Hall";

        var detection = _detector.Detect(Message("Question", body, "dhall@mailbox.example", "Dina Hall"));

        Assert.Equal(MessageKind.NotReferral, detection.Kind);
    }

    [Fact]
    public void Detect_WhenADelimiterAfterTheSignatureOpensAFooter_StillReadsTheSignatureAboveIt()
    {
        var detection = FromSignature("Thanks,\nPaul Ames, MD\nAmes Orthopedics\nPhone 555-510-3300 | Fax 555-510-3301\n--\nThis message is confidential and intended only for the recipient.", "Paul Ames");

        Assert.Equal("Paul Ames, MD", detection.Referrer.Name);
        Assert.Equal("Ames Orthopedics", detection.Referrer.Organization);
        Assert.Equal("555-510-3300", detection.Referrer.Phone);
        Assert.Equal("555-510-3301", detection.Referrer.Fax);
    }

    private ReferralDetection FromSignature(string signature, string fromName) =>
        _detector.Detect(Message("OT referral - Hal Brook", $"Hello,\n\n{Referral}\n\n{signature}", "office@amesortho.example", fromName));
}
