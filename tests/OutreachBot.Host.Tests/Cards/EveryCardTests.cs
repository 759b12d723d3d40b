using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using OutreachBot.Clinic;
using OutreachBot.Clinic.Detection;
using OutreachBot.Clinic.Pipeline;
using OutreachBot.Clinic.Referrals;
using OutreachBot.Clinic.Staff;
using OutreachBot.Mime;
using OutreachBot.Clinic.Scheduling;
using OutreachBot.Host.Intake;
using OutreachBot.Clinic.Referrers;
using OutreachBot.Host.Referrers;
using OutreachBot.Host.Summaries;
using OutreachBot.Host.Teams;
using OutreachBot.Host.Tests.Summaries;
using OutreachBot.Host.Tests.Outreach;
using OutreachBot.Host.Tests.Infrastructure;
using OutreachBot.Host.Triage;

namespace OutreachBot.Host.Tests.Cards;

/// <summary>Every card the bot can send: valid Adaptive Card 1.5, small enough for Teams, and no patient details.</summary>
public class EveryCardTests
{
    private const int MaxCardBytes = 80 * 1024;
    private static readonly TimeZoneInfo Chicago = TimeZoneInfo.FindSystemTimeZoneById("America/Chicago");
    private static readonly DateTimeOffset ReceivedAt = new(2026, 11, 24, 9, 15, 0, TimeSpan.FromHours(-6));
    private static readonly StaffMember Ana = new("aad-ana", "Ana Whitfield");

    private static readonly Referral Unassigned = new()
    {
        Id = ReferralId.ForMessage("order-1@northfieldortho.example"),
        ReceivedAt = ReceivedAt,
        Pathway = Pathway.Hand,
        Urgency = Urgency.Routine,
        Referrer = new Referrer("Rosa Delgado, MD", "Northfield Orthopedics", ReferrerRole.Orthopedist, "(555) 200-1000", "(555) 200-1001", "rdelgado@northfieldortho.example"),
        PatientInitials = "G.H.",
        PatientAge = 55,
        Signals = ["referral language: \"referring\"", "ICD-10 code S62.101A", "pathway hand: orthopedist, wrist"],
        Confidence = 0.92,
    };

    private static readonly Referral WithMissing = Unassigned with
    {
        SourceMessageId = "order-1@northfieldortho.example",
        MissingItems = ["signed order", "insurance", "date of birth"],
    };

    private static readonly Dictionary<string, Func<JsonObject>> Cards = new()
    {
        ["triage, unassigned"] = () => TriageCard.For(Unassigned, Chicago),
        ["triage, intake team with clinicians to choose"] = () => TriageCard.For(Unassigned, Chicago, TriageViewer.IntakeTeam, null, [HandTherapist]),
        ["triage, given back by the clinician"] = () => TriageCard.For(GivenBack(), Chicago, TriageViewer.IntakeTeam, null, [HandTherapist]),
        ["triage, evaluation booked, front desk to phone"] = () => TriageCard.For(Booked(PreferredContact.Phone), Chicago, TriageViewer.IntakeTeam),
        ["intake, new for the clinician"] = () => ClinicianIntakeCard.For(new IntakeCardView(GivenToMarcus(), Patient, Slots(5), ForHolder: true), Chicago),
        ["intake, accepted, no free time, no details kept"] = () => ClinicianIntakeCard.For(
            new IntakeCardView(GivenToMarcus() with { AcceptedAt = ReceivedAt.AddHours(1) }, null, [], ForHolder: true), Chicago),
        ["intake, evaluation booked"] = () => ClinicianIntakeCard.For(new IntakeCardView(Booked(null), Patient, [], ForHolder: true), Chicago),
        ["intake, no longer yours"] = () => ClinicianIntakeCard.For(new IntakeCardView(GivenBack(), null, [], ForHolder: false), Chicago),
        ["intake, family reached"] = () => ClinicianIntakeCard.For(new IntakeCardView(
            GivenToMarcus().LogContact(Ana, ReceivedAt.AddHours(1), "call", ContactOutcome.Reached, 0).Referral, Patient, Slots(3), ForHolder: true), Chicago),
        ["intake, family not reachable"] = () => ClinicianIntakeCard.For(new IntakeCardView(
            GivenToMarcus().MoveTo(PipelineStage.NotReachable, Ana, ReceivedAt.AddDays(3)).Referral, Patient, [], ForHolder: true), Chicago),
        ["intake, evaluation completed"] = () => ClinicianIntakeCard.For(new IntakeCardView(
            Booked(null).CompleteEvaluation(Marcus, ReceivedAt.AddDays(3)).Referral, Patient, [], ForHolder: true), Chicago),
        ["intake, declined"] = () => ClinicianIntakeCard.For(new IntakeCardView(
            GivenToMarcus().Decline(DeclineReasons.OutsideArea, null, Ana, ReceivedAt.AddHours(2)).Referral, Patient, [], ForHolder: true), Chicago),
        ["intake, merged"] = () => ClinicianIntakeCard.For(new IntakeCardView(
            GivenToMarcus().MergeInto("R-00000000AA", Ana, ReceivedAt.AddHours(2)).Referral, Patient, [], ForHolder: true), Chicago),
        ["triage, assigned"] = () => TriageCard.For(Unassigned.AssignTo(Ana, ReceivedAt.AddMinutes(20)).Referral, Chicago),
        ["triage, urgent"] = () => TriageCard.For(Unassigned with { Urgency = Urgency.Urgent }, Chicago),
        ["triage, no pathway"] = () => TriageCard.For(Unassigned with { Pathway = null }, Chicago),
        ["triage, no patient facts"] = () => TriageCard.For(Unassigned with { PatientInitials = null, PatientAge = null }, Chicago),
        ["triage, no referrer facts, no signals"] = () => TriageCard.For(
            Unassigned with { Referrer = new Referrer(null, null, null, null, null, null), Signals = [] }, Chicago),
        ["triage, very long signals"] = () => TriageCard.For(Unassigned with { Signals = VeryLongSignals() }, Chicago),
        ["triage, intake team's view with request/decline/merge forms"] = () => TriageCard.For(WithMissing, Chicago, TriageViewer.IntakeTeam),
        ["triage, info requested"] = () => TriageCard.For(WithMissing.RequestMissingInfo(1, Ana, ReceivedAt.AddHours(1)).Referral, Chicago, TriageViewer.IntakeTeam),
        ["triage, info requested twice"] = () => TriageCard.For(
            WithMissing.RequestMissingInfo(1, Ana, ReceivedAt.AddHours(1)).Referral.RequestMissingInfo(2, Ana, ReceivedAt.AddDays(2)).Referral, Chicago, TriageViewer.IntakeTeam),
        ["triage, declined"] = () => TriageCard.For(WithMissing.Decline(DeclineReasons.CaseloadFull, null, Ana, ReceivedAt.AddHours(1)).Referral, Chicago, TriageViewer.IntakeTeam),
        ["triage, merged into another"] = () => TriageCard.For(WithMissing.MergeInto("R-00000000AA", Ana, ReceivedAt.AddHours(1)).Referral, Chicago, TriageViewer.IntakeTeam),
        ["triage, survivor of a merge"] = () => TriageCard.For(
            WithMissing.Absorb(Unassigned with { Id = "R-00000000BB" }, Ana, ReceivedAt.AddHours(1)).Referral, Chicago, TriageViewer.IntakeTeam),
        ["triage, many missing items and no referrer email"] = () => TriageCard.For(
            WithMissing with { MissingItems = [.. Enumerable.Range(0, 40).Select(i => $"item {i} " + new string('x', 150))], Referrer = Unassigned.Referrer with { Email = null } },
            Chicago, TriageViewer.IntakeTeam),
        ["merge picker, candidates"] = () => MergePickerCard.For(WithMissing,
            [.. Enumerable.Range(0, 8).Select(i => Unassigned with { Id = ReferralId.ForMessage($"dup-{i}@example"), ReceivedAt = ReceivedAt.AddHours(-i) })], Chicago),
        ["merge picker, none found"] = () => MergePickerCard.For(WithMissing, [], Chicago),
        ["help"] = () => HelpCard.For("Harborlight Occupational Therapy & Hand Clinic"),
        ["summary, nothing this week"] = () => SummaryCards.Pipeline(seed: null, SummaryPeriodName.ThisWeek),
        ["summary, busy week"] = () => SummaryCards.Pipeline(seed: 1, SummaryPeriodName.ThisWeek),
        ["summary, last week"] = () => SummaryCards.Pipeline(seed: 2, SummaryPeriodName.LastWeek),
        ["summary, this month"] = () => SummaryCards.Pipeline(seed: 3, SummaryPeriodName.ThisMonth),
        ["sources"] = () => SummaryCards.Sources(seed: 1),
        ["sources, none yet"] = () => SummaryCards.Sources(seed: null),
        ["stalled"] = () => SummaryCards.Stalled(seed: 1),
        ["stalled, none"] = () => SummaryCards.Stalled(seed: null),
        ["referrer update, evaluation completed"] = () => ReferrerUpdateCard.For(Unassigned, ReferrerUpdateKind.EvaluationCompleted,
            ReferrerUpdateTemplate.For(ReferrerUpdateKind.EvaluationCompleted, Unassigned, "Harborlight OT", "Marcus Oyelaran, OTR/L", ReceivedAt.AddDays(9), Chicago).Body),
        ["referrer update, goals set"] = () => ReferrerUpdateCard.For(Unassigned, ReferrerUpdateKind.GoalsSet,
            ReferrerUpdateTemplate.For(ReferrerUpdateKind.GoalsSet, Unassigned, "Harborlight OT", "Marcus Oyelaran, OTR/L", ReceivedAt.AddDays(16), Chicago).Body),
        ["referrer update, sent"] = () => ReferrerUpdateCard.Done("Update sent to the referrer", "Sent to Rosa Delgado, MD by Marcus Oyelaran."),
        ["outreach plan, three items"] = () => OutreachCards.Plan(draftForReview: false),
        ["outreach plan, drafts for review"] = () => OutreachCards.Plan(draftForReview: true),
        ["outreach plan, empty"] = () => OutreachCards.EmptyPlan(),
        ["outreach follow-up after a visit"] = () => OutreachCards.AfterContact(),
        ["notice, referral not found"] = () => NoticeCard.For("Referral not found", "This referral is no longer in the pipeline. It may have been merged or removed; check the triage channel for the current card."),
        ["notice, unknown button"] = () => NoticeCard.For("Not something I can do", "This card's button is not one I know. The card may be from an older version of OutreachBot."),
        ["partner, add form"] = () => Partners.PartnerCardSamples.AddForm(),
        ["partner, edit form with a problem"] = () => Partners.PartnerCardSamples.EditForm(),
        ["partner, card with people and history"] = () => Partners.PartnerCardSamples.Card(),
        ["partner, new with nothing recorded"] = () => Partners.PartnerCardSamples.NewCard(),
        ["partners, list of many"] = () => Partners.PartnerCardSamples.List(300),
        ["partners, none yet"] = () => Partners.PartnerCardSamples.List(0),
        ["sources, with partners' outreach and response"] = () => Partners.PartnerCardSamples.SourcesWithOutreach(),
    };

    private static StaffMember Marcus => new("aad-marcus", "Marcus Oyelaran");
    private static Clinician HandTherapist => new("aad-marcus", [Pathway.Hand], ["certified hand therapist"]) { Name = "Marcus Oyelaran" };
    private static PatientDetails Patient => new("Gregory Hale", new DateOnly(1971, 3, 14), "(555) 410-2233",
        "right distal radius fracture, s/p ORIF", "Aetna PPO", ["S62.101A"], PreferredContact.Phone, OrderAttached: true);

    private static Referral GivenToMarcus() => Unassigned.AssignToClinician(Marcus, Ana, ReceivedAt.AddMinutes(20)).Referral;

    private static Referral GivenBack() => GivenToMarcus()
        .ReturnToTriage(Marcus, ReceivedAt.AddHours(1), IntakeReturnReasons.NoCapacity, "full until January", ReceivedAt.AddMinutes(20)).Referral;

    private static Referral Booked(PreferredContact? frontDesk) => GivenToMarcus()
        .ScheduleEvaluation(Marcus, ReceivedAt.AddHours(1), ReceivedAt.AddDays(2), ReceivedAt.AddDays(2).AddHours(1), "evt-1", frontDesk).Referral;

    private static List<EvaluationSlot> Slots(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new EvaluationSlot(ReceivedAt.AddDays(i + 1).AddHours(1), ReceivedAt.AddDays(i + 1).AddHours(2)))];

    [Fact]
    public void IntakeCard_ShowsTheClinicianThePatientAndProposedTimes_ButNoDetailsOnceNoLongerTheirs()
    {
        var theirs = CardText(ClinicianIntakeCard.For(new IntakeCardView(GivenToMarcus(), Patient, Slots(4), ForHolder: true), Chicago));
        var notTheirs = CardText(ClinicianIntakeCard.For(new IntakeCardView(GivenBack(), Patient, Slots(4), ForHolder: false), Chicago));

        Assert.Contains("Gregory Hale", theirs, StringComparison.Ordinal);
        Assert.Contains("(555) 410-2233", theirs, StringComparison.Ordinal);
        Assert.Contains("Wed 25 Nov, 10:15–11:15 AM", theirs, StringComparison.Ordinal);
        Assert.DoesNotContain("Gregory", notTheirs, StringComparison.Ordinal);
        Assert.DoesNotContain("410-2233", notTheirs, StringComparison.Ordinal);
        Assert.Contains("Marcus Oyelaran gave it back to triage: No room in my caseload: full until January", notTheirs, StringComparison.Ordinal);
    }

    [Fact]
    public void TriageCard_GivenBack_SaysWhoAndWhy_AndOffersTheClinicianChoiceAgain()
    {
        var card = TriageCard.For(GivenBack(), Chicago, TriageViewer.IntakeTeam, null, [HandTherapist]);

        Assert.Contains("Given back to triage by Marcus Oyelaran: No room in my caseload: full until January", CardText(card), StringComparison.Ordinal);
        Assert.Contains("Marcus Oyelaran (certified hand therapist)", CardText(card), StringComparison.Ordinal);
        Assert.Contains(TriageCard.AssignToClinicianVerb, card.ToJsonString(), StringComparison.Ordinal);
    }

    private static ClinicWeek ThisWeek => ClinicWeek.Containing(ReceivedAt, Chicago);

    public static TheoryData<string> CardNames => [.. Cards.Keys];

    [Theory]
    [MemberData(nameof(CardNames))]
    public void Card_IsValidAdaptiveCard15(string card)
    {
        CardSchema.AssertValid(Cards[card]());
    }

    [Theory]
    [MemberData(nameof(CardNames))]
    public void Card_SerializesUnder80KB(string card)
    {
        var bytes = Encoding.UTF8.GetByteCount(Cards[card]().ToJsonString());

        Assert.InRange(bytes, 1, MaxCardBytes);
    }

    [Fact]
    public void EveryExecuteAction_HasAnActionSubmitFallbackWithTheSameVerbAndData()
    {
        // Buttons, not the card's refresh action: a client that cannot refresh simply shows the card as sent.
        var executes = Cards.Values.SelectMany(build => Descendants(build()))
            .Where(n => n["type"]?.GetValue<string>() == "Action.Execute" && n.Parent?.GetPropertyName() != "refresh")
            .ToList();

        Assert.NotEmpty(executes);
        Assert.All(executes, execute =>
        {
            var fallback = Assert.IsType<JsonObject>(execute["fallback"]);
            Assert.Equal("Action.Submit", fallback["type"]?.GetValue<string>());
            Assert.Equal(execute["title"]?.GetValue<string>(), fallback["title"]?.GetValue<string>());
            var submitted = Assert.IsType<JsonObject>(fallback["data"]).DeepClone().AsObject();
            Assert.Equal(execute["verb"]?.GetValue<string>(), submitted["verb"]?.GetValue<string>());
            submitted.Remove("verb");
            Assert.True(JsonNode.DeepEquals(execute["data"], submitted), $"fallback data {submitted} differs from {execute["data"]}");
        });
    }

    [Fact]
    public void TriageCard_WhenUnassigned_OffersAssignToMeForThisReferral()
    {
        var actions = Assert.IsType<JsonArray>(TriageCard.For(Unassigned, Chicago)["actions"]);

        var assign = Assert.IsType<JsonObject>(Assert.Single(actions));
        Assert.Equal("Action.Execute", assign["type"]?.GetValue<string>());
        Assert.Equal(TriageCard.AssignToMeVerb, assign["verb"]?.GetValue<string>());
        Assert.Equal(Unassigned.Id, assign["data"]?["referralId"]?.GetValue<string>());
    }

    [Fact]
    public void TriageCard_WhenAssigned_ShowsWhoAndOffersNoAction()
    {
        var card = TriageCard.For(Unassigned.AssignTo(Ana, ReceivedAt.AddMinutes(20)).Referral, Chicago);

        Assert.Null(card["actions"]);
        Assert.Contains("Assigned to Ana Whitfield", card.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void TriageCard_ShowsTheReceivedTimeOnTheClinicsClock()
    {
        var text = TriageCard.For(Unassigned with { ReceivedAt = new DateTimeOffset(2026, 11, 24, 2, 30, 0, TimeSpan.Zero) }, Chicago).ToJsonString();

        Assert.Contains("Mon 23 Nov, 8:30 PM", text, StringComparison.Ordinal);
    }

    [Fact]
    public void SummaryCard_ShowsTheWholeFunnelIncludingZero()
    {
        var text = CardText(SummaryCards.Pipeline(seed: null, SummaryPeriodName.ThisWeek));

        foreach (var stage in new[] { "Referrals received", "First contact", "Evaluation scheduled", "Evaluation completed", "Missed the response standard" })
        {
            Assert.Contains(stage, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void EveryChart_HasATextFallbackWithItsNumbersAndWellFormedData()
    {
        var charts = Cards.Values.SelectMany(build => Descendants(build()))
            .Where(n => n["type"]?.GetValue<string>()?.StartsWith("Chart.", StringComparison.Ordinal) == true)
            .ToList();

        Assert.NotEmpty(charts);
        Assert.All(charts, chart =>
        {
            var fallback = Assert.IsType<JsonObject>(chart["fallback"]);
            Assert.Equal("TextBlock", fallback["type"]?.GetValue<string>());
            var points = Assert.IsType<JsonArray>(chart["data"]);
            Assert.NotEmpty(points);
            foreach (var point in points.OfType<JsonObject>())
            {
                var (label, value) = chart["type"]!.GetValue<string>() == "Chart.Donut" ? ("legend", "value") : ("x", "y");
                Assert.Contains(point[label]!.GetValue<string>(), fallback["text"]!.GetValue<string>(), StringComparison.Ordinal);
                Assert.True(point[value]!.GetValue<int>() >= 0);
            }
        });
    }

    public static TheoryData<string> ReferralMessages => ["TestMessages.HandReferral", .. SampleReferralFiles().Select(f => Path.GetFileName(f))];

    [Theory]
    [MemberData(nameof(ReferralMessages))]
    public void TriageCard_FromARealReferral_ShowsInitialsAndAgeButNoOtherPatientDetails(string source)
    {
        var eml = source == "TestMessages.HandReferral"
            ? TestMessages.HandReferral("card-leak@northfieldortho.example")
            : File.ReadAllText(Path.Combine(LocalStack.RepositoryRoot, "samples", source));
        var message = EmlMessageReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(eml)), ReceivedAt, CancellationToken.None);
        var detection = new ReferralDetector().Detect(message);
        var (referral, _) = Assert.NotNull(ReferralIntake.FromMessage(message, detection));
        var patient = detection.Patient;
        Assert.NotNull(patient.Name); // the detector read a name, so there is something that could leak

        var card = TriageCard.For(referral, Chicago);
        CardSchema.AssertValid(card);
        var text = CardText(card);

        Assert.Contains(patient.Initials!, text, StringComparison.Ordinal);
        foreach (var word in patient.Name!.Split([' ', ',', '.'], StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 2))
        {
            Assert.DoesNotContain(word, text, StringComparison.OrdinalIgnoreCase);
        }

        if (patient.DateOfBirth is { } dob)
        {
            foreach (var format in new[] { "MM/dd/yyyy", "M/d/yyyy", "yyyy-MM-dd", "MMMM d, yyyy", "MMM d, yyyy", "MM/dd/yy" })
            {
                Assert.DoesNotContain(dob.ToString(format, CultureInfo.InvariantCulture), text, StringComparison.OrdinalIgnoreCase);
            }
        }

        if (patient.Phone is { } phone)
        {
            Assert.DoesNotContain(phone, text, StringComparison.Ordinal);
        }

        foreach (var line in message.BodyText.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 40))
        {
            Assert.DoesNotContain(line, text, StringComparison.Ordinal);
        }
    }

    private static IEnumerable<string> SampleReferralFiles() =>
        Directory.EnumerateFiles(Path.Combine(LocalStack.RepositoryRoot, "samples"), "*referral*.eml").Order(StringComparer.Ordinal);

    private static List<string> VeryLongSignals() =>
    [
        .. Enumerable.Range(0, 40).Select(i =>
            $"signal {i}: \"" + string.Concat(Enumerable.Repeat("<b>referring</b> \\ \"quoted\" **bold** é 🙂 \n", 400)) + "\""),
    ];

    private static IEnumerable<JsonObject> Descendants(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                yield return obj;
                foreach (var child in obj.SelectMany(p => Descendants(p.Value)))
                {
                    yield return child;
                }

                break;
            case JsonArray array:
                foreach (var child in array.SelectMany(Descendants))
                {
                    yield return child;
                }

                break;
        }
    }

    // Every string value in the card: what a reader (or anyone with the channel's history) can see.
    private static string CardText(JsonNode card) => string.Join("\n", Strings(card));

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => Strings(p.Value)),
        JsonArray array => array.SelectMany(Strings),
        JsonValue value when value.TryGetValue(out string? s) => [s],
        _ => [],
    };
}
