using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

/// <summary>A surgeon's two lines from a phone, signed with initials, and the order they attach.</summary>
public sealed class AttachedOrderReferrerTests
{
    private readonly ReferralDetector _detector = new();

    private const string Body = "Pls see Vera Lund DOB 4/2/61 s/p R open CTR 11/20 (POD 4 today). Needs OT for edema, scar mgmt, splint check. Order attached.\n\nTK\n\nSent from my iPhone";

    private const string Order = """
        Granite Orthopaedic & Spine - Hand and Upper Extremity
        1180 Quarry Ridge Pkwy, Bldg B
        OCCUPATIONAL THERAPY ORDER
        Patient: Lund, Vera        DOB: 04/02/1961
        Diagnosis: G56.01  Carpal tunnel syndrome, right upper limb
        Orders: OT evaluate and treat. Edema control, scar management.

        Ordering physician: Theo Kessler, MD     NPI 1588204417
        Ph 555-318-2200    Fx 555-318-2201
        Electronically signed 11/24/2026 06:05
        """;

    [Fact]
    public void Detect_InitialsAndAnAttachedOrder_TakesThePracticeAndNumbersFromTheOrder()
    {
        var detection = _detector.Detect(Message("OT - Lund", Body, "tkessler@graniteortho.example", "Kessler, Theo",
            [new MessageAttachment("OT_Order_Lund.pdf", "application/pdf", 1504, Order)]));

        Assert.Equal("Theo Kessler, MD", detection.Referrer.Name);
        Assert.Equal("Granite Orthopaedic & Spine", detection.Referrer.Organization);
        Assert.Equal(ReferrerRole.Orthopedist, detection.Referrer.Role);
        Assert.Equal("555-318-2200", detection.Referrer.Phone);
        Assert.Equal("555-318-2201", detection.Referrer.Fax);
        Assert.Equal("Vera Lund", detection.Patient.Name);
    }

    [Fact]
    public void Detect_AnOrderSignedBySomeoneElse_LendsTheSenderNothing()
    {
        var order = Order.Replace("Theo Kessler", "Mara Quist", StringComparison.Ordinal);

        var detection = _detector.Detect(Message("OT - Lund", Body, "tkessler@graniteortho.example", "Kessler, Theo",
            [new MessageAttachment("OT_Order_Lund.pdf", "application/pdf", 1504, order)]));

        Assert.Null(detection.Referrer.Phone);
        Assert.Null(detection.Referrer.Fax);
    }
}
