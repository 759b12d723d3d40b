using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

public sealed class ReferrerProviderTests
{
    private readonly ReferralDetector _detector = new();

    [Fact]
    public void Detect_WhenStaffSignForAProvider_TheProviderIsTheReferrer()
    {
        var detection = _detector.Detect(Message(
            "OT referral - wrist",
            "Hello,\nPlease evaluate and treat Owen Falk (DOB 02/11/1988), s/p ORIF left distal radius fracture. Signed order attached.\n\nThanks,\nPriya Nand\nClinical Assistant for Marcus Ellery, DO\nHarborview Orthopedics\n(555) 730-1100 | fax (555) 730-1101",
            "pnand@harborviewortho.example",
            "Priya Nand",
            [Pdf("signed_order.pdf")]));

        Assert.Equal("Marcus Ellery, DO", detection.Referrer.Name);
        Assert.Equal("Harborview Orthopedics", detection.Referrer.Organization);
        Assert.Equal(ReferrerRole.Orthopedist, detection.Referrer.Role);
        Assert.Equal("(555) 730-1101", detection.Referrer.Fax);
    }

    [Fact]
    public void Detect_WhenAFormHasAReferringProviderSection_ReadsItRatherThanTheSendingMailbox()
    {
        var detection = _detector.Detect(Message(
            "Referral: PELL, ARIANA - Occupational Therapy",
            """
            Patient: PELL, ARIANA
            DOB: 2021-09-30
            Reason for referral: delayed fine motor skills, poor grasp

            REFERRING PROVIDER
            Tomasz Wren, MD
            Sunnyside Pediatrics
            Phone: (555) 233-8100   Fax: (555) 233-8109
            """,
            "ehr-referrals@sunnysidepeds.example",
            "Sunnyside Pediatrics Referrals"));

        Assert.Equal("Tomasz Wren, MD", detection.Referrer.Name);
        Assert.Equal("Sunnyside Pediatrics", detection.Referrer.Organization);
        Assert.Equal(ReferrerRole.Pediatrician, detection.Referrer.Role);
        Assert.Equal("(555) 233-8100", detection.Referrer.Phone);
        Assert.Equal("(555) 233-8109", detection.Referrer.Fax);
    }

    [Fact]
    public void Detect_WhenAReferringProviderLineNamesThePractice_SplitsNameAndPractice()
    {
        var detection = _detector.Detect(Message(
            "Referral for services",
            "Please see referral below.\n\nPatient: Quinn, Harold\nDOB: 04/02/1947\nReason for referral: weakness and falls after pneumonia, needs ADL training\nReferring provider: Lena Sato, NP - Brookside Family Medicine\nPhone: (555) 612-4400     Fax: (555) 612-4401\n",
            "lsato@brooksidefm.example",
            "Lena Sato"));

        Assert.Equal("Lena Sato, NP", detection.Referrer.Name);
        Assert.Equal("Brookside Family Medicine", detection.Referrer.Organization);
        Assert.Equal("(555) 612-4401", detection.Referrer.Fax);
    }

    [Fact]
    public void Detect_WhenASchoolSignatureGivesItsDistrict_NamesBoth()
    {
        var detection = _detector.Detect(Message(
            "OT evaluation request",
            "Hi, our IEP team would like to refer Mateo Ruiz (age 9) for an outside OT evaluation for handwriting and sensory regulation. His mother prefers phone: 555-201-7788.\n\nBest,\nGrace Holm\nSchool Psychologist\nWillow Bend Elementary | Eastfield USD 40\n(555) 880-4000",
            "gholm@eastfieldusd.example",
            "Grace Holm"));

        Assert.Equal("Willow Bend Elementary, Eastfield USD 40", detection.Referrer.Organization);
        Assert.Equal(ReferrerRole.School, detection.Referrer.Role);
    }

    [Fact]
    public void Detect_WhenOfficeStaffForwardTheirDoctorsNote_FillsPracticeAndNumbersFromTheirSignature()
    {
        var body = """
            Forwarding Dr. Ames's referral below, form attached.

            Thank you,
            Rosa Vint
            Referral Coordinator | Kestrel Pediatrics
            (555) 377-5500 | Fax (555) 377-5502

            ________________________________
            From: Nora Ames, MD <names@kestrelpeds.example>
            Sent: Monday, May 4, 2026 5:47 PM
            To: Rosa Vint <rvint@kestrelpeds.example>
            Subject: OT referral - Theo Park

            Rosa - please send an OT referral for Theo Park, DOB 6-2-19, poor pencil grasp and sensory avoidance. Form signed.

            Thx - NA
            """;
        var detection = _detector.Detect(Message("FW: OT referral - Theo Park", body, "rvint@kestrelpeds.example", "Rosa Vint", [Pdf("referral_form.pdf")]));

        Assert.Equal(MessageKind.Referral, detection.Kind);
        Assert.StartsWith("Nora Ames", detection.Referrer.Name, StringComparison.Ordinal);
        Assert.Equal("Kestrel Pediatrics", detection.Referrer.Organization);
        Assert.Equal(ReferrerRole.Pediatrician, detection.Referrer.Role);
        Assert.Equal("(555) 377-5502", detection.Referrer.Fax);
    }
}
