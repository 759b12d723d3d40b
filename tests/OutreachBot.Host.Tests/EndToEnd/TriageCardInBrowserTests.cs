using Microsoft.Playwright;
using OutreachBot.Host.Tests.Infrastructure;
using static OutreachBot.Host.Tests.Infrastructure.PlaygroundEvents;

namespace OutreachBot.Host.Tests.EndToEnd;

/// <summary>What a person sees: the Playground's own UI, with the real Adaptive Cards renderer, in headless Chromium.</summary>
[Collection(PlaygroundCollection.Name)]
public sealed class TriageCardInBrowserTests(PlaygroundFixture fixture)
{
    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

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

        using var pw = await Playwright.CreateAsync();
        var userData = Directory.CreateTempSubdirectory("outreachbot-chromium-");
        await using var browser = await pw.Chromium.LaunchPersistentContextAsync(userData.FullName, new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArgs,
            ViewportSize = new() { Width = 1400, Height = 1000 },
        });
        var page = browser.Pages.Count > 0 ? browser.Pages[0] : await browser.NewPageAsync();
        await page.GotoAsync(playground.BaseUrl.ToString(), new() { WaitUntil = WaitUntilState.NetworkIdle, Timeout = 60_000 });
        await page.GetByText("Referrals", new() { Exact = true }).First.ClickAsync();

        // Opening the channel installs the app there and the bot greets: the page is live once that card shows.
        await page.Locator(".ac-adaptiveCard").Filter(new() { HasText = "use this channel for referrals" }).First
            .WaitForAsync(new() { Timeout = 30_000 });

        // The page shows what arrives while it is open, as Teams does for a client that just connected.
        before = playground.Events.Count;
        fixture.Bot!.DropMessage("browser-referral.eml", TestMessages.HandReferral($"browser-{Guid.NewGuid():N}@northfieldortho.example"));
        await playground.WaitForAsync(e => IsCreate(e, PlaygroundIds.ReferralsChannel) && HasCardMentioning(e, "Northfield Orthopedics"),
            TimeSpan.FromSeconds(30), "the triage card", fromIndex: before);

        // The card as the Adaptive Cards renderer drew it: the heading, the referrer and the button, not raw JSON.
        var card = page.Locator(".ac-adaptiveCard").Filter(new() { HasText = "Northfield Orthopedics" }).Last;
        Directory.CreateDirectory(LocalStack.ArtifactsFolder);
        try
        {
            await card.WaitForAsync(new() { Timeout = 30_000 });
        }
        finally
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(LocalStack.ArtifactsFolder, "triage-card.png"), FullPage = true });
        }

        var text = await card.InnerTextAsync();
        Assert.Contains("New referral", text, StringComparison.Ordinal);
        Assert.Contains("G.H.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Gregory", text, StringComparison.Ordinal);

        // A person clicks the button: the Playground sends the Action.Execute invoke; the bot updates the channel's card
        // for everyone (the Playground shows that one: it has no user-specific views).
        await card.GetByRole(AriaRole.Button, new() { Name = "Assign to me" }).ClickAsync();
        var assigned = page.Locator(".ac-adaptiveCard").Filter(new() { HasText = "Assigned to Dana Whitfield" }).First;
        await assigned.WaitForAsync(new() { Timeout = 30_000 });
        await page.ScreenshotAsync(new() { Path = Path.Combine(LocalStack.ArtifactsFolder, "triage-card-assigned.png"), FullPage = true });
        Assert.True(await assigned.GetByRole(AriaRole.Button, new() { Name = "Log first contact" }).IsVisibleAsync());
        Assert.Equal(0, await assigned.GetByRole(AriaRole.Button, new() { Name = "Assign to me" }).CountAsync());

        // The 1:1 chat: the greeting (help) card from installation, then the summary a person asks for.
        await page.GetByText("Personal Chat", new() { Exact = true }).First.ClickAsync();
        var help = page.Locator(".ac-adaptiveCard").Filter(new() { HasText = "use this channel for referrals" }).First;
        await help.WaitForAsync(new() { Timeout = 30_000 });
        await page.ScreenshotAsync(new() { Path = Path.Combine(LocalStack.ArtifactsFolder, "help-card.png"), FullPage = true });
        await page.Locator("[contenteditable='true']").First.ClickAsync();
        await page.Keyboard.TypeAsync("summary");
        await page.Keyboard.PressAsync("Enter");
        var summary = page.Locator(".ac-adaptiveCard").Filter(new() { HasText = "Referral pipeline this week" }).First;
        try
        {
            await summary.WaitForAsync(new() { Timeout = 30_000 });
        }
        finally
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(LocalStack.ArtifactsFolder, "summary-card.png"), FullPage = true });
        }

        await page.ScreenshotAsync(new() { Path = Path.Combine(LocalStack.ArtifactsFolder, "summary-card.png"), FullPage = true });
        Assert.Contains("Referrals received", await summary.InnerTextAsync(), StringComparison.Ordinal);
    }
}
