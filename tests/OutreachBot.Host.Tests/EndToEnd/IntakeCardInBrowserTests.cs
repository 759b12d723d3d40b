using Microsoft.Playwright;
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
public sealed class IntakeCardInBrowserTests(PlaygroundFixture fixture, PlaygroundBrowser browser)
{
    [Fact]
    public async Task PlaygroundUi_ShowsTheIntakeCard_BeforeAndAfterBooking()
    {
        var playground = fixture.Playground!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var posted = await fixture.PostReferralAsync("browser-intake", timeout.Token);

        await using var ui = await browser.OpenAsync(playground.BaseUrl);
        await ui.OpenAsync("Personal Chat");
        await ui.Cards("use this channel for referrals").Last.WaitForAsync(new() { Timeout = PlaygroundPage.Timeout });

        var sent = await GiveToMarcusAsync(fixture, posted, timeout.Token);
        var card = await ui.ShowAsync(ui.Cards("Intake for you", posted.ReferralId).Last, "intake-card.png");
        var before = await card.InnerTextAsync();
        Assert.Contains("Gregory Hale", before, StringComparison.Ordinal);
        Assert.True(await card.GetByRole(AriaRole.Button, new() { Name = "Book this time" }).IsVisibleAsync());
        Assert.True(await card.GetByRole(AriaRole.Button, new() { Name = "Accept" }).IsVisibleAsync());

        // Marcus books the first proposed time (his click, through the API: the page is the Playground's current user's).
        var intake = CardsIn(sent).Single();
        var slot = Slots(intake)[0];
        await playground.ExecuteAsync(posted.ConversationId, PlaygroundIds.Clinician, posted.MessageId, "bookEvaluation",
            DataOf(intake, ("slot", slot.Value)), timeout.Token);

        // The bot PUTs the updated card; the page redraws it in place, as Teams does. The card is found by its referral
        // id, so the other cards earlier tests left in this one personal chat do not matter.
        await playground.WaitForAsync(e => IsUpdate(e, PostConversationId(sent), MessageId(sent)!) && HasCardMentioning(e, "Evaluation completed"),
            Wait, "the intake card's update", fromIndex: 0);
        var booked = await ui.ShowAsync(ui.Cards("Evaluation booked for", posted.ReferralId).Last, "intake-card-booked.png");
        var after = await booked.InnerTextAsync();
        Assert.Contains(slot.Title, after, StringComparison.Ordinal);
        Assert.True(await booked.GetByRole(AriaRole.Button, new() { Name = "Evaluation completed" }).IsVisibleAsync());
        Assert.Equal(0, await booked.GetByRole(AriaRole.Button, new() { Name = "Book this time" }).CountAsync());
    }
}
