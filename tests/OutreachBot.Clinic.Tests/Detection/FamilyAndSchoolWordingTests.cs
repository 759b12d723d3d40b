using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

/// <summary>
/// Families writing partly in Spanish, a teacher passing on a family's question, a doctor's two-line "pls see", and
/// mail that mentions a patient or a service without asking for care.
/// </summary>
public sealed class FamilyAndSchoolWordingTests
{
    private readonly ReferralDetector _detector = new();

    [Fact]
    public void Detect_AMotherWritingInSpanishAndEnglish_IsASelfReferralWithTheChildsAge()
    {
        const string body = """
            Hola, good afternoon

            Mi hija Lucia Paredes tiene 5 años y está en kinder. La maestra me dijo que tal vez necesita terapia ocupacional. She can't stand socks or tags, se tapa los oídos con la aspiradora.

            Tenemos Medicaid. Por favor mándeme un texto al 555-418-7731.

            Gracias!
            Marisol Paredes
            """;

        var detection = _detector.Detect(Message("Información terapia ocupacional para mi hija", body, "marisol.p@mail.example", "Marisol Paredes"));

        Assert.Equal(MessageKind.SelfReferral, detection.Kind);
        Assert.Equal(ReferrerRole.Family, detection.Referrer.Role);
        Assert.Equal("Lucia Paredes", detection.Patient.Name);
        Assert.Equal(5, detection.Patient.AgeYears);
    }

    [Fact]
    public void Detect_ASpanishBirthDate_IsTheDateOfBirth()
    {
        const string body = "Hola Jess, gracias por llamarme. Mi nieto Mateo Ruiz nació el 15 de agosto de 2020 (8/15/2020). Necesita terapia ocupacional para la escritura. Tiene Medicaid.\n\nRosa Ruiz";

        var detection = _detector.Detect(Message("terapia para mi nieto", body, "rosa.ruiz@mail.example", "Rosa Ruiz"));

        Assert.Equal(new DateOnly(2020, 8, 15), detection.Patient.DateOfBirth);
        Assert.Null(detection.Patient.AgeYears);
    }

    [Fact]
    public void Detect_AShorthandRequestForASensoryEval_IsAReferral()
    {
        const string body = "pls see 3yo Milo Ferris for sensory eval - meltdowns, toe walking, mouthing everything. mom Dana (555) 467-1102. will fax order mon. thx\n\nOwen Price MD\nHillcrest Peds\n\nSent from my iPhone";

        var detection = _detector.Detect(Message("sensory eval", body, "oprice@hillcrestpeds.example", "Owen Price"));

        Assert.Equal(MessageKind.Referral, detection.Kind);
        Assert.Equal(Pathway.Pediatric, detection.Pathway);
    }

    [Fact]
    public void Detect_ATeacherAskingForHelpOutsideSchoolForANamedStudent_IsAReferral()
    {
        const string body = """
            Hello,

            I am the resource teacher for Ines Calder, a 9-year-old 3rd grader at Birch Elementary. Her handwriting is very hard to read and her hand cramps after a few sentences. Her parents asked me whether there is a clinic where she could get more help, and I told them I would reach out to you.

            Her father asked for a phone call: (555) 744-3380.

            Nadia Fenn
            Special Education Teacher
            Birch Elementary | Maple Unified School District
            """;

        var detection = _detector.Detect(Message("Student needing handwriting help", body, "nfenn@mapleusd.example", "Fenn, Nadia"));

        Assert.Equal(MessageKind.Referral, detection.Kind);
        Assert.Equal(Pathway.School, detection.Pathway);
        Assert.Equal("Ines Calder", detection.Patient.Name);
    }

    [Fact]
    public void Detect_ASchoolCoordinatorAskingHowFamiliesCanBeReferred_IsNotAReferral()
    {
        const string body = """
            Hi,

            I'm the special education coordinator for Lakeview Community Schools. Families often ask us for outpatient OT clinics and I'd like to add you to our resource list.

            1. Do you accept Medicaid and CHIP for school-age children?
            2. What is the current wait time for a handwriting evaluation?
            3. Do families need a doctor's referral?

            No specific student right now.

            Renee Walsh
            Special Education Coordinator, Lakeview Community Schools
            """;

        var detection = _detector.Detect(Message("Question about referrals from school", body, "rwalsh@lakeviewcsd.example", "Renee Walsh"));

        Assert.Equal(MessageKind.NotReferral, detection.Kind);
    }

    [Fact]
    public void Detect_AnAuthorizationDecisionNamingAMemberAndACode_IsNotAReferral()
    {
        const string body = """
            SUMMIT HEALTH PLAN - UTILIZATION MANAGEMENT
            Notice of Authorization Decision

            Member: JORDAN MILLS
            Date of Birth: 08/11/2017
            Status: APPROVED
            Service: Outpatient Occupational Therapy
            Diagnosis on request: F82

            The requested services have been approved as submitted.
            """;

        var detection = _detector.Detect(Message("Authorization Decision - UM25-0048812 - APPROVED", body, "no-reply@summithealth.example", "Summit Health Plan UM"));

        Assert.Equal(MessageKind.NotReferral, detection.Kind);
    }

    [Fact]
    public void Detect_AVendorsSaleThatMentionsReferrals_IsNotAReferral()
    {
        const string body = """
            Hi team,

            Spring is referral season! When your pediatric caseload fills up with kids referred for sensory processing, make sure your gym is ready.

            - 20% off weighted vests
            - Free shipping on platform swings

            Use code CLINIC20 at checkout.

            Greg Ames
            Sensory Solutions Supply
            """;

        var detection = _detector.Detect(Message("Sensory gym spring sale - 20% weighted vests", body, "games@sensorysolutions.example", "Greg Ames"));

        Assert.Equal(MessageKind.NotReferral, detection.Kind);
    }
}
