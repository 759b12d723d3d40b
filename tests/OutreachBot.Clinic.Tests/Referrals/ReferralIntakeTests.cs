using OutreachBot.Clinic.Detection;
using OutreachBot.Clinic.Pipeline;
using OutreachBot.Clinic.Referrals;

namespace OutreachBot.Clinic.Tests.Referrals;

public class ReferralIntakeTests
{
    private static readonly DateTimeOffset TuesdayMorningChicago = new(2026, 11, 24, 9, 15, 0, TimeSpan.FromHours(-6));
    private static readonly PatientFacts Gregory = new("Gregory Hale", new DateOnly(1971, 3, 14), null, "(555) 410-2233");

    [Theory]
    [InlineData(MessageKind.NotReferral)]
    [InlineData(MessageKind.ReferralUpdate)]
    public void FromMessage_WhenNotANewReferral_ReturnsNull(MessageKind kind)
    {
        var message = Message("news@therapysupply.example", TuesdayMorningChicago);

        Assert.Null(ReferralIntake.FromMessage(message, Detection(kind, Gregory)));
    }

    [Theory]
    [InlineData(MessageKind.Referral)]
    [InlineData(MessageKind.SelfReferral)]
    public void FromMessage_WhenNewReferral_MakesTheReferralAndItsReceivedEvent(MessageKind kind)
    {
        var message = Message("order-1@northfieldortho.example", TuesdayMorningChicago);
        var detection = Detection(kind, Gregory, Urgency.Urgent);

        var (referral, received) = Assert.NotNull(ReferralIntake.FromMessage(message, detection));

        Assert.Equal(ReferralId.ForMessage("order-1@northfieldortho.example"), referral.Id);
        Assert.Equal(TuesdayMorningChicago, referral.ReceivedAt);
        Assert.Equal(Pathway.Hand, referral.Pathway);
        Assert.Equal(Urgency.Urgent, referral.Urgency);
        Assert.Equal(detection.Referrer, referral.Referrer);
        Assert.Equal(detection.Signals, referral.Signals);
        Assert.Equal(0.87, referral.Confidence);
        Assert.Equal(PipelineStage.Received, referral.Stage);
        Assert.Null(referral.AssignedTo);
        Assert.Null(referral.AssignedAt);
        Assert.Equal(new PipelineEvent(referral.Id, PipelineEventKind.Received, PipelineStage.Received, null, TuesdayMorningChicago), received);
    }

    [Fact]
    public void FromMessage_KeepsOnlyThePatientsInitialsAndAge()
    {
        var message = Message("order-2@northfieldortho.example", TuesdayMorningChicago);

        var (referral, _) = Assert.NotNull(ReferralIntake.FromMessage(message, Detection(MessageKind.Referral, Gregory)));

        Assert.Equal("G.H.", referral.PatientInitials);
        Assert.Equal(55, referral.PatientAge);
    }

    [Fact]
    public void FromMessage_WhenASignalQuotesThePatientsName_MasksItInTheReferral()
    {
        var message = Message("order-4@northfieldortho.example", TuesdayMorningChicago);
        var detection = Detection(MessageKind.Referral, Gregory) with
        {
            Signals = ["order attached: OT_order_HALE_Gregory.pdf", "ICD-10 code S62.101A", "clinical words: grip, wrist (Whalen scale)"],
        };

        var (referral, _) = Assert.NotNull(ReferralIntake.FromMessage(message, detection));

        Assert.Equal(["order attached: OT_order_[patient]_[patient].pdf", "ICD-10 code S62.101A", "clinical words: grip, wrist (Whalen scale)"], referral.Signals);
    }

    [Fact]
    public void FromMessage_WhenUrgencyNotStated_IsRoutine()
    {
        var message = Message("order-3@northfieldortho.example", TuesdayMorningChicago);

        var (referral, _) = Assert.NotNull(ReferralIntake.FromMessage(message, Detection(MessageKind.Referral, Gregory, urgency: null)));

        Assert.Equal(Urgency.Routine, referral.Urgency);
    }

    [Theory]
    [InlineData("2016-11-24", 10)] // tenth birthday on the day the referral arrives
    [InlineData("2016-11-25", 9)] // birthday tomorrow
    [InlineData("2016-11-23", 10)]
    public void FromMessage_AgeIsOnTheReceivedDate(string dateOfBirth, int expectedAge)
    {
        var patient = new PatientFacts("Wren Talbot", DateOnly.Parse(dateOfBirth, System.Globalization.CultureInfo.InvariantCulture), null, null);
        var message = Message("peds-1@driftwoodpeds.example", TuesdayMorningChicago);

        var (referral, _) = Assert.NotNull(ReferralIntake.FromMessage(message, Detection(MessageKind.Referral, patient)));

        Assert.Equal(expectedAge, referral.PatientAge);
    }

    [Fact]
    public void FromMessage_WhenSentTheEveningBeforeTheBirthday_AgeIsOnTheDateTheSenderWrote()
    {
        // 20:30 in Chicago on 24 November is already 25 November in UTC; the child is still 9 on the 24th.
        var eveningBefore = new DateTimeOffset(2026, 11, 24, 20, 30, 0, TimeSpan.FromHours(-6));
        var patient = new PatientFacts("Wren Talbot", new DateOnly(2016, 11, 25), null, null);

        var (referral, _) = Assert.NotNull(ReferralIntake.FromMessage(Message("peds-2@driftwoodpeds.example", eveningBefore), Detection(MessageKind.Referral, patient)));

        Assert.Equal(9, referral.PatientAge);
    }

    [Fact]
    public void FromMessage_WhenOnlyAnAgeIsStated_KeepsIt()
    {
        var patient = new PatientFacts(null, null, 4, null);

        var (referral, _) = Assert.NotNull(ReferralIntake.FromMessage(Message("peds-3@driftwoodpeds.example", TuesdayMorningChicago), Detection(MessageKind.SelfReferral, patient)));

        Assert.Equal(4, referral.PatientAge);
        Assert.Null(referral.PatientInitials);
    }

    [Fact]
    public void FromMessage_WhenSameMessageTwice_MakesTheSameReferralId()
    {
        var detection = Detection(MessageKind.Referral, Gregory);

        var first = Assert.NotNull(ReferralIntake.FromMessage(Message("same@northfieldortho.example", TuesdayMorningChicago), detection));
        var second = Assert.NotNull(ReferralIntake.FromMessage(Message("same@northfieldortho.example", TuesdayMorningChicago), detection));

        Assert.Equal(first.Referral.Id, second.Referral.Id);
    }

    private static IncomingMessage Message(string messageId, DateTimeOffset receivedAt) => new(
        MessageId: messageId,
        Subject: "OT referral",
        FromAddress: "rdelgado@northfieldortho.example",
        FromName: "Rosa Delgado, MD",
        ReceivedAt: receivedAt,
        BodyText: "I am referring my patient for occupational therapy.",
        Attachments: [],
        InReplyTo: null,
        References: []);

    private static ReferralDetection Detection(MessageKind kind, PatientFacts patient, Urgency? urgency = null) => new(
        Kind: kind,
        Confidence: 0.87,
        Signals: ["referral language: \"referring\"", "ICD-10 code S62.101A"],
        Pathway: Pathway.Hand,
        Urgency: urgency,
        Referrer: new Referrer("Rosa Delgado, MD", "Northfield Orthopedics", ReferrerRole.Orthopedist, "(555) 200-1000", "(555) 200-1001", "rdelgado@northfieldortho.example"),
        Patient: patient,
        Icd10Codes: ["S62.101A"],
        Concern: "right distal radius fracture",
        OrderAttached: true);
}
