using System.Text.Json.Nodes;
using OutreachBot.Host.Tests.Infrastructure;
using static OutreachBot.Host.Tests.EndToEnd.IntakeCardSteps;
using static OutreachBot.Host.Tests.Infrastructure.PlaygroundEvents;

namespace OutreachBot.Host.Tests.EndToEnd;

/// <summary>
/// The clinician's intake card, end to end on Azurite and the Playground: given by intake staff, sent 1:1 (the
/// Playground opens the personal chat through POST /v3/conversations), accepted, booked from the proposed times in
/// the clinician's .ics calendar, given back with a reason; repeated invokes and forbidden users change nothing.
/// </summary>
/// <remarks>
/// Marcus's clicks on his intake card are sent as invokes in the channel thread (where he is a member), because the
/// Playground refuses him as a sender in its one personal chat and checks that the clicked message is in the thread.
/// The bot acts on the card's data (referral, assignment, inputs), not on where the card was.
/// </remarks>
[Collection(PlaygroundCollection.Name)]
public sealed class ClinicianIntakeTests(PlaygroundFixture fixture)
{
    [Fact]
    public async Task Clinician_AcceptsAndBooksAProposedTime_TwiceDeliveredBookingChangesNothingTwice()
    {
        var playground = fixture.Playground!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var posted = await fixture.PostReferralAsync("intake-book", timeout.Token);
        var busyUntil = MakeMarcusBusy(fixture, days: 3);

        var sent = await GiveToMarcusAsync(fixture, posted, timeout.Token);
        var card = CardsIn(sent).Single();
        var (chat, cardId) = (PostConversationId(sent), MessageId(sent)!);
        CardSchema.AssertValid(card);
        var text = CardText(card);
        Assert.Contains("Gregory Hale", text, StringComparison.Ordinal);          // his 1:1: the patient's details
        Assert.Contains("(555) 410-2233", text, StringComparison.Ordinal);
        Assert.Contains("S62.101A", text, StringComparison.Ordinal);
        var slots = Slots(card);
        Assert.InRange(slots.Count, 3, 5);
        Assert.All(slots, s => Assert.True(SlotStart(s.Value) >= busyUntil, $"{s.Title} is in Marcus's busy time"));

        var early = await playground.ExecuteAsync(posted.ConversationId, PlaygroundIds.Clinician, posted.MessageId, "completeEvaluation", DataOf(card), timeout.Token);
        Assert.Contains("before it is scheduled", early!["value"]!.GetValue<string>(), StringComparison.Ordinal);

        var accepted = await playground.ExecuteAsync(posted.ConversationId, PlaygroundIds.Clinician, posted.MessageId, "acceptIntake", DataOf(card), timeout.Token);
        Assert.Contains("You accepted this intake", accepted!["value"]!.ToJsonString(), StringComparison.Ordinal);

        var before = playground.Events.Count;
        var chosen = slots[1];
        var booking = DataOf(card, ("slot", chosen.Value));
        var first = await playground.ExecuteAsync(posted.ConversationId, PlaygroundIds.Clinician, posted.MessageId, "bookEvaluation", (JsonObject)booking.DeepClone(), timeout.Token);
        var again = await playground.ExecuteAsync(posted.ConversationId, PlaygroundIds.Clinician, posted.MessageId, "bookEvaluation", (JsonObject)booking.DeepClone(), timeout.Token);

        foreach (var response in new[] { first, again })
        {
            Assert.Equal("application/vnd.microsoft.card.adaptive", response!["type"]!.GetValue<string>());
            Assert.Contains($"Evaluation booked for {chosen.Title}", CardText(response["value"]!), StringComparison.Ordinal);
            Assert.Contains("Evaluation completed", response["value"]!.ToJsonString(), StringComparison.Ordinal);
            CardSchema.AssertValid(response["value"]!);
        }

        var (row, history) = await ReadAsync(fixture, posted.ReferralId);
        Assert.Equal("EvaluationScheduled", row.GetString("Stage"));
        Assert.Equal(SlotStart(chosen.Value), row.GetDateTimeOffset("EvaluationStart"));
        var scheduled = Assert.Single(history, e => e.GetString("Kind") == "StageChanged" && e.GetString("Stage") == "EvaluationScheduled");
        Assert.Equal("intake", scheduled.GetString("FromCard"));
        Assert.Equal("Marcus Oyelaran", scheduled.GetString("ActorName"));
        Assert.Single(history, e => e.GetString("Kind") == "Accepted");
        Assert.Equal("triage", Assert.Single(history, e => e.GetString("Kind") == "Assigned").GetString("FromCard"));

        var calendar = await File.ReadAllTextAsync(Path.Combine(fixture.Bot!.CalendarFolder, MarcusAadObjectId + ".ics"), timeout.Token);
        Assert.Equal(1, CountOf(calendar, "X-OUTREACHBOT-REFERRAL:" + posted.ReferralId));
        var letter = Assert.Single(Directory.GetFiles(fixture.Bot.OutboxFolder, posted.ReferralId + "-*.eml"));
        var mail = await File.ReadAllTextAsync(letter, timeout.Token);
        Assert.Contains("To: rdelgado@northfieldortho.example", mail, StringComparison.Ordinal);
        Assert.Contains("with Marcus Oyelaran", mail, StringComparison.Ordinal);
        Assert.DoesNotContain("Gregory", mail, StringComparison.Ordinal);

        var channelCard = await playground.WaitForAsync(e => IsUpdate(e, PlaygroundIds.ReferralsChannel, posted.MessageId) && HasCardMentioning(e, "Evaluation booked:"),
            Wait, "the channel card with the evaluation", fromIndex: before);
        Assert.DoesNotContain("Gregory", CardsIn(channelCard).Single().ToJsonString(), StringComparison.Ordinal);
        await playground.WaitForAsync(e => IsUpdate(e, chat, cardId) && HasCardMentioning(e, "Evaluation booked for"), Wait, "the intake card updated", fromIndex: before);

        var tooEarly = await playground.ExecuteAsync(posted.ConversationId, PlaygroundIds.Clinician, posted.MessageId, "completeEvaluation", DataOf(card), timeout.Token);
        Assert.Contains("has not started yet", tooEarly!["value"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(PlaygroundIds.PediatricClinician, "not assigned to you")]
    [InlineData(PlaygroundIds.NotOnStaff, "staff list")]
    public async Task SomeoneOtherThanTheClinician_CannotAcceptOrBook_AndNothingChanges(string userId, string expected)
    {
        var playground = fixture.Playground!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var posted = await fixture.PostReferralAsync("intake-forbidden", timeout.Token);
        var sent = await GiveToMarcusAsync(fixture, posted, timeout.Token);
        var card = CardsIn(sent).Single();
        var slot = Slots(card)[0].Value;
        var before = playground.Events.Count;

        foreach (var (verb, data) in new[] { ("acceptIntake", DataOf(card)), ("bookEvaluation", DataOf(card, ("slot", slot))) })
        {
            var response = await playground.ExecuteAsync(posted.ConversationId, userId, posted.MessageId, verb, data, timeout.Token);
            Assert.Equal("application/vnd.microsoft.activity.message", response!["type"]!.GetValue<string>());
            Assert.Contains(expected, response["value"]!.GetValue<string>(), StringComparison.Ordinal);
        }

        var assign = await playground.ExecuteAsync(posted.ConversationId, userId, posted.MessageId, "assignToClinician",
            new JsonObject { ["referralId"] = posted.ReferralId, ["clinician"] = "00000000-0000-0000-0000-000000000022" }, timeout.Token);
        Assert.Equal("application/vnd.microsoft.activity.message", assign!["type"]!.GetValue<string>());

        var (row, history) = await ReadAsync(fixture, posted.ReferralId);
        Assert.Equal(MarcusAadObjectId, row.GetString("AssignedToId"));
        Assert.Equal("Received", row.GetString("Stage"));
        Assert.Null(row.GetDateTimeOffset("AcceptedAt"));
        Assert.Equal(["Received", "Assigned"], history.Select(e => e.GetString("Kind")));
        Assert.DoesNotContain(playground.Events.Skip(before), e => IsUpdate(e, PlaygroundIds.ReferralsChannel, posted.MessageId));
    }

    [Fact]
    public async Task Clinician_GivesItBackWithAReason_ChannelCardSaysWhy_IntakeCardDropsTheDetails()
    {
        var playground = fixture.Playground!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var posted = await fixture.PostReferralAsync("intake-return", timeout.Token);
        var sent = await GiveToMarcusAsync(fixture, posted, timeout.Token);
        var card = CardsIn(sent).Single();
        var (chat, cardId) = (PostConversationId(sent), MessageId(sent)!);
        var before = playground.Events.Count;

        var data = DataOf(card, ("returnReason", "no-capacity"), ("returnNote", "full until January"));
        var first = await playground.ExecuteAsync(posted.ConversationId, PlaygroundIds.Clinician, posted.MessageId, "returnIntake", (JsonObject)data.DeepClone(), timeout.Token);
        var again = await playground.ExecuteAsync(posted.ConversationId, PlaygroundIds.Clinician, posted.MessageId, "returnIntake", (JsonObject)data.DeepClone(), timeout.Token);

        foreach (var response in new[] { first, again })
        {
            var shown = response!["value"]!.ToJsonString();
            Assert.Contains("no longer with you", shown, StringComparison.Ordinal);
            Assert.DoesNotContain("Gregory", shown, StringComparison.Ordinal);
        }

        var (row, history) = await ReadAsync(fixture, posted.ReferralId);
        Assert.Null(row.GetString("AssignedToId"));
        Assert.Equal("no-capacity", row.GetString("ReturnedReason"));
        Assert.Equal("no-capacity", Assert.Single(history, e => e.GetString("Kind") == "ReturnedToTriage").GetString("Detail"));
        var channel = await playground.WaitForAsync(
            e => IsUpdate(e, PlaygroundIds.ReferralsChannel, posted.MessageId) && HasCardMentioning(e, "Given back to triage by Marcus Oyelaran: No room in my caseload: full until January"),
            Wait, "the channel card saying why", fromIndex: before);
        Assert.Contains("assignToMe", CardsIn(channel).Single().ToJsonString(), StringComparison.Ordinal);
        await playground.WaitForAsync(e => IsUpdate(e, chat, cardId) && HasCardMentioning(e, "no longer with you"), Wait, "the intake card without details", fromIndex: before);
    }

    private static int CountOf(string text, string what)
    {
        var count = 0;
        for (var i = text.IndexOf(what, StringComparison.Ordinal); i >= 0; i = text.IndexOf(what, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
