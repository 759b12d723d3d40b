using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Xunit.Abstractions;
using OutreachBot.Host.Tests.Infrastructure;
using static OutreachBot.Host.Tests.EndToEnd.IntakeCardSteps;
using static OutreachBot.Host.Tests.Infrastructure.PlaygroundEvents;

namespace OutreachBot.Host.Tests.EndToEnd;

/// <summary>
/// The clinician's intake card as a person sees it, drawn by the Playground's Adaptive Cards renderer in headless
/// Chromium: before and after an evaluation time is booked. The Playground's UI shows only its current user's chats,
/// so the card is in its one personal chat (see <see cref="IntakeCardSteps.GiveToMarcusAsync"/>).
/// </summary>
[Collection(PlaygroundCollection.Name)]
public sealed class IntakeCardInBrowserTests(PlaygroundFixture fixture, PlaygroundBrowser browser, ITestOutputHelper output)
{
    [Fact]
    public async Task PlaygroundUi_ShowsTheIntakeCard_BeforeAndAfterBooking()
    {
        var playground = fixture.Playground!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var posted = await fixture.PostReferralAsync("browser-intake", timeout.Token);

        await using var ui = await browser.OpenAsync(playground.BaseUrl);
        await ui.OpenAsync("Personal Chat");
        await ui.SayAsync("help"); // the page is live once the answer shows (the install greeting may precede its stream)
        await ui.Cards("use this channel for referrals").Last.WaitForAsync(new() { Timeout = PlaygroundPage.Timeout });

        var sent = await GiveToMarcusAsync(fixture, posted, timeout.Token);
        var intake = CardsIn(sent).Single();
        CardSchema.AssertValid(intake);
        var sentText = string.Join("\n", TextsOf(intake));
        Assert.Contains("Gregory Hale", sentText, StringComparison.Ordinal);
        Assert.Contains("Book this time", sentText, StringComparison.Ordinal);
        Assert.Contains("Accept", sentText, StringComparison.Ordinal);

        // As drawn by the Playground's renderer (the page is open before the card is sent: it keeps no history).
        var card = await ui.DrawnAsync(ui.Cards("Intake for you", posted.ReferralId).Last, "intake-card.png", "the intake card");
        var drawn = await card.InnerTextAsync();
        Assert.Contains("Gregory Hale", drawn, StringComparison.Ordinal);
        Assert.Contains(posted.ReferralId, drawn, StringComparison.Ordinal);
        Assert.True(await card.GetByRole(AriaRole.Button, new() { Name = "Book this time" }).IsVisibleAsync());
        await PlaygroundPage.ShotAsync(card, "intake-card-only.png");

        // Marcus books the first proposed time (his click, through the API: the page is the Playground's current user's).
        var slot = Slots(intake)[0];
        await playground.ExecuteAsync(posted.ConversationId, PlaygroundIds.Clinician, posted.MessageId, "bookEvaluation",
            DataOf(intake, ("slot", slot.Value)), timeout.Token);

        // The bot PUTs the updated card: checked as sent, then as the page redraws it in place.
        var update = await playground.WaitForAsync(e => IsUpdate(e, PostConversationId(sent), MessageId(sent)!) && HasCardMentioning(e, "Evaluation completed"),
            Wait, "the intake card's update", fromIndex: 0);
        var bookedCard = CardsIn(update).Single();
        CardSchema.AssertValid(bookedCard);
        var after = string.Join("\n", TextsOf(bookedCard));
        Assert.Contains("Evaluation booked for", after, StringComparison.Ordinal);
        Assert.Contains(slot.Title, after, StringComparison.Ordinal);
        Assert.DoesNotContain("Book this time", after, StringComparison.Ordinal);
        var booked = await ui.DrawnAsync(ui.Cards("Evaluation booked for", posted.ReferralId).Last, "intake-card-booked.png", "the booked intake card");
        var bookedText = await booked.InnerTextAsync();
        Assert.Contains($"Evaluation booked · {slot.Title}", bookedText, StringComparison.Ordinal);
        Assert.DoesNotContain("Intake for you", bookedText, StringComparison.Ordinal);
        Assert.DoesNotContain("URGENT", bookedText, StringComparison.Ordinal);
        Assert.Equal(0, await booked.GetByRole(AriaRole.Button, new() { Name = "Book this time" }).CountAsync());
        await PlaygroundPage.ShotAsync(booked, "intake-card-booked-only.png");
        output.WriteLine($"Events kept back from the page: {ui.Stream.Dropped}; page errors: {ui.Errors}");
    }

    [Fact]
    public async Task PlaygroundUi_RedrawsTheIntakeCard_WhenAccepted_AndWhenTriageDeclinesTheReferral()
    {
        var playground = fixture.Playground!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await using var ui = await browser.OpenAsync(playground.BaseUrl);
        await ui.OpenAsync("Personal Chat");
        await ui.SayAsync("help"); // the page is live once the answer shows (the install greeting may precede its stream)
        await ui.Cards("use this channel for referrals").Last.WaitForAsync(new() { Timeout = PlaygroundPage.Timeout });
        var posted = await fixture.PostReferralAsync("browser-intake-declined", timeout.Token);
        var intake = CardsIn(await GiveToMarcusAsync(fixture, posted, timeout.Token)).Single();
        await ui.DrawnAsync(ui.Cards("Intake for you", posted.ReferralId).Last, "intake-card-given.png", "the intake card");

        await playground.ExecuteAsync(posted.ConversationId, PlaygroundIds.Clinician, posted.MessageId, "acceptIntake", DataOf(intake), timeout.Token);
        var accepted = await ui.DrawnAsync(ui.Cards("Accepted ·", posted.ReferralId).Last, "intake-card-accepted.png", "the accepted intake card");
        var acceptedText = await accepted.InnerTextAsync();
        Assert.Contains("You accepted this intake on", acceptedText, StringComparison.Ordinal);
        Assert.DoesNotContain("Intake for you", acceptedText, StringComparison.Ordinal);
        Assert.Contains("Gregory Hale", acceptedText, StringComparison.Ordinal);
        await PlaygroundPage.ShotAsync(accepted, "intake-card-accepted-only.png");

        var decline = new JsonObject { ["referralId"] = posted.ReferralId, ["declineReason"] = "outside-area", ["declineNote"] = "" };
        var answer = await playground.ExecuteAsync(posted.ConversationId, PlaygroundIds.IntakeCoordinator, posted.MessageId, "declineReferral", decline, timeout.Token);
        Assert.Contains("Declined: Outside our service area", answer!.ToJsonString(), StringComparison.Ordinal);
        var declined = await ui.DrawnAsync(ui.Cards("Declined ·", posted.ReferralId).Last, "intake-card-declined.png", "the declined intake card");
        var declinedText = await declined.InnerTextAsync();
        Assert.Contains("declined this referral (outside our service area)", declinedText, StringComparison.Ordinal);
        Assert.Contains("G.H.", declinedText, StringComparison.Ordinal);
        Assert.DoesNotContain("Gregory Hale", declinedText, StringComparison.Ordinal);
        Assert.Equal(0, await declined.GetByRole(AriaRole.Button).CountAsync());
        await PlaygroundPage.ShotAsync(declined, "intake-card-declined-only.png");
    }

    private static IEnumerable<string> TextsOf(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => TextsOf(p.Value)),
        JsonArray array => array.SelectMany(TextsOf),
        JsonValue value when value.TryGetValue<string>(out var text) => [text],
        _ => [],
    };
}
