using OutreachBot.Clinic.Detection;
using OutreachBot.Clinic;

namespace OutreachBot.Mime.Tests;

/// <summary>
/// Whole messages as a mailbox delivers them (HTML tables, a PDF referral form behind a one-line cover note), read by the
/// mail adapter and then the detector. Written for these tests; none is taken from a corpus.
/// </summary>
public sealed class UnseenMailEndToEndTests
{
    private readonly ReferralDetector _detector = new();

    [Fact]
    public void Detect_WhenAHospitalSendsAnHtmlDischargeTable_ReadsThePatientTheSocialWorkerAndTheUrgency()
    {
        var eml = Headers("Renata Silva <rsilva@brookhavenhospital.example>", "Discharge referral - outpatient OT") + "Content-Type: text/html; charset=utf-8\r\n\r\n" + """
            <html><head><style>td{font-family:Arial}</style><script>var x=1;</script></head><body>
            <p>Good afternoon,</p><p>Please see the discharge referral below. The patient goes home tomorrow.</p>
            <table border="1">
            <tr><td><b>Patient Name</b></td><td>Victor Huang</td></tr>
            <tr><td><b>DOB</b></td><td>06/30/1955</td></tr>
            <tr><td><b>Diagnosis</b></td><td>Right total shoulder arthroplasty</td></tr>
            <tr><td><b>Services</b></td><td>Outpatient OT: ADLs, shoulder precautions</td></tr>
            <tr><td><b>Patient Phone</b></td><td>(555) 392-1180</td></tr>
            </table>
            <p>Thank you,<br>Renata Silva, MSW, LCSW<br>Discharge Planning<br>Brookhaven Hospital<br>
            Phone: (555) 392-6000 &nbsp;|&nbsp; Fax: (555) 392-6001</p>
            <p style="font-size:8px">CONFIDENTIALITY NOTICE: This e-mail may contain protected health information.</p>
            </body></html>
            """;

        var detection = _detector.Detect(Fixtures.Read(eml));

        Assert.Equal(MessageKind.Referral, detection.Kind);
        Assert.Equal(Urgency.Urgent, detection.Urgency);
        Assert.Equal("Renata Silva, MSW, LCSW", detection.Referrer.Name);
        Assert.Equal("Brookhaven Hospital", detection.Referrer.Organization);
        // A licensed clinical social worker in discharge planning refers as a social worker (as the labelled corpus has it).
        Assert.Equal(ReferrerRole.SocialWorker, detection.Referrer.Role);
        Assert.Equal("(555) 392-6000", detection.Referrer.Phone);
        Assert.Equal("(555) 392-6001", detection.Referrer.Fax);
        Assert.Equal("Victor Huang", detection.Patient.Name);
        Assert.Equal(new DateOnly(1955, 6, 30), detection.Patient.DateOfBirth);
        Assert.Equal("(555) 392-1180", detection.Patient.Phone);
    }

    [Fact]
    public void Detect_WhenAFaxedReferralFormIsAPdfBehindACoverNote_ReadsTheFormsProviderAndPatient()
    {
        var pdf = Fixtures.TextPdf(
            "OCCUPATIONAL THERAPY REFERRAL",
            "Patient: HOLM, EDITH",
            "DOB: 03/18/1948",
            "Referring provider: Farah Qureshi, MD",
            "Willowbrook Neurology",
            "Phone: (555) 271-3000  Fax: (555) 271-3001",
            "Diagnosis: G20 Parkinson's disease",
            "Please evaluate and treat: ADLs, handwriting, fall prevention.");
        var eml = Fixtures.WithAttachment("Fax received from 5552713001. 2 pages.", "fax_5552713001.pdf", "application/pdf", pdf)
            .Replace("From: Nora Quill, MD <nquill@birchwoodortho.example>", "From: Fax Server <noreply@willowbrookneuro.example>", StringComparison.Ordinal)
            .Replace("Subject: OT referral", "Subject: New fax (2 pages)", StringComparison.Ordinal);

        var detection = _detector.Detect(Fixtures.Read(eml));

        Assert.Equal(MessageKind.Referral, detection.Kind);
        Assert.Equal(Pathway.Neuro, detection.Pathway);
        Assert.Equal("Edith Holm", detection.Patient.Name);
        Assert.Equal(new DateOnly(1948, 3, 18), detection.Patient.DateOfBirth);
        Assert.Equal(["G20"], detection.Icd10Codes);
        Assert.Equal("Farah Qureshi, MD", detection.Referrer.Name);
        Assert.Equal("Willowbrook Neurology", detection.Referrer.Organization);
        Assert.Equal(ReferrerRole.Neurologist, detection.Referrer.Role);
        Assert.Equal("(555) 271-3000", detection.Referrer.Phone);
        Assert.Equal("(555) 271-3001", detection.Referrer.Fax);
    }

    [Fact]
    public void Detect_WhenASchoolTeamWritesInHtml_ReadsTheStudentAndTheSchoolWithItsDistrict()
    {
        var eml = Headers("Omar Reyes <oreyes@lakeviewusd.example>", "IEP team request: OT evaluation") + "Content-Type: text/html; charset=utf-8\r\n\r\n" + """
            <div>Hello,</div><div><br></div>
            <div>Our IEP team is requesting an outside OT evaluation for Hannah Webb (age 9). She has trouble with handwriting,
            keyboarding and organizing her materials. Her parents signed consent; mom's cell is 555-246-7781.</div><div><br></div>
            <div>Best regards,</div><div>Omar Reyes</div><div>Special Education Teacher</div>
            <div>Lakeview Elementary</div><div>Lakeview Unified School District</div><div>555-246-1000 ext 305</div>
            """;

        var detection = _detector.Detect(Fixtures.Read(eml));

        Assert.Equal(MessageKind.Referral, detection.Kind);
        Assert.Equal(Pathway.School, detection.Pathway);
        Assert.Equal("Omar Reyes", detection.Referrer.Name);
        Assert.Equal("Lakeview Elementary, Lakeview Unified School District", detection.Referrer.Organization);
        Assert.Equal(ReferrerRole.School, detection.Referrer.Role);
        Assert.Equal("555-246-1000 ext 305", detection.Referrer.Phone);
        Assert.Equal("Hannah Webb", detection.Patient.Name);
        Assert.Equal(9, detection.Patient.AgeYears);
        Assert.Equal("555-246-7781", detection.Patient.Phone);
    }

    private static string Headers(string from, string subject) =>
        $"From: {from}\r\nTo: intake@harborlightot.example\r\nSubject: {subject}\r\nDate: Tue, 10 Nov 2026 09:30:00 -0500\r\n" +
        "Message-ID: <unseen@test.example>\r\nMIME-Version: 1.0\r\n";
}
