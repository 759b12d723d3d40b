using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

/// <summary>
/// Mail that no person signs (a scanner, an eFax relay, a practice's referral inbox, a scheduling desk, a no-reply
/// EHR notice): the attached or quoted form, or the fax cover, names the referring provider.
/// </summary>
public sealed class RelayedReferrerTests
{
    private readonly ReferralDetector _detector = new();

    [Fact]
    public void Detect_ScannedFaxWithAHeaderLine_TakesPracticeAndFaxFromTheHeader()
    {
        var detection = _detector.Detect(Message(
            "Scanned document from MFP-2",
            "Scanned image from MFP-2. Pages: 2",
            "scanner@otclinic.example",
            "Scan-to-Email",
            [new MessageAttachment("SCAN_0091.pdf", "application/pdf", 90_000, """
                FAX  From: Birchgrove Pediatrics  Fax (555) 470-3301
                To: Therapy clinic   Fax (555) 100-2000
                REFERRAL FOR OCCUPATIONAL THERAPY
                Patient: Ivo Brennan   DOB: 2024-02-11
                Parent phone: 555-470-9912
                Referring: Marta Quist, CPNP  Phone (555) 470-3300
                """)]));

        Assert.Equal("Marta Quist, CPNP", detection.Referrer.Name);
        Assert.Equal("Birchgrove Pediatrics", detection.Referrer.Organization);
        Assert.Equal(ReferrerRole.Physician, detection.Referrer.Role);
        Assert.Equal("(555) 470-3300", detection.Referrer.Phone);
        Assert.Equal("(555) 470-3301", detection.Referrer.Fax);
        Assert.Null(detection.Referrer.Email);
    }

    [Fact]
    public void Detect_RelayedFaxNoticeWithADoctorBySurname_ReadsTheCoverSheet()
    {
        var detection = _detector.Detect(Message(
            "Fax from (555) 812-4402 - 3 pages",
            """
            You have received a 3 page fax from (555) 812-4402.

            Cover sheet:
              To: Occupational therapy
              From: Hillcrest Family Medicine - Dr. Okonjo
              Re: OT referral, Mara Lindahl, DOB 2/8/1952, left shoulder stiffness after a fall
              Pt phone 555-812-7730
            """,
            "notify@faxrelay.example",
            "Fax Relay Service",
            [new MessageAttachment("fax_0933.png", "image/png", 120_000, null) { NeedsPerson = true }]));

        Assert.Equal("Dr. Okonjo", detection.Referrer.Name);
        Assert.Equal("Hillcrest Family Medicine", detection.Referrer.Organization);
        Assert.Equal(ReferrerRole.Physician, detection.Referrer.Role);
        Assert.Equal("(555) 812-4402", detection.Referrer.Fax);
        Assert.Null(detection.Referrer.Email);
    }

    [Fact]
    public void Detect_PracticeInboxWithAPlainTextTable_ReadsTheReferringRowAndThePatientRow()
    {
        var detection = _detector.Detect(Message(
            "Referral - OT - Sato",
            """
            Occupational Therapy Referral
            ==============================
            Patient      | Kenji Sato
            DOB          | 2018-09-14
            Parent/phone | Emi Sato  (555) 903-4410
            Reason       | letter reversals, poor pencil grasp
            Referring    | Lionel Park, MD
            Practice     | Brookhaven Pediatric Group
            Phone        | (555) 903-1000
            Fax          | (555) 903-1009
            ==============================
            """,
            "referrals@brookhavenpeds.example",
            "Brookhaven Pediatric Group"));

        Assert.Equal("Lionel Park, MD", detection.Referrer.Name);
        Assert.Equal("Brookhaven Pediatric Group", detection.Referrer.Organization);
        Assert.Equal(ReferrerRole.Pediatrician, detection.Referrer.Role);
        Assert.Equal("(555) 903-1000", detection.Referrer.Phone);
        Assert.Equal("(555) 903-1009", detection.Referrer.Fax);
        Assert.Equal("Kenji Sato", detection.Patient.Name);
    }

    [Fact]
    public void Detect_SchedulingDeskWithAnAttachedOrder_TakesTheOrderingPhysicianAndTheDesksPractice()
    {
        var detection = _detector.Detect(Message(
            "OT referral - Mr. Aldo Ferri",
            """
            Please see the attached order from Dr. Baptiste for outpatient OT. Mr. Ferri finished pulmonary rehab but tires quickly with bathing and dressing. He is 70. His son handles his calls: 555.330.0147.

            Lakemont Heart & Lung - Pulmonary Rehab Scheduling
            Main 555.330.5500  Fx 555.330.5510
            """,
            "pulmrehab@lakemontheart.example",
            "Pulmonary Rehab Scheduling",
            [new MessageAttachment("Order_Ferri.pdf", "application/pdf", 40_000, """
                LAKEMONT HEART & LUNG OUTPATIENT ORDER
                Patient: Aldo Ferri      Age: 70
                Referral to: Occupational Therapy - eval and treat, energy conservation
                Ordering physician: Remy Baptiste, MD, FCCP   NPI 1234567890
                """)]));

        Assert.Equal("Remy Baptiste, MD, FCCP", detection.Referrer.Name);
        Assert.Equal("Lakemont Heart & Lung", detection.Referrer.Organization);
        Assert.Equal(ReferrerRole.Physician, detection.Referrer.Role);
        Assert.Equal("555.330.5500", detection.Referrer.Phone);
        Assert.Equal("555.330.5510", detection.Referrer.Fax);
    }

    [Fact]
    public void Detect_CoverNoteFromADoctorsDisplayName_TakesTheNumbersOnThePhysicianLine()
    {
        var detection = _detector.Detect(Message(
            "Outpatient OT order",
            "Order attached for outpatient OT after discharge from our rehab unit.\n\n--\nWillowmere Rehabilitation Hospital",
            "tamari@willowmererehab.example",
            "Dr. Tomas Amari",
            [new MessageAttachment("OT_Order.pdf", "application/pdf", 40_000, """
                WILLOWMERE REHABILITATION HOSPITAL - OUTPATIENT THERAPY ORDER
                Patient: Rhea Castellan
                DOB: 1958-03-02     Phone: (555) 221-2981
                OT: eval and treat - RUE neuro re-education after stroke
                Physician: Tomas Amari, MD (PM&R)   Tel 555-221-1000  Fax 555-221-1010
                """)]));

        Assert.Equal("Tomas Amari, MD", detection.Referrer.Name);
        Assert.Equal("Willowmere Rehabilitation Hospital", detection.Referrer.Organization);
        Assert.Equal(ReferrerRole.Physician, detection.Referrer.Role);
        Assert.Equal("555-221-1000", detection.Referrer.Phone);
        Assert.Equal("555-221-1010", detection.Referrer.Fax);
    }

    [Theory]
    [InlineData("ehr-noreply@stmarkshospital.example")]
    [InlineData("do_not_reply@portal.stmarkshospital.example")]
    [InlineData("alerts@stmarkshospital.example")]
    public void Detect_NoReplyRelay_GivesNoEmail(string from)
    {
        var detection = _detector.Detect(Message(
            "Referral to Occupational Therapy",
            "Referral to Occupational Therapy\nPatient Name: Ada Quill\nDOB: 1940-01-02\nReason: ADL retraining after hip fracture\nReferring Provider: Noor Haddad, NP\nProvider Phone: 555-239-5000",
            from,
            "St. Mark's Hospital Referrals"));

        Assert.Null(detection.Referrer.Email);
        Assert.Equal("Noor Haddad, NP", detection.Referrer.Name);
    }

    [Theory]
    [InlineData("Referring Provider: HADDAD, NOOR, NP", "Noor Haddad, NP")]
    [InlineData("Referring Provider: Haddad, Noor J NP", "Noor J Haddad, NP")]
    [InlineData("Ordering Provider: Noor Haddad NP", "Noor Haddad, NP")]
    [InlineData("Referring Provider: NOOR HADDAD, NP", "Noor Haddad, NP")]
    public void Detect_EhrWritesTheProviderLastNameFirstOrInCapitals_ReadsTheNameFirstNameFirst(string line, string name)
    {
        var detection = _detector.Detect(Message(
            "Referral to Occupational Therapy",
            $"Referral to Occupational Therapy\nPatient Name: Ada Quill\nDOB: 1940-01-02\nReason: ADL retraining after hip fracture\n{line}\nProvider Phone: 555-239-5000",
            "ehr-noreply@stmarkshospital.example",
            "St. Mark's Hospital Referrals"));

        Assert.Equal(name, detection.Referrer.Name);
        Assert.Equal(ReferrerRole.Physician, detection.Referrer.Role);
    }
}
