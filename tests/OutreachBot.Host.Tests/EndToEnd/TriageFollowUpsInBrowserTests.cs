using Microsoft.Playwright;
using OutreachBot.Host.Tests.Infrastructure;
using static OutreachBot.Host.Tests.Infrastructure.PlaygroundEvents;

namespace OutreachBot.Host.Tests.EndToEnd;

/// <summary>
/// The triage card's request, decline and merge as a person does them in the Playground's UI (the real Adaptive Cards
/// renderer, headless Chromium), with a screenshot of each state in artifacts/.
/// </summary>
[Collection(PlaygroundCollection.Name)]
public sealed class TriageFollowUpsInBrowserTests(PlaygroundFixture fixture, PlaygroundBrowser browser)
{
    private const float Timeout = PlaygroundPage.Timeout;

    [Fact]
    public async Task FrontDesk_RequestsMissingInfo_Declines_AndMerges_FromTheCardsInTheChannel()
    {
        var playground = fixture.Playground!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var before = playground.Events.Count;
        await playground.SendMessageAsync(PlaygroundIds.ReferralsChannel, PlaygroundIds.IntakeCoordinator, "use this channel for referrals", mentionBot: true, timeout.Token);
        await playground.WaitForAsync(e => IsCreate(e, PlaygroundIds.ReferralsChannel) && Text(e).Contains("new referrals will be posted", StringComparison.Ordinal),
            TimeSpan.FromSeconds(30), "the channel confirmation", fromIndex: before);

        await using var ui = await browser.OpenAsync(playground.BaseUrl);
        var page = ui.Page;
        await ui.OpenAsync("Referrals");
        await ui.Cards("use this channel for referrals").First.WaitForAsync(new() { Timeout = Timeout });

        var now = DateTimeOffset.UtcNow;
        var first = await DropAsync(page, "browser-first", now.AddHours(-3), "Gregory Hale");
        var duplicate = await DropAsync(page, "browser-duplicate", now.AddHours(-1), "Gregory Hale", withInsurance: true);
        var declined = await DropAsync(page, "browser-decline", now.AddHours(-2), "Nora Quist");

        // Request missing info: open the form on the card, keep the ticked items, send.
        var card = CardOf(page, first);
        await card.GetByRole(AriaRole.Button, new() { Name = "Request missing info…" }).ClickAsync();
        await Shot(card, "triage-card-request-form.png");
        await card.GetByRole(AriaRole.Button, new() { Name = "Email the referrer" }).ClickAsync();
        var requested = CardOf(page, first, "Info requested");
        await requested.WaitForAsync(new() { Timeout = Timeout });
        await Shot(requested, "triage-card-info-requested.png");
        Assert.Single(TriageLetters.LettersAbout(fixture.Bot!.OutboxFolder, first));

        // Decline: choose the reason, confirm.
        card = CardOf(page, declined);
        await card.GetByRole(AriaRole.Button, new() { Name = "Decline…" }).ClickAsync();
        await card.GetByText("Caseload full", new() { Exact = true }).ClickAsync();
        await Shot(card, "triage-card-decline-form.png");
        await card.GetByRole(AriaRole.Button, new() { Name = "Decline and tell the referrer" }).ClickAsync();
        var declinedCard = CardOf(page, declined, "Declined: Caseload full");
        await declinedCard.WaitForAsync(new() { Timeout = Timeout });
        await Shot(declinedCard, "triage-card-declined.png");

        // Merge: the picker replaces the clicked card for the person who clicked; pick the earlier referral.
        card = CardOf(page, duplicate);
        await card.GetByRole(AriaRole.Button, new() { Name = "Merge…" }).ClickAsync();
        var picker = page.Locator(".ac-adaptiveCard").Filter(new() { HasText = $"Merge {duplicate} with another referral" }).First;
        await picker.WaitForAsync(new() { Timeout = Timeout });
        await Shot(picker, "merge-picker.png");
        await picker.GetByText(first, new() { Exact = false }).First.ClickAsync();
        await picker.GetByRole(AriaRole.Button, new() { Name = "Merge", Exact = true }).ClickAsync();
        var merged = CardOf(page, duplicate, $"merged into {first}");
        await merged.WaitForAsync(new() { Timeout = Timeout });
        await Shot(merged, "triage-card-merged.png");
        var survivor = CardOf(page, first, $"Duplicates merged in: {duplicate}");
        await survivor.WaitForAsync(new() { Timeout = Timeout });
        await Shot(survivor, "triage-card-merge-survivor.png");
        await ui.ShotAsync("triage-channel-after-follow-ups.png");

        Assert.Equal(0, await merged.GetByRole(AriaRole.Button).CountAsync());
        Assert.Equal(0, await declinedCard.GetByRole(AriaRole.Button).CountAsync());
        Assert.DoesNotContain("Gregory", await survivor.InnerTextAsync(), StringComparison.Ordinal);

        // Done with: the declined and merged cards read as closed (no urgency, nothing missing).
        var declinedText = await declinedCard.InnerTextAsync();
        var mergedText = await merged.InnerTextAsync();
        Assert.Contains("Declined referral", declinedText, StringComparison.Ordinal);
        Assert.Contains("Duplicate, merged", mergedText, StringComparison.Ordinal);
        Assert.DoesNotContain("Missing:", declinedText + mergedText, StringComparison.Ordinal);
        Assert.DoesNotContain("URGENT", declinedText + mergedText, StringComparison.Ordinal);
    }

    private async Task<string> DropAsync(IPage page, string name, DateTimeOffset sentAt, string patient, bool withInsurance = false)
    {
        var messageId = $"{name}-{Guid.NewGuid():N}@northfieldortho.example";
        var referralId = TriageLetters.IdOf(messageId);
        fixture.Bot!.DropMessage(referralId + ".eml", TriageLetters.HandReferral(messageId, sentAt, withInsurance, patient));
        await CardOf(page, referralId).WaitForAsync(new() { Timeout = Timeout });
        return referralId;
    }

    // The outer card of a referral (its id is a fact on it); the forms it opens are nested cards inside it.
    private static ILocator CardOf(IPage page, string referralId, string? showing = null)
    {
        var cards = page.Locator(".ac-adaptiveCard").Filter(new() { HasText = referralId });
        return (showing is null ? cards : cards.Filter(new() { HasText = showing })).First;
    }

    private static Task Shot(ILocator element, string file) => PlaygroundPage.ShotAsync(element, file);
}
