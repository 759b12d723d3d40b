using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection.Unseen;

/// <summary>
/// Whole referrals in layouts the tuning mail does not use: signatures with O:/F:, Tel./Fax., t/f labels, departments above the practice.
/// Written for these tests (fictional people, 555 numbers); none is taken from a corpus.
/// </summary>
public sealed class UnseenReferralsFromCliniciansTests
{
    private readonly ReferralDetector _detector = new();

    [Fact]
    public void Detect_DischargeReferralOutpatientOt_U01_ReadsEveryField()
    {
        var detection = _detector.Detect(Message(
            "Discharge referral - outpatient OT",
            """
            Good afternoon,

            St. Brendan is discharging the patient below tomorrow and she will need outpatient OT.

            Patient Name: Rosa Delgado-Finch
            Date of Birth: 04/17/1944
            Admitting Dx: CVA, left MCA territory
            Discharge Date: 11/12/2026
            Attending: Dr. Alan Mercer

            She has right-sided weakness and needs help with dressing and bathing. Daughter (Carmen) is the best contact at 555-613-2298.

            Thank you,
            Maria Gomez, RN, CCM
            Case Management | St. Brendan Medical Center
            P: 555-613-4000 x 2231   F: 555-613-4090
            """,
            "mgomez@stbrendan.example",
            "Gomez, Maria"));

        Assert.Equal(MessageKind.Referral, detection.Kind);
        Assert.Equal(Pathway.Neuro, detection.Pathway);
        Assert.Equal(Urgency.Urgent, detection.Urgency);
        Assert.Equal("Maria Gomez, RN, CCM", detection.Referrer.Name);
        Assert.Equal("St. Brendan Medical Center", detection.Referrer.Organization);
        Assert.Equal(ReferrerRole.CaseManager, detection.Referrer.Role);
        Assert.Equal("555-613-4000 x 2231", detection.Referrer.Phone);
        Assert.Equal("555-613-4090", detection.Referrer.Fax);
        Assert.Equal("Rosa Delgado-Finch", detection.Patient.Name);
        Assert.Equal(new DateOnly(1944, 4, 17), detection.Patient.DateOfBirth);
        Assert.Null(detection.Patient.AgeYears);
        Assert.Equal("555-613-2298", detection.Patient.Phone);
    }

    [Fact]
    public void Detect_OtEvaluationRequestIepStudent_U02_ReadsEveryField()
    {
        var detection = _detector.Detect(Message(
            "OT evaluation request - IEP student",
            """
            Hello,

            Our IEP team would like an outside OT evaluation for one of my students, Mason Whitaker (age 8). His handwriting is very difficult to read, he has trouble with scissors and buttons, and he tires quickly with written work. His parents have signed consent and I can send the IEP pages.

            Mom's cell is (555) 284-7710 if you need to reach the family.

            Best regards,

            Karen Liu
            Special Education Teacher
            Maple Grove Elementary School
            Riverside Unified School District
            (555) 233-1200 ext 214
            """,
            "kliu@riversideusd.example",
            "Karen Liu"));

        Assert.Equal(MessageKind.Referral, detection.Kind);
        Assert.Equal(Pathway.School, detection.Pathway);
        Assert.Equal(Urgency.Routine, detection.Urgency);
        Assert.Equal("Karen Liu", detection.Referrer.Name);
        Assert.Equal("Maple Grove Elementary School, Riverside Unified School District", detection.Referrer.Organization);
        Assert.Equal(ReferrerRole.School, detection.Referrer.Role);
        Assert.Equal("(555) 233-1200 ext 214", detection.Referrer.Phone);
        Assert.Null(detection.Referrer.Fax);
        Assert.Equal("Mason Whitaker", detection.Patient.Name);
        Assert.Null(detection.Patient.DateOfBirth);
        Assert.Equal(8, detection.Patient.AgeYears);
        Assert.Equal("(555) 284-7710", detection.Patient.Phone);
    }

    [Fact]
    public void Detect_ReferralFineMotorDelay_U03_ReadsEveryField()
    {
        var detection = _detector.Detect(Message(
            "Referral: fine motor delay",
            """
            Dear colleagues,

            I am referring Aria Patel (DOB 2021-09-03) for an OT evaluation. At her 4-year visit she could not copy a circle, avoids drawing and has trouble with utensils. Mother reports frequent meltdowns with tooth brushing. Mother's number is 555.310.8842.

            Dx: F82 developmental coordination disorder.

            Sincerely,
            Samuel Okoro, MD, FAAP
            Brightside Pediatric Associates
            Tel. 555.410.2020 | Fax. 555.410.2021
            """,
            "sokoro@brightsidepeds.example",
            "Samuel Okoro"));

        Assert.Equal(MessageKind.Referral, detection.Kind);
        Assert.Equal(Pathway.Pediatric, detection.Pathway);
        Assert.Equal(Urgency.Routine, detection.Urgency);
        Assert.Equal("Samuel Okoro, MD, FAAP", detection.Referrer.Name);
        Assert.Equal("Brightside Pediatric Associates", detection.Referrer.Organization);
        Assert.Equal(ReferrerRole.Pediatrician, detection.Referrer.Role);
        Assert.Equal("555.410.2020", detection.Referrer.Phone);
        Assert.Equal("555.410.2021", detection.Referrer.Fax);
        Assert.Equal("Aria Patel", detection.Patient.Name);
        Assert.Equal(new DateOnly(2021, 9, 3), detection.Patient.DateOfBirth);
        Assert.Null(detection.Patient.AgeYears);
        Assert.Equal("555.310.8842", detection.Patient.Phone);
    }

    [Fact]
    public void Detect_OtReferralForSharedPatient_U04_ReadsEveryField()
    {
        var detection = _detector.Detect(Message(
            "OT referral for shared patient",
            """
            Hi team,

            I'm seeing Walter Brennan, 72, for balance after a left TKA and he is struggling with lower body dressing and getting in and out of the tub. Could you evaluate him for ADL training and bathroom equipment? He prefers phone calls: (555) 778-1432.

            Thanks!
            Laura Chen, PT, DPT
            Coastal Physical Therapy & Sports Rehab
            O: (555) 778-5000
            F: (555) 778-5001
            """,
            "lchen@coastalptrehab.example",
            "Laura Chen"));

        Assert.Equal(MessageKind.Referral, detection.Kind);
        Assert.Equal(Pathway.Adult, detection.Pathway);
        Assert.Equal(Urgency.Routine, detection.Urgency);
        Assert.Equal("Laura Chen, PT, DPT", detection.Referrer.Name);
        Assert.Equal("Coastal Physical Therapy & Sports Rehab", detection.Referrer.Organization);
        Assert.Equal(ReferrerRole.PhysicalTherapist, detection.Referrer.Role);
        Assert.Equal("(555) 778-5000", detection.Referrer.Phone);
        Assert.Equal("(555) 778-5001", detection.Referrer.Fax);
        Assert.Equal("Walter Brennan", detection.Patient.Name);
        Assert.Null(detection.Patient.DateOfBirth);
        Assert.Equal(72, detection.Patient.AgeYears);
        Assert.Equal("(555) 778-1432", detection.Patient.Phone);
    }

    [Fact]
    public void Detect_HandTherapyReferral_U05_ReadsEveryField()
    {
        var detection = _detector.Detect(Message(
            "Hand therapy referral",
            """
            Please see Grace Holloway for hand therapy. She is 3 weeks status post ORIF of a left distal radius fracture, now out of the splint, with stiffness and decreased grip. Eval and treat, AROM/PROM, strengthening.

            Patient DOB: 7/9/1963
            Patient phone: 555-902-1177

            Regards,
            Jordan Ellis, PA-C
            Summit Orthopaedic Specialists
            Phone: 555-455-3100
            Fax: 555-455-3199
            """,
            "jellis@summitortho.example",
            "Jordan Ellis"));

        Assert.Equal(MessageKind.Referral, detection.Kind);
        Assert.Equal(Pathway.Hand, detection.Pathway);
        Assert.Equal(Urgency.Routine, detection.Urgency);
        Assert.Equal("Jordan Ellis, PA-C", detection.Referrer.Name);
        Assert.Equal("Summit Orthopaedic Specialists", detection.Referrer.Organization);
        Assert.Equal(ReferrerRole.Physician, detection.Referrer.Role);
        Assert.Equal("555-455-3100", detection.Referrer.Phone);
        Assert.Equal("555-455-3199", detection.Referrer.Fax);
        Assert.Equal("Grace Holloway", detection.Patient.Name);
        Assert.Equal(new DateOnly(1963, 7, 9), detection.Patient.DateOfBirth);
        Assert.Null(detection.Patient.AgeYears);
        Assert.Equal("555-902-1177", detection.Patient.Phone);
    }

    [Fact]
    public void Detect_ReferralForInHomeOt_U06_ReadsEveryField()
    {
        var detection = _detector.Detect(Message(
            "Referral for in-home OT",
            """
            Hello,

            I am a social worker with Kane County Human Services and I would like to refer Mr. Harold Simms (84 years old) for an OT home safety evaluation. He lives alone, has had two falls this month and is having a hard time getting in and out of the shower. He can be reached at (555) 309-4471.

            Take care,
            Dana Brooks, LCSW
            Adult Protective Services
            Kane County Human Services
            Direct: (555) 309-1200
            """,
            "dbrooks@kanecountyhs.example",
            "Dana Brooks"));

        Assert.Equal(MessageKind.Referral, detection.Kind);
        Assert.Equal(Pathway.Adult, detection.Pathway);
        Assert.Equal(Urgency.Routine, detection.Urgency);
        Assert.Equal("Dana Brooks, LCSW", detection.Referrer.Name);
        Assert.Equal("Kane County Human Services", detection.Referrer.Organization);
        Assert.Equal(ReferrerRole.SocialWorker, detection.Referrer.Role);
        Assert.Equal("(555) 309-1200", detection.Referrer.Phone);
        Assert.Null(detection.Referrer.Fax);
        Assert.Equal("Harold Simms", detection.Patient.Name);
        Assert.Null(detection.Patient.DateOfBirth);
        Assert.Equal(84, detection.Patient.AgeYears);
        Assert.Equal("(555) 309-4471", detection.Patient.Phone);
    }

    [Fact]
    public void Detect_NewReferralParkinsonSDisease_U07_ReadsEveryField()
    {
        var detection = _detector.Detect(Message(
            "New referral - Parkinson's disease",
            """
            Hello,

            Referring Thomas Whitfield, DOB 03/22/1950, with Parkinson's disease (G20) for outpatient OT. He has increasing difficulty with buttons, handwriting has become small, and he has had near-falls in the bathroom.

            Best,
            Dr. Priya Raman
            Lakeview Neurology Group
            t 555-771-2300 | f 555-771-2301
            """,
            "praman@lakeviewneuro.example",
            "Dr. Priya Raman"));

        Assert.Equal(MessageKind.Referral, detection.Kind);
        Assert.Equal(Pathway.Neuro, detection.Pathway);
        Assert.Equal(Urgency.Routine, detection.Urgency);
        Assert.Equal("Priya Raman", detection.Referrer.Name);
        Assert.Equal("Lakeview Neurology Group", detection.Referrer.Organization);
        Assert.Equal(ReferrerRole.Neurologist, detection.Referrer.Role);
        Assert.Equal("555-771-2300", detection.Referrer.Phone);
        Assert.Equal("555-771-2301", detection.Referrer.Fax);
        Assert.Equal("Thomas Whitfield", detection.Patient.Name);
        Assert.Equal(new DateOnly(1950, 3, 22), detection.Patient.DateOfBirth);
        Assert.Null(detection.Patient.AgeYears);
        Assert.Null(detection.Patient.Phone);
    }

}

