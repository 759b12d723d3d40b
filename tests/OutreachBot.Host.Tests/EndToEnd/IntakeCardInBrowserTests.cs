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
public sealed class IntakeCardInBrowserTests(PlaygroundFixture fixture)
{
    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    [Fact]
    public async Task PlaygroundUi_ShowsTheIntakeCard_BeforeAndAfterBooking()
    {
        var playground = fixture.Playground!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var posted = await fixture.PostReferralAsync("browser-intake", timeout.Token);

        using var pw = await Playwright.CreateAsync();
        var userData = Directory.CreateTempSubdirectory("outreachbot-chromium-");
        await using var browser = await pw.Chromium.LaunchPersistentContextAsync(userData.FullName, new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArgs,
            ViewportSize = new() { Width = 1400, Height = 1400 },
        });
        var page = browser.Pages.Count > 0 ? browser.Pages[0] : await browser.NewPageAsync();
        await page.GotoAsync(playground.BaseUrl.ToString(), new() { WaitUntil = WaitUntilState.NetworkIdle, Timeout = 60_000 });
        await page.GetByText("Personal Chat", new() { Exact = true }).First.ClickAsync();
        await page.Locator(".ac-adaptiveCard").Filter(new() { HasText = "use this channel for referrals" }).First.WaitForAsync(new() { Timeout = 30_000 });

        var sent = await GiveToMarcusAsync(fixture, posted, timeout.Token);
        var card = page.Locator(".ac-adaptiveCard").Filter(new() { HasText = posted.ReferralId }).Last;
        Directory.CreateDirectory(LocalStack.ArtifactsFolder);
        try
        {
            await card.WaitForAsync(new() { Timeout = 30_000 });
            await card.ScrollIntoViewIfNeededAsync();
        }
        finally
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(LocalStack.ArtifactsFolder, "intake-card.png"), FullPage = true });
        }

        var before = await card.InnerTextAsync();
        Assert.Contains("Intake for you", before, StringComparison.Ordinal);
        Assert.Contains("Gregory Hale", before, StringComparison.Ordinal);
        Assert.True(await card.GetByRole(AriaRole.Button, new() { Name = "Book this time" }).IsVisibleAsync());
        Assert.True(await card.GetByRole(AriaRole.Button, new() { Name = "Accept" }).IsVisibleAsync());

        // Marcus books the first proposed time (his click, through the API: the page is the Playground's current user's).
        var intake = CardsIn(sent).Single();
        var slot = Slots(intake)[0];
        await playground.ExecuteAsync(posted.ConversationId, PlaygroundIds.Clinician, posted.MessageId, "bookEvaluation",
            DataOf(intake, ("slot", slot.Value)), timeout.Token);

        // The bot PUTs the updated card (the stream carries it); the Playground's page redraws it when the chat is
        // opened again.
        await playground.WaitForAsync(e => IsUpdate(e, PostConversationId(sent), MessageId(sent)!) && HasCardMentioning(e, "Evaluation completed"),
            Wait, "the intake card's update", fromIndex: 0);
        await page.GetByText("Referrals", new() { Exact = true }).First.ClickAsync();
        await page.GetByText("Personal Chat", new() { Exact = true }).First.ClickAsync();
        var booked = page.Locator(".ac-adaptiveCard").Filter(new() { HasText = "Evaluation booked for" }).Filter(new() { HasText = posted.ReferralId }).Last;
        try
        {
            await booked.WaitForAsync(new() { Timeout = 30_000 });
            await booked.ScrollIntoViewIfNeededAsync();
        }
        finally
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(LocalStack.ArtifactsFolder, "intake-card-booked.png"), FullPage = true });
        }

        var after = await booked.InnerTextAsync();
        Assert.Contains(slot.Title, after, StringComparison.Ordinal);
        Assert.True(await booked.GetByRole(AriaRole.Button, new() { Name = "Evaluation completed" }).IsVisibleAsync());
        Assert.Equal(0, await booked.GetByRole(AriaRole.Button, new() { Name = "Book this time" }).CountAsync());
    }
}
