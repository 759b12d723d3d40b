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

        detection.ShouldRead(
            MessageKind.Referral, Pathway.Adult, Urgency.Routine,
            referrer: ("Rosa Jimenez, RN", "Valley Home Health", ReferrerRole.Other, "555-566-7000", null),
            patient: ("George Fitch", null, 79, "555-566-2031"));
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

        detection.ShouldRead(
            MessageKind.Referral, Pathway.School, Urgency.Routine,
            referrer: ("Ana Ruiz", "Cedar Park Elementary, Cedar Park Central School District", ReferrerRole.School, "555-118-2000", null),
            patient: ("Sophie Grant", null, 7, "555-118-9043"));
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

        detection.ShouldRead(
            MessageKind.Referral, Pathway.Neuro, Urgency.Urgent,
            referrer: ("Nadia Farouk", "St. Luke's Regional Hospital", ReferrerRole.Physician, "(555) 431-5000", null),
            patient: ("Howard Klein", new DateOnly(1946, 11, 23), null, "(555) 431-7720"));
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

        detection.ShouldRead(
            MessageKind.Referral, Pathway.Hand, Urgency.Routine,
            referrer: ("John Park, MD", "Summit Sports Medicine", ReferrerRole.Physician, "555-990-2000", "555-990-2001"),
            patient: ("Kayla Morgan", null, 17, "555-990-4410"));
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

        detection.ShouldRead(
            MessageKind.Referral, Pathway.Adult, Urgency.Routine,
            referrer: ("Kim Osei, NP", "Lakeside Cardiac Rehabilitation", ReferrerRole.Physician, "(555) 208-9000", "(555) 208-9001"),
            patient: ("Frank Odum", null, 68, "(555) 208-3318"));
    }

}

