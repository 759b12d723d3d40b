using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

public sealed class ConcernTests
{
    private readonly ReferralDetector _detector = new();

    [Fact]
    public void Detect_WhenCoverNoteIsShorthand_SpellsOutTheAbbreviations()
    {
        var detection = _detector.Detect(Message(
            "OT order",
            "Please eval & tx, TFR L thumb 10 days ago, M65.312, signed order attached\n\nJo Ramos, MA for Dr. Ines Varga\nNorthgate Hand Surgery\n555-410-2200",
            "jramos@northgatehand.example",
            "Jo Ramos",
            [Pdf("order.pdf")]));

        Assert.Equal(MessageKind.Referral, detection.Kind);
        Assert.NotNull(detection.Concern);
        Assert.Contains("trigger finger release", detection.Concern, StringComparison.Ordinal);
        Assert.Contains("left thumb", detection.Concern, StringComparison.Ordinal);
        Assert.DoesNotContain("M65", detection.Concern, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_WhenTheProblemIsInProse_KeepsDiagnosisAndDeficitsWithoutTheIntroduction()
    {
        var detection = _detector.Detect(Message(
            "Referral for outpatient OT",
            """
            Good afternoon,

            I am the case manager at Riverbend Rehab writing about Mr. Tobias Lind (DOB 03/14/1951).
            He has Parkinson's disease (G20) and lately he has been having trouble with buttons and his handwriting has become very small.
            His wife reports he is unsteady getting in and out of the tub.
            Please evaluate for ADL training and bathroom safety.

            Thank you,
            Corinne Abate, RN
            Riverbend Rehab
            """,
            "cabate@riverbend.example",
            "Corinne Abate"));

        Assert.NotNull(detection.Concern);
        Assert.Contains("Parkinson's disease", detection.Concern, StringComparison.Ordinal);
        Assert.Contains("buttons", detection.Concern, StringComparison.Ordinal);
        Assert.Contains("ADL training", detection.Concern, StringComparison.Ordinal);
        Assert.DoesNotContain("Tobias", detection.Concern, StringComparison.Ordinal);
        Assert.DoesNotContain("G20", detection.Concern, StringComparison.Ordinal);
        Assert.DoesNotContain("case manager", detection.Concern, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_WhenConcernsAreAListUnderALabel_TakesTheListItems()
    {
        var detection = _detector.Detect(Message(
            "School team referral - OT evaluation",
            """
            Hello,
            Our IEP team would like to refer a 3rd grade student, Nadia Pruitt (age 8), for an outside OT evaluation.

            Areas of concern:
            - letter reversals and poor spacing when writing
            - trouble opening lunch containers
            - covers her ears during assemblies

            Best regards,
            Helen Oduya
            Special Education Teacher, Cedar Hill Elementary
            """,
            "hoduya@cedarhill.example",
            "Helen Oduya"));

        Assert.NotNull(detection.Concern);
        Assert.Contains("letter reversals", detection.Concern, StringComparison.Ordinal);
        Assert.Contains("lunch containers", detection.Concern, StringComparison.Ordinal);
        Assert.Contains("assemblies", detection.Concern, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_WhenOnlyAFaxImageCarriesTheReferral_SaysTheDetailsAreInTheImage()
    {
        var fax = new MessageAttachment("fax_0412.tif", "image/tiff", 220_000, null) { NeedsPerson = true, Problem = "image only" };
        var detection = _detector.Detect(Message(
            "Fax from 5554102200",
            "You have received a 2 page fax. Hand therapy referral from Northgate Hand Surgery.",
            "efax@northgatehand.example",
            attachments: [fax]));

        Assert.NotEqual(MessageKind.NotReferral, detection.Kind);
        Assert.NotNull(detection.Concern);
        Assert.Contains("image", detection.Concern, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_WhenTheProblemIsOnlyInTheQuotedReferral_LeavesTheQuoteMarksOut()
    {
        var body = "Attached is the op note.\n\nOn Mon, Nov 9, 2026 at 9:05 AM Reed Lam wrote:\n> Referral for Ivy Cole (DOB 5/5/1970): flexor tendon repair L index finger,\n> needs a protective orthosis this week.";
        var detection = _detector.Detect(Message("Re: OT referral - Ivy Cole", body, "rlam@northgateortho.example", "Reed Lam", [Pdf("op_note.pdf")], inReplyTo: "x@northgateortho.example"));

        Assert.NotNull(detection.Concern);
        Assert.DoesNotContain(">", detection.Concern, StringComparison.Ordinal);
        Assert.Contains("flexor tendon repair", detection.Concern, StringComparison.Ordinal);
    }
}
