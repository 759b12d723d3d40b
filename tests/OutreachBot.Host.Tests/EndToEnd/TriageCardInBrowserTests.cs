using Microsoft.Playwright;
using OutreachBot.Host.Tests.Infrastructure;
using static OutreachBot.Host.Tests.Infrastructure.PlaygroundEvents;

namespace OutreachBot.Host.Tests.EndToEnd;

/// <summary>What a person sees: the Playground's own UI, with the real Adaptive Cards renderer, in headless Chromium.</summary>
[Collection(PlaygroundCollection.Name)]
public sealed class TriageCardInBrowserTests(PlaygroundFixture fixture, PlaygroundBrowser browser)
{
    [Fact]
    public async Task PlaygroundUi_ShowsTheTriageCardInTheReferralsChannel()
    {
        var playground = fixture.Playground!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));

        // The channel is chosen first, through the API: the page should see one new post only, the card.
        var before = playground.Events.Count;
        await playground.SendMessageAsync(PlaygroundIds.ReferralsChannel, PlaygroundIds.IntakeCoordinator, "use this channel for referrals", mentionBot: true, timeout.Token);
        await playground.WaitForAsync(e => IsCreate(e, PlaygroundIds.ReferralsChannel) && Text(e).Contains("new referrals will be posted", StringComparison.Ordinal),
            TimeSpan.FromSeconds(30), "the channel confirmation", fromIndex: before);

        await using var ui = await browser.OpenAsync(playground.BaseUrl, height: 1000);
        await ui.OpenAsync("Referrals");

        // Opening the channel installs the app there and the bot greets: the page is live once that card shows.
        await ui.Cards("use this channel for referrals").First.WaitForAsync(new() { Timeout = PlaygroundPage.Timeout });

        // The page shows what arrives while it is open, as Teams does for a client that just connected.
        before = playground.Events.Count;
        var messageId = $"browser-{Guid.NewGuid():N}@northfieldortho.example";
        fixture.Bot!.DropMessage($"{messageId}.eml", TestMessages.HandReferral(messageId));
        var posted = await playground.WaitForAsync(e => IsCreate(e, PlaygroundIds.ReferralsChannel) && HasCardMentioning(e, "Northfield Orthopedics"),
            TimeSpan.FromSeconds(30), "the triage card", fromIndex: before);
        var referralId = CardsIn(posted).Single()["actions"]![0]!["data"]!["referralId"]!.GetValue<string>();

        // The card as the Adaptive Cards renderer drew it: the heading, the referrer and the button, not raw JSON.
        var card = await ui.ShowAsync(ui.Cards(referralId).Last, "triage-card.png");
        var text = await card.InnerTextAsync();
        Assert.Contains("New referral", text, StringComparison.Ordinal);
        Assert.Contains("G.H.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Gregory", text, StringComparison.Ordinal);

        // A person clicks the button: the Playground sends the Action.Execute invoke; the bot updates the channel's card
        // for everyone (the Playground shows that one: it has no user-specific views).
        await card.GetByRole(AriaRole.Button, new() { Name = "Assign to me" }).ClickAsync();
        var assigned = await ui.ShowAsync(ui.Cards(referralId, "Assigned to Dana Whitfield").First, "triage-card-assigned.png");
        Assert.True(await assigned.GetByRole(AriaRole.Button, new() { Name = "Log first contact" }).IsVisibleAsync());
        Assert.Equal(0, await assigned.GetByRole(AriaRole.Button, new() { Name = "Assign to me" }).CountAsync());

        // The 1:1 chat: the help card a person asks for, then the summary. (The greeting sent on installation may come
        // before the page's conversation stream is connected, and the page keeps no history, so it is not waited for.)
        await ui.OpenAsync("Personal Chat");
        await ui.SayAsync("help");
        await ui.ShowAsync(ui.Cards("use this channel for referrals").Last, "help-card.png");
        await ui.SayAsync("summary");
        var summary = await ui.ShowAsync(ui.Cards("Referral pipeline this week").Last, "summary-card.png");
        Assert.Contains("Referrals received", await summary.InnerTextAsync(), StringComparison.Ordinal);
    }
}
