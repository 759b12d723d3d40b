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
}
