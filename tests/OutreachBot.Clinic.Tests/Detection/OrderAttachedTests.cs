using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

public class OrderAttachedTests
{
    private const string Referral = "Referral for OT eval: Nell Park (DOB 1/1/1968), right carpal tunnel release 3 weeks ago (G56.01).";

    private readonly Clinic.Detection.ReferralDetector _detector = new();

    [Fact]
    public void Detect_WhenTheTextSaysAttachedButNothingIsAttached_OrderIsNotAttached()
    {
        Assert.False(_detector.Detect(Message("OT referral", Referral + " Signed order attached.")).OrderAttached);
    }

    [Theory]
    [InlineData(" My surgeon gave me a script for OT, photo attached.", true)]
    [InlineData(" Rx faxed this morning, scan attached too.", true)]
    [InlineData(" Order to follow; insurance card photo attached.", false)]
    [InlineData(" The PA wrote me a prescription for a thumb splint. Photo of the script attached.", true)]
    [InlineData(" Attached is a scanned referral from Dr. Ames for this patient.", true)]
    [InlineData(" I attached a pic of the prescription.", true)]
    [InlineData(" Here's a photo of my referral from Dr. Ames.", true)]
    [InlineData(" The script from my surgeon is attached.", true)]
    [InlineData(" I've attached the order my doctor gave me.", true)]
    [InlineData(" I will send a photo of the prescription tomorrow; my insurance card is attached.", false)]
    public void Detect_WhenAPictureOfTheScriptIsAttached_OrderIsAttached(string sentence, bool attached)
    {
        var image = new Clinic.Detection.MessageAttachment("IMG_4471.png", "image/png", 151, null) { NeedsPerson = true };

        Assert.Equal(attached, _detector.Detect(Message("OT referral", Referral + sentence, attachments: [image])).OrderAttached);
    }

    [Fact]
    public void Detect_WhenAFormSignedByAParentIsAttached_OrderIsAttached()
    {
        var detection = _detector.Detect(Message("OT referral", Referral + " The district's request form, signed by a parent, is attached.", attachments: [Pdf("Outside_Eval_Park.pdf")]));

        Assert.True(detection.OrderAttached);
    }

    [Fact]
    public void Detect_WhenTheMessageIsAnElectronicallySignedReferralForm_OrderIsIncluded()
    {
        var detection = _detector.Detect(Message("Referral", Referral + "\nSigned electronically by Sam Oke, MD on 01/20/2026 14:02"));

        Assert.True(detection.OrderAttached);
    }

    [Fact]
    public void Detect_WhenAScanNamedByTheMachineHoldsASignedReferralForm_OrderIsAttached()
    {
        var form = new Clinic.Detection.MessageAttachment("SCAN_0042.pdf", "application/pdf", 91_000,
            "FAX From: Elm Street Pediatrics REFERRAL FOR OCCUPATIONAL THERAPY Patient: Ava Lund DOB: 2024-02-11 Dx: M43.6 Torticollis Signature: R. Amos CPNP 11/02/2026");

        var detection = _detector.Detect(Message("Scanned document from FAX-2", "Scanned image from FAX-2. Pages: 1", "scanner@ourclinic.example", attachments: [form]));

        Assert.True(detection.OrderAttached);
    }

    [Fact]
    public void Detect_WhenAScanHoldsAnOperativeNote_OrderIsNotAttached()
    {
        var note = new Clinic.Detection.MessageAttachment("SCAN_0043.pdf", "application/pdf", 91_000,
            "OPERATIVE NOTE Patient: Nell Park Procedure: right carpal tunnel release. Findings: thickened ligament. Electronically signed by Sam Oke, MD");

        var detection = _detector.Detect(Message("OT referral", Referral, attachments: [note]));

        Assert.False(detection.OrderAttached);
    }

    [Theory]
    [InlineData(" My clinic note is attached. Our nurse will fax the signed order separately.")]
    [InlineData(" Clinic note attached; signed order to follow.")]
    public void Detect_WhenTheSignedOrderIsToComeAnotherWay_OrderIsNotAttached(string sentence)
    {
        var detection = _detector.Detect(Message("OT referral", Referral + sentence, attachments: [Pdf("Park_clinic_note.pdf")]));

        Assert.False(detection.OrderAttached);
    }

    [Fact]
    public void Detect_WhenAForwardedReferralCarriesASignedOperativeNote_OrderIsNotAttached()
    {
        const string body = """
            Forwarding the referral for Nell Park again with the operative note attached.

            ________________________________
            From: Referral Portal <no-reply@portal.example>
            Sent: Tuesday, November 3, 2026 10:44 AM
            To: Referrals <referrals@ourclinic.example>
            Subject: New Referral: Occupational Therapy - Hand

            Patient: PARK, NELL
            Diagnosis: G56.01 Carpal tunnel syndrome, right upper limb
            """;
        var note = new Clinic.Detection.MessageAttachment("OpNote_Park.pdf", "application/pdf", 1_900,
            "OPERATIVE REPORT\nPatient: Park, Nell\nProcedure: right carpal tunnel release\nElectronically signed: Sam Oke, MD 11/02/2026 14:18");

        var detection = _detector.Detect(Message("FW: New Referral: Occupational Therapy - Hand", body, "staff@okeortho.example", attachments: [note]));

        Assert.False(detection.OrderAttached);
    }
}
