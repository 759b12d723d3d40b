using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection.Unseen;

/// <summary>
/// Whole referrals from office staff for a doctor, home health, school teams, a hospital unit's discharge form, capitals and a cardiac NP.
/// Written for these tests (fictional people, 555 numbers); none is taken from a corpus.
/// </summary>
public sealed class UnseenStaffAndSchoolTests
{
    private readonly ReferralDetector _detector = new();

    [Fact]
    public void Detect_ReferralForOutpatientOt_V06_ReadsEveryField()
    {
        var detection = _detector.Detect(Message(
            "Referral for outpatient OT",
            """
            Hi,

            I'm a home health nurse and our patient George Fitch, 79 y/o, is finishing home care this week. He still needs OT for dressing, bathing and kitchen safety after his hip fracture. Wife Linda: 555-566-2031.

            Best wishes,
            Rosa Jimenez, RN
            Valley Home Health
            Office 555-566-7000
            """,
            "rjimenez@valleyhomehealth.example",
            "Rosa Jimenez"));

        Assert.Equal(MessageKind.Referral, detection.Kind);
        Assert.Equal(Pathway.Adult, detection.Pathway);
        Assert.Equal(Urgency.Routine, detection.Urgency);
        Assert.Equal("Rosa Jimenez, RN", detection.Referrer.Name);
        Assert.Equal("Valley Home Health", detection.Referrer.Organization);
        Assert.Equal(ReferrerRole.Other, detection.Referrer.Role);
        Assert.Equal("555-566-7000", detection.Referrer.Phone);
        Assert.Null(detection.Referrer.Fax);
        Assert.Equal("George Fitch", detection.Patient.Name);
        Assert.Null(detection.Patient.DateOfBirth);
        Assert.Equal(79, detection.Patient.AgeYears);
        Assert.Equal("555-566-2031", detection.Patient.Phone);
    }

    [Fact]
    public void Detect_OtEvalRequest_V07_ReadsEveryField()
    {
        var detection = _detector.Detect(Message(
            "OT eval request",
            """
            Dear Bright Path,

            I am writing on behalf of our IEP team regarding Sophie Grant, a 2nd grade student (age 7) who struggles with letter formation, cutting, and managing her backpack and zippers. Her parents have signed consent. Mom can be reached at 555-118-9043.

            Respectfully,
            Ana Ruiz | School Psychologist | Cedar Park Elementary
            Cedar Park Central School District
            Tel: 555-118-2000
            """,
            "aruiz@cedarparkcsd.example",
            "Ana Ruiz"));

        Assert.Equal(MessageKind.Referral, detection.Kind);
        Assert.Equal(Pathway.School, detection.Pathway);
        Assert.Equal(Urgency.Routine, detection.Urgency);
        Assert.Equal("Ana Ruiz", detection.Referrer.Name);
        Assert.Equal("Cedar Park Elementary, Cedar Park Central School District", detection.Referrer.Organization);
        Assert.Equal(ReferrerRole.School, detection.Referrer.Role);
        Assert.Equal("555-118-2000", detection.Referrer.Phone);
        Assert.Null(detection.Referrer.Fax);
        Assert.Equal("Sophie Grant", detection.Patient.Name);
        Assert.Null(detection.Patient.DateOfBirth);
        Assert.Equal(7, detection.Patient.AgeYears);
        Assert.Equal("555-118-9043", detection.Patient.Phone);
    }

    [Fact]
    public void Detect_DischargeOtReferral_V08_ReadsEveryField()
    {
        var detection = _detector.Detect(Message(
            "Discharge - OT referral",
            """
            DISCHARGE REFERRAL

            Patient: Howard Klein
            DOB: 11/23/1946
            Discharge date: 11/11/2026 (today)
            Diagnosis: I63.9 cerebral infarction
            Discharging physician: Dr. Nadia Farouk
            Needs: outpatient OT for left hemiparesis, dressing, bathing, and home safety.
            Caregiver phone: (555) 431-7720

            Sent by: Carol Meyer, Unit Secretary
            St. Luke's Regional Hospital
            (555) 431-5000
            """,
            "4west@stlukesregional.example",
            "Unit 4 West"));

        Assert.Equal(MessageKind.Referral, detection.Kind);
        Assert.Equal(Pathway.Neuro, detection.Pathway);
        Assert.Equal(Urgency.Urgent, detection.Urgency);
        Assert.Equal("Nadia Farouk", detection.Referrer.Name);
        Assert.Equal("St. Luke's Regional Hospital", detection.Referrer.Organization);
        Assert.Equal(ReferrerRole.Physician, detection.Referrer.Role);
        Assert.Equal("(555) 431-5000", detection.Referrer.Phone);
        Assert.Null(detection.Referrer.Fax);
        Assert.Equal("Howard Klein", detection.Patient.Name);
        Assert.Equal(new DateOnly(1946, 11, 23), detection.Patient.DateOfBirth);
        Assert.Null(detection.Patient.AgeYears);
        Assert.Equal("(555) 431-7720", detection.Patient.Phone);
    }

    [Fact]
    public void Detect_ReferralRWrist_V09_ReadsEveryField()
    {
        var detection = _detector.Detect(Message(
            "Referral: R wrist",
            """
            Pt Kayla Morgan 17 yo volleyball player, R wrist TFCC tear, please eval & treat, splint. Mom's # 555-990-4410.

            JOHN PARK, MD
            SUMMIT SPORTS MEDICINE
            T: 555-990-2000 F: 555-990-2001
            """,
            "jpark@summitsportsmed.example",
            "JOHN PARK MD"));

        Assert.Equal(MessageKind.Referral, detection.Kind);
        Assert.Equal(Pathway.Hand, detection.Pathway);
        Assert.Equal(Urgency.Routine, detection.Urgency);
        Assert.Equal("John Park, MD", detection.Referrer.Name);
        Assert.Equal("Summit Sports Medicine", detection.Referrer.Organization);
        Assert.Equal(ReferrerRole.Physician, detection.Referrer.Role);
        Assert.Equal("555-990-2000", detection.Referrer.Phone);
        Assert.Equal("555-990-2001", detection.Referrer.Fax);
        Assert.Equal("Kayla Morgan", detection.Patient.Name);
        Assert.Null(detection.Patient.DateOfBirth);
        Assert.Equal(17, detection.Patient.AgeYears);
        Assert.Equal("555-990-4410", detection.Patient.Phone);
    }

    [Fact]
    public void Detect_CardiacRehabPatientNeedingOt_V10_ReadsEveryField()
    {
        var detection = _detector.Detect(Message(
            "Cardiac rehab patient needing OT",
            """
            Hello,

            Could you please see Mr. Frank Odum (age 68) for OT? He had CABG last month and is having trouble with energy conservation during ADLs. His phone: (555) 208-3318.

            Appreciate your help,
            Kim Osei, NP
            Lakeside Cardiac Rehabilitation
            (555) 208-9000 / fax (555) 208-9001
            """,
            "kosei@lakesidecardiac.example",
            "Kim Osei"));

        Assert.Equal(MessageKind.Referral, detection.Kind);
        Assert.Equal(Pathway.Adult, detection.Pathway);
        Assert.Equal(Urgency.Routine, detection.Urgency);
        Assert.Equal("Kim Osei, NP", detection.Referrer.Name);
        Assert.Equal("Lakeside Cardiac Rehabilitation", detection.Referrer.Organization);
        Assert.Equal(ReferrerRole.Physician, detection.Referrer.Role);
        Assert.Equal("(555) 208-9000", detection.Referrer.Phone);
        Assert.Equal("(555) 208-9001", detection.Referrer.Fax);
        Assert.Equal("Frank Odum", detection.Patient.Name);
        Assert.Null(detection.Patient.DateOfBirth);
        Assert.Equal(68, detection.Patient.AgeYears);
        Assert.Equal("(555) 208-3318", detection.Patient.Phone);
    }

}

