using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

/// <summary>
/// Kind in session 16's wordings: a physician asking for the clinic's notes on a current patient, a fax server's
/// notice over lab results, and a referrer's thanks for an evaluation booked by an intake mailbox whose domain the
/// rules do not name.
/// </summary>
public sealed class KindSession16Tests
{
    private const string Clinic = "hollyfieldot.example";

    private readonly ReferralDetector _detector = new(new DetectionRules { OwnDomains = [Clinic] });

    [Theory]
    [InlineData("Evaluation for our chart", "Good morning,\n\nCan you email us the latest OT eval for Marisol Ferrante (DOB 5/12/1979)? She sees me in two weeks about her MS and I would like to look at her grip and fatigue numbers.")]
    [InlineData("OT evaluation summary - Ferrante", "Good morning,\n\nCould you fax over a copy of the initial evaluation you did for Marisol Ferrante (DOB 5/12/1979, MS with right-sided weakness)? Our fax is 555-610-2291.")]
    public void Detect_APhysicianAskingForTheClinicsEvaluationOfACurrentPatient_IsNotAReferral(string subject, string body)
    {
        var message = Message(subject, $"{body}\n\nThanks,\nOwen\n\nOwen Lacroix, MD\nRivermark Neurology", "olacroix@rivermarkneuro.example", "Lacroix, Owen");

        Assert.Equal(MessageKind.NotReferral, _detector.Detect(message).Kind);
    }

    [Fact]
    public void Detect_AReferralThatAlsoAsksForTheEvaluationReport_IsStillAReferral()
    {
        const string body = """
            Please evaluate and treat Marisol Ferrante (DOB 5/12/1979), relapsing MS with right hand weakness and fatigue.
            Kindly email me the evaluation report afterwards.

            Owen Lacroix, MD
            Rivermark Neurology
            """;

        Assert.Equal(MessageKind.Referral, _detector.Detect(Message("OT referral", body, "olacroix@rivermarkneuro.example", "Lacroix, Owen")).Kind);
    }

    [Fact]
    public void Detect_AFaxNoticeWhoseCoverSubjectNamesLabResults_IsNotAReferral()
    {
        const string body = """
            New fax received for extension 200.

            CSID: RIVERMARK CLINICAL LAB, 5556104000
            Page count: 3
            Re: lab report - lipid panel, A1c

            Open the attached image to view the pages.
            """;
        var fax = new MessageAttachment("fax_0042117.png", "image/png", 180_220, null) { NeedsPerson = true };

        var detection = _detector.Detect(Message("Fax from RIVERMARK CLINICAL LAB (3 pages)", body, $"fax-relay@{Clinic}", "Fax Relay", [fax]));

        Assert.Equal(MessageKind.NotReferral, detection.Kind);
    }

    [Fact]
    public void Detect_AFaxNoticeOverPagesItDoesNotDescribe_IsStillALikelyReferral()
    {
        const string body = """
            New fax received for extension 200.

            CSID: RIVERMARK FAMILY MED, 5556104000
            Page count: 3

            Open the attached image to view the pages.
            """;
        var fax = new MessageAttachment("fax_0042118.tif", "image/tiff", 180_220, null) { NeedsPerson = true };

        var detection = _detector.Detect(Message("Fax from RIVERMARK FAMILY MED (3 pages)", body, $"fax-relay@{Clinic}", "Fax Relay", [fax]));

        Assert.Equal(MessageKind.Referral, detection.Kind);
    }

    [Fact]
    public void Detect_AReferrersThanksForTheEvaluationAnUnconfiguredIntakeBoxBooked_IsNotAnUpdate()
    {
        const string body = """
            Sounds good - Mr. Petrov and his wife are aware and will be there Tuesday. Appreciate it.

            Priya

            ________________________________
            From: Westgate OT Intake <intake@westgateot.example>
            Sent: Thursday, November 12, 2026 4:40 PM
            To: Priya Raman <praman@lakemontrehab.example>
            Subject: RE: OT referral - Petrov, Anton

            Hello Priya,

            Anton Petrov has been scheduled with our therapist for Tuesday 11/17 at 2:00 PM. Please send the signed order when you can.
            """;
        var message = Message("RE: OT referral - Petrov, Anton", body, "praman@lakemontrehab.example", "Raman, Priya", inReplyTo: "a1b2@mailhost.example")
            with { ToAddresses = ["intake@westgateot.example"] };

        Assert.Equal(MessageKind.NotReferral, _detector.Detect(message).Kind);
    }
}
