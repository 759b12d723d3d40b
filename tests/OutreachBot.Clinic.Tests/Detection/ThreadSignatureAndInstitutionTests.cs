using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

/// <summary>A reply signed "R." above the sender's own quoted referral signed "Merci!"; an EHR form's department line.</summary>
public sealed class ThreadSignatureAndInstitutionTests
{
    private readonly ReferralDetector _detector = new();

    [Fact]
    public void Detect_AReplyAboveTheSendersOwnQuotedReferralSignedInFrench_TakesThePracticeFromTheQuotedSignature()
    {
        const string body = """
            Forgot to add - her insurance is Keystone Family Health Plan.
            R.
            Sent from my iPhone

            On Jun 10, 2026, at 12:44 PM, Renée Solano <rsolano@littletalkers.example> wrote:
            > Hello,
            >
            > I'm a speech-language pathologist seeing Amélie Dorin (DOB 7 Mar 2023). I'd like to refer her for an OT feeding and sensory evaluation.
            >
            > Merci!
            > Renée Solano, M.S., CCC-SLP
            > Little Talkers Pediatric Therapy
            > Ph: (555) 517-2284
            """;

        var detection = _detector.Detect(Message("Re: SLP referral for OT feeding eval", body, "rsolano@littletalkers.example", "Renée Solano", inReplyTo: "a1@littletalkers.example"));

        Assert.Equal("Little Talkers Pediatric Therapy", detection.Referrer.Organization);
        Assert.Equal(ReferrerRole.SpeechLanguagePathologist, detection.Referrer.Role);
        Assert.Equal("(555) 517-2284", detection.Referrer.Phone);
    }

    [Fact]
    public void Detect_AReferringProviderBlockWithDepartmentThenHospital_NamesTheHospitalAndKeepsTheSpecialty()
    {
        const string body = """
            AMBULATORY REFERRAL TO OCCUPATIONAL THERAPY
            PATIENT
              Name: VOLK, DMITRI A
              DOB: 12/19/1995
            ORDER DETAILS
              Post-op day 2 today. Fabricate dorsal blocking orthosis.

            REFERRING PROVIDER
              Anand Srinath, MD
              Orthopaedic Hand Surgery, Lakeshore University Hospital
              Clinic phone: 555-690-4100     Clinic fax: 555-690-4101
            """;

        var detection = _detector.Detect(Message("Ambulatory Referral 4418273 - URGENT", body, "ehr-referrals@lakeshoreuh.example", "LUH Referral Center"));

        Assert.Equal("Anand Srinath, MD", detection.Referrer.Name);
        Assert.Equal("Lakeshore University Hospital", detection.Referrer.Organization);
        Assert.Equal(ReferrerRole.Orthopedist, detection.Referrer.Role);
        Assert.Equal("555-690-4101", detection.Referrer.Fax);
    }
}
