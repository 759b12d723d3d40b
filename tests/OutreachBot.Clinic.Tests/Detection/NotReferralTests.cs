using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

/// <summary>Clinical writing that mentions referrals but asks an OT clinic for nothing.</summary>
public class NotReferralTests
{
    private readonly ReferralDetector _detector = new();

    [Fact]
    public void Detect_WhenTheTextIsATranscribedClinicalNote_IsNotAReferral()
    {
        const string note =
            """
            CHIEF COMPLAINT: Right hand numbness.
            HISTORY OF PRESENT ILLNESS: The patient is a 54-year-old woman referred by Dr. Vale for numbness and weakness.
            PHYSICAL EXAMINATION: Positive Tinel sign at the right wrist. Grip weakness.
            IMPRESSION: Carpal tunnel syndrome. PLAN: Please see occupational therapy for a splint.
            """;

        Assert.Equal(MessageKind.NotReferral, _detector.Detect(Message("Hand numbness - consult", note, "records@transcripts.example")).Kind);
    }

    [Fact]
    public void Detect_WhenAConsultantThanksTheReferringDoctor_IsNotAReferral()
    {
        const string letter =
            """
            Dear Dr. Vale:

            Thank you for referring Mr. Hart for cardiac evaluation. He is a 67-year-old man with chest pain and edema.
            I am seeing him again in two weeks and will keep you informed.

            Sincerely,
            Rob Linde, MD
            """;

        Assert.Equal(MessageKind.NotReferral, _detector.Detect(Message("Re: Mr. Hart", letter, "rlinde@heartgroup.example")).Kind);
    }

    [Fact]
    public void Detect_WhenAReferralAsksForNoOccupationalTherapyService_IsNotAReferral()
    {
        const string body =
            """
            Hello, I am referring Joan Pike (DOB 3/3/1950) for a cardiology consult regarding atrial fibrillation and edema.
            Please schedule at your earliest convenience.

            Thanks,
            Sam Holt, MD
            Riverside Family Medicine
            """;

        var detection = _detector.Detect(Message("Referral - Joan Pike", body, "sholt@riversidefm.example", "Sam Holt"));

        Assert.Equal(MessageKind.NotReferral, detection.Kind);
        Assert.Contains("asks for no occupational-therapy service", detection.Signals);
    }

    [Fact]
    public void Detect_WhenAScanOfAReferralHasNoTextLayer_FlagsTheAttachmentForAPerson()
    {
        var scan = new MessageAttachment("Scan_0721.pdf", "application/pdf", 210_000, null) { NeedsPerson = true, Problem = "PDF pages are images (a scan or fax)" };

        var detection = _detector.Detect(Message("Scan from Northfield Neurology - Referral", "Please see attached OT referral for Hal Brook. Thank you.", "frontdesk@northfieldneuro.example", "Front Desk", [scan]));

        Assert.Equal(MessageKind.Referral, detection.Kind);
        Assert.Contains(detection.Signals, s => s.StartsWith("likely referral, attachment needs a person", StringComparison.Ordinal));
    }
}
