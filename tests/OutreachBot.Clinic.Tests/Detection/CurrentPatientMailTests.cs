using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

/// <summary>
/// Mail about patients the clinic already treats (a claim rejection, a result for the chart, a thank-you after the
/// last visit, the clinic's own confirmation forwarded back) is no referral; adults who write about their own fall or
/// wrist are self-referrals, even when they mention a daughter.
/// </summary>
public sealed class CurrentPatientMailTests
{
    private readonly ReferralDetector _detector = new(DetectionRules.Default with { OwnDomains = ["harborlightot.example"] });

    [Fact]
    public void Detect_AClearinghouseClaimRejection_IsNotAReferral()
    {
        const string body = """
            Clearwater Clearinghouse - Claim Status Alert

            The following claim was rejected by the payer and requires correction:

            Patient Name     : TRENT, EDITH
            Dx (ICD-10)      : R26.81, Z91.81
            Rejection code   : A7:562 - NPI invalid (referring provider)

            Action: Correct the referring provider NPI and resubmit.
            """;

        var detection = _detector.Detect(Message("Claim Status Alert: 1 claim REJECTED", body, "alerts@clearwater.example", "Clearwater Alerts"));

        Assert.Equal(MessageKind.NotReferral, detection.Kind);
    }

    [Fact]
    public void Detect_AResultSentForTheChartOfACurrentPatient_IsNotAReferral()
    {
        const string body = "Hi Tom,\n\nFYI for your records - Lena's MRI of the right hand came back. No tendon rupture, just post-op changes. Dr. Ruiz says continue therapy as planned, no changes to the Rx. Report attached (M65.331).\n\nThanks,\nJordan\n\nJordan Pike, PA-C\nGranite Ridge Orthopedics\nOffice (555) 541-2000";

        var detection = _detector.Detect(Message("MRI results - Lena Moss (current patient)", body, "jpike@graniteridge.example", "Jordan Pike"));

        Assert.Equal(MessageKind.NotReferral, detection.Kind);
    }

    [Fact]
    public void Detect_AThankYouAfterTheLastVisit_IsNotAReferral()
    {
        const string body = "Dear Priya and everyone,\n\nI just wanted to say thank you now that I've finished my therapy. When I started I couldn't hold a coffee cup after my wrist surgery, and last weekend I planted my whole garden.\n\nWith gratitude,\n\nMarjorie Bell";

        var detection = _detector.Detect(Message("Thank you Priya!!", body, "mbell@mailbox.example", "Marjorie Bell"));

        Assert.Equal(MessageKind.NotReferral, detection.Kind);
    }

    [Fact]
    public void Detect_TheClinicsOwnConfirmationForwardedBackByACaseManager_IsNotAReferral()
    {
        const string body = """
            FYI - her daughter forwarded me your confirmation, so we're all set on our end.

            Sharon Cole, RN, CCM
            Case Management

            -----Original Message-----
            From: Harbor Light Occupational Therapy <noreply@harborlightot.example>
            Sent: Thursday, November 5, 2026 3:15 PM
            To: family@webmail.example
            Subject: Appointment Confirmation - Harbor Light Occupational Therapy

            Hello Ruth Ingle,

            This confirms your appointment:

              Occupational Therapy Evaluation
              Monday, November 16, 2026 at 1:00 PM
            """;

        var detection = _detector.Detect(Message("FW: Appointment Confirmation - Harbor Light Occupational Therapy", body, "scole@regional.example", "Cole, Sharon"));

        Assert.Equal(MessageKind.NotReferral, detection.Kind);
    }

    [Fact]
    public void Detect_AnOlderWomanAskingForHelpAfterAFall_IsASelfReferralInHerOwnName()
    {
        const string body = "To whom it may concern,\n\nI am 78 years old and live by myself. Three weeks ago I fell in my bathroom getting out of the tub, and now I am afraid to take a bath. My daughter lives out of state.\n\nCan someone help me figure out how to make my house safer? I have Medicare.\n\nPlease telephone me at home, (555) 840-1177.\n\nSincerely,\nEvelyn Marsh";

        var detection = _detector.Detect(Message("Help after a fall", body, "emarsh@webmail.example", "Evelyn Marsh"));

        Assert.Equal(MessageKind.SelfReferral, detection.Kind);
        Assert.Equal(ReferrerRole.Other, detection.Referrer.Role);
    }

    [Fact]
    public void Detect_AnAdultWithAPrescriptionForHerOwnWrist_IsASelfReferral()
    {
        const string body = "Hi,\n\nI've had bad pain on the thumb side of my right wrist for about 6 weeks. The PA at my ortho's office said it's De Quervain's and wrote me a prescription for a thumb splint and hand therapy (photo attached).\n\nMy cell is (555) 248-1190.\n\nThanks,\nKate Lund";

        var detection = _detector.Detect(Message("Hand therapy for wrist/thumb pain", body, "kate.lund@mail.example", "Kate Lund"));

        Assert.Equal(MessageKind.SelfReferral, detection.Kind);
        Assert.Equal(ReferrerRole.Other, detection.Referrer.Role);
    }

    [Fact]
    public void Detect_ANewMotherWritingAboutHerOwnWrist_GivesHerAgeNotTheBabys()
    {
        const string body = "Hi,\n\nI'm a new mom (baby is 3 months) and I've had pain on the thumb side of my right wrist for 6 weeks. My ortho's PA wrote me a prescription for a thumb splint and hand therapy.\n\nI'm 34, insurance is Aetna PPO. My cell is (555) 248-3301.\n\nThanks,\nKate Lund";

        var detection = _detector.Detect(Message("Hand therapy for wrist pain", body, "kate.lund@mail.example", "Kate Lund"));

        Assert.Equal(MessageKind.SelfReferral, detection.Kind);
        Assert.Equal(34, detection.Patient.AgeYears);
        Assert.Equal(Pathway.Hand, detection.Pathway);
    }

    [Fact]
    public void Detect_ACorrectionThatAsksToBeToldWhenThePatientIsScheduled_IsAnUpdate()
    {
        const string body = """
            Hello,

            This is Grace, Dr. Pereira's MA. The number below for Mr. Kuczek's wife was a typo - the correct number is 555-627-1138.

            Please let us know when he is scheduled.

            Thanks,
            Grace Tobin, CMA
            Holloway Family Medicine

            From: Augusto Pereira <apereira@hollowayfm.example>
            Sent: Wednesday, November 4, 2026 12:33 PM
            Subject: ot referral - kuczek

            pt Ferdinand Kuczek dob 2/14/52
            L MCA cva, d/c from inpt rehab yesterday. needs OT for ADLs + RUE. please expedite.
            dx I69.351
            wife Ilse 555-627-1183
            """;

        var detection = _detector.Detect(Message("RE: ot referral - kuczek", body, "gtobin@hollowayfm.example", "Grace Tobin", inReplyTo: "r1@hollowayfm.example"));

        Assert.Equal(MessageKind.ReferralUpdate, detection.Kind);
    }
}
