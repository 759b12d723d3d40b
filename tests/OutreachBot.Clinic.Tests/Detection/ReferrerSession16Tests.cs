using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

/// <summary>Signatures whose name is written in a way the plain reading misses (session 16).</summary>
public sealed class ReferrerSession16Tests
{
    private readonly ReferralDetector _detector = new();

    [Fact]
    public void Detect_GermanDoctorSigningWithDrMed_KeepsTheDegreeWhole()
    {
        const string body = """
            Dear colleagues,

            Our patient Mr. Matthias Feldkamp (born 12.05.1970) had a distal radius plate fixation on the left side in our department on 02.11.2026 and now lives near you. Please continue his hand therapy: wrist range of motion and grip strengthening.

            Kind regards,

            Dr. med. Ulrike Vossberg
            Fachärztin für Unfallchirurgie
            Klinikum Nordheide
            Tel. +49 40 5550 7788
            """;

        var detection = _detector.Detect(Message("Referral - Mr. Matthias Feldkamp - distal radius", body, "u.vossberg@klinikum-nordheide.example.de", "Dr. Ulrike Vossberg"));

        Assert.Equal("Dr. med. Ulrike Vossberg", detection.Referrer.Name);
    }

    [Fact]
    public void Detect_DoctorSigningWithTitleAndInitial_ReadsTheSignatureAsTheSender()
    {
        const string body = """
            pls see Roy Feld L thumb CMC arthroplasty 11/10, POD 6 today. start ROM + thumb spica splint. order attached. his cell 555-0142. thx

            Dr. H. Lindqvist
            Sent from my iPhone
            """;

        var detection = _detector.Detect(Message("feld", body, "hlindqvist@baysideortho.example", "Hector Lindqvist"));

        Assert.Equal("Hector Lindqvist", detection.Referrer.Name);
        Assert.Equal(ReferrerRole.Orthopedist, detection.Referrer.Role);
    }

    [Fact]
    public void Detect_SchedulerForwardingPerTheDoctor_NamesTheDoctorFromTheOrder()
    {
        const string body = """
            Hi, forwarding per Dr. Haddad - pls schedule. Order attached. Pt is Alden Ross, DOB 6/2/1979, L wrist ORIF 11/9, his cell 555-0177.

            Joanne Pike | Surgery Scheduler | Lakeshore Bone & Joint
            (555) 555-0190
            """;
        const string order = """
            Lakeshore Bone & Joint
            Occupational Therapy Order
            Patient: Alden Ross  DOB 06/02/1979
            Provider: Omar Haddad, MD   (signed electronically 11/12/2026)
            """;

        var detection = _detector.Detect(Message("FW: OT for Ross", body, "jpike@lakeshorebj.example", "Joanne Pike",
            [new MessageAttachment("Ross_order.pdf", "application/pdf", 900, order)]));

        Assert.Equal("Omar Haddad, MD", detection.Referrer.Name);
    }

    [Fact]
    public void Detect_PracticeMailboxSignedByDoctorAboveASpecialtyLine_NamesTheDoctor()
    {
        const string body = """
            Referring Dale Ostrow, DOB 3/9/1984, for R carpal tunnel symptoms at work (G56.01). Please evaluate and treat, night splint and ergonomic review. 2x/wk x 4 wks.

            Please send notes to our fax.

            Dr. Helena Marsh, DO
            Occupational Medicine
            Tidewater Occupational Health Clinic
            T (555) 555-0181 / F (555) 555-0182
            """;

        var detection = _detector.Detect(Message("OT referral - Ostrow D", body, "referrals@tidewateroh.example", "Tidewater Occ Health"));

        Assert.Equal("Helena Marsh, DO", detection.Referrer.Name);
    }
}
