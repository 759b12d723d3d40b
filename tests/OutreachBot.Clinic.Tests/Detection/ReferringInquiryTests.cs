using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

/// <summary>A practice asking how referring to the clinic works is a partner to answer, not a referral.</summary>
public sealed class ReferringInquiryTests
{
    private readonly ReferralDetector _detector = new();

    private const string Signature = "\n\nTess Amory\nPractice Manager\nHollow Creek Family Medicine\n555-350-1200 x101";

    [Fact]
    public void Detect_APracticeAskingAboutReferring_IsNotAReferral()
    {
        const string body = """
            Hello,

            We have been sending our pediatric OT referrals elsewhere but their wait list is 4+ months.
            - Which plans are you in network with?
            - What is your wait for a new pediatric eval? Most of ours are kids with autism (F84.0) or fine motor delays.
            - Is there a referral form you prefer?
            """;

        var detection = _detector.Detect(Message("New referral source - questions", body + Signature, "tamory@hollowcreekfm.example", "Tess Amory"));

        Assert.Equal(MessageKind.NotReferral, detection.Kind);
        Assert.Contains("asks about referring, names no patient", detection.Signals);
    }

    [Fact]
    public void Detect_AReferralWithQuestions_StaysAReferral()
    {
        const string body = """
            Hello,

            I'd like to refer Juno Bell (DOB 04/11/2020) for an OT evaluation: fine motor delay, F82.
            Are you in network with Cobalt Health? What is your current wait?
            """;

        var detection = _detector.Detect(Message("OT referral - Juno Bell", body + Signature, "tamory@hollowcreekfm.example", "Tess Amory"));

        Assert.Equal(MessageKind.Referral, detection.Kind);
    }
}
