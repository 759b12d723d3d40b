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

        detection.ShouldRead(
            MessageKind.Referral, Pathway.Neuro, Urgency.Urgent,
            referrer: ("Maria Gomez, RN, CCM", "St. Brendan Medical Center", ReferrerRole.CaseManager, "555-613-4000 x 2231", "555-613-4090"),
            patient: ("Rosa Delgado-Finch", new DateOnly(1944, 4, 17), null, "555-613-2298"));
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

        detection.ShouldRead(
            MessageKind.Referral, Pathway.School, Urgency.Routine,
            referrer: ("Karen Liu", "Maple Grove Elementary School, Riverside Unified School District", ReferrerRole.School, "(555) 233-1200 ext 214", null),
            patient: ("Mason Whitaker", null, 8, "(555) 284-7710"));
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

        detection.ShouldRead(
            MessageKind.Referral, Pathway.Pediatric, Urgency.Routine,
            referrer: ("Samuel Okoro, MD, FAAP", "Brightside Pediatric Associates", ReferrerRole.Pediatrician, "555.410.2020", "555.410.2021"),
            patient: ("Aria Patel", new DateOnly(2021, 9, 3), null, "555.310.8842"));
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

        detection.ShouldRead(
            MessageKind.Referral, Pathway.Adult, Urgency.Routine,
            referrer: ("Laura Chen, PT, DPT", "Coastal Physical Therapy & Sports Rehab", ReferrerRole.PhysicalTherapist, "(555) 778-5000", "(555) 778-5001"),
            patient: ("Walter Brennan", null, 72, "(555) 778-1432"));
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

        detection.ShouldRead(
            MessageKind.Referral, Pathway.Hand, Urgency.Routine,
            referrer: ("Jordan Ellis, PA-C", "Summit Orthopaedic Specialists", ReferrerRole.Physician, "555-455-3100", "555-455-3199"),
            patient: ("Grace Holloway", new DateOnly(1963, 7, 9), null, "555-902-1177"));
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

        detection.ShouldRead(
            MessageKind.Referral, Pathway.Adult, Urgency.Routine,
            referrer: ("Dana Brooks, LCSW", "Kane County Human Services", ReferrerRole.SocialWorker, "(555) 309-1200", null),
            patient: ("Harold Simms", null, 84, "(555) 309-4471"));
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

        detection.ShouldRead(
            MessageKind.Referral, Pathway.Neuro, Urgency.Routine,
            referrer: ("Priya Raman", "Lakeview Neurology Group", ReferrerRole.Neurologist, "555-771-2300", "555-771-2301"),
            patient: ("Thomas Whitfield", new DateOnly(1950, 3, 22), null, null));
    }

}

