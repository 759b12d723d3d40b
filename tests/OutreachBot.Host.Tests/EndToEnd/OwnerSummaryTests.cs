using System.Text.Json.Nodes;
using OutreachBot.Host.Tests.Infrastructure;
using static OutreachBot.Host.Tests.Infrastructure.PlaygroundEvents;

namespace OutreachBot.Host.Tests.EndToEnd;

/// <summary>
/// The owners' summary commands through the Agents Playground, as Teams delivers them. The personal chat is Dana's
/// (the Playground's own user), an owner in the fixture's staff list. Who may ask: SummaryPolicy's tests.
/// </summary>
[Collection(PlaygroundCollection.Name)]
public sealed class OwnerSummaryTests(PlaygroundFixture fixture) : IDisposable
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromMinutes(2));

    private PlaygroundClient Playground => fixture.Playground!;

    public void Dispose() => _timeout.Dispose();

    [Theory]
    [InlineData("summary", "Referral pipeline this week")]
    [InlineData("summary last week", "Referral pipeline last week")]
    [InlineData("summary this month", "Referral pipeline this month")]
    [InlineData("sources", "Referral sources")]
    [InlineData("stalled", "Stalled referrals")]
    public async Task OwnerCommand_InPersonalChat_IsAnsweredWithAValidCard(string command, string heading)
    {
        var reply = await SendAsync(PlaygroundIds.IntakeCoordinator, command, e => HasCardMentioning(e, heading), $"the answer to '{command}'");

        CardSchema.AssertValid(CardsIn(reply).Single());
    }

    [Fact]
    public async Task SummaryCsv_IsACodeBlockWithTheWeeksReferrals()
    {
        var posted = await fixture.PostReferralAsync("csv-referral", _timeout.Token);

        var reply = await SendAsync(PlaygroundIds.IntakeCoordinator, "summary csv", e => Text(e).Contains("referral_id,received_utc", StringComparison.Ordinal), "the CSV");

        var text = Text(reply);
        Assert.StartsWith("```", text, StringComparison.Ordinal);
        Assert.Contains(posted.ReferralId + ",", text, StringComparison.Ordinal);
        Assert.Contains("Northfield Orthopedics", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Gregory", text, StringComparison.Ordinal); // the test referral's patient: never in the CSV
    }

    [Fact]
    public async Task SummaryCard_ThisMonthButton_AnswersWithThisMonthsCard()
    {
        var card = await SendAsync(PlaygroundIds.IntakeCoordinator, "summary", e => HasCardMentioning(e, "Referral pipeline this week"), "this week's summary");

        var response = await Playground.ExecuteAsync(PlaygroundIds.PersonalChat, PlaygroundIds.IntakeCoordinator, MessageId(card)!, "showSummary",
            new JsonObject { ["period"] = "ThisMonth" }, _timeout.Token);

        Assert.Contains("Referral pipeline this month", response!.ToJsonString(), StringComparison.Ordinal);
    }

    /// <remarks>
    /// The Playground takes messages in its personal chat only from its own user (Dana, an owner here), so Tom's words go
    /// in as a custom activity (any activity, sent to the bot as given), as Teams would deliver them from his 1:1 chat.
    /// </remarks>
    [Fact]
    public async Task IntakeStaffAskingForTheSummary_IsRefused_WithNoNumbers()
    {
        var before = Playground.Events.Count;
        await Playground.SendCustomActivityAsync(PlaygroundIds.PersonalChat, activity =>
        {
            activity["type"] = "message";
            activity["text"] = "summary";
            activity["from"] = new JsonObject { ["id"] = PlaygroundIds.FrontDesk, ["name"] = "Tom Reyes", ["aadObjectId"] = "00000000-0000-0000-0000-000000000024" };
        }, _timeout.Token);

        var reply = await Playground.WaitForAsync(
            e => IsCreate(e, PlaygroundIds.PersonalChat) && Text(e).Contains("Pipeline summaries are for the clinic's owners", StringComparison.Ordinal),
            Wait, "the refusal for Tom", fromIndex: before);

        Assert.Empty(CardsIn(reply));
        Assert.DoesNotContain(Playground.Events.Skip(before), e => IsCreate(e, PlaygroundIds.PersonalChat) && HasCardMentioning(e, "Referral pipeline this week"));
    }

    private async Task<JsonNode> SendAsync(string from, string command, Func<JsonNode, bool> answer, string what)
    {
        var before = Playground.Events.Count;
        await Playground.SendMessageAsync(PlaygroundIds.PersonalChat, from, command, mentionBot: false, _timeout.Token);
        return await Playground.WaitForAsync(e => IsCreate(e, PlaygroundIds.PersonalChat) && answer(e), Wait, what, fromIndex: before);
    }
}
