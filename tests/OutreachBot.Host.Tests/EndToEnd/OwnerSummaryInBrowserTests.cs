using Microsoft.Playwright;
using OutreachBot.Host.Tests.Infrastructure;

namespace OutreachBot.Host.Tests.EndToEnd;

/// <summary>
/// The owners' summary cards as a person sees them: the Playground's UI and its Adaptive Cards renderer in headless
/// Chromium; the Playground draws Teams' charts (Chart.HorizontalBar, Chart.VerticalBar, Chart.Donut).
/// </summary>
[Collection(PlaygroundCollection.Name)]
public sealed class OwnerSummaryInBrowserTests(PlaygroundFixture fixture)
{
    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    [Fact]
    public async Task PlaygroundUi_ShowsEachOwnerSummaryCard()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await fixture.PostReferralAsync("browser-summary", timeout.Token);

        using var pw = await Playwright.CreateAsync();
        var userData = Directory.CreateTempSubdirectory("outreachbot-chromium-");
        await using var browser = await pw.Chromium.LaunchPersistentContextAsync(userData.FullName, new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArgs,
            ViewportSize = new() { Width = 1400, Height = 1600 },
        });
        var page = browser.Pages.Count > 0 ? browser.Pages[0] : await browser.NewPageAsync();
        await page.GotoAsync(fixture.Playground!.BaseUrl.ToString(), new() { WaitUntil = WaitUntilState.NetworkIdle, Timeout = 60_000 });
        await page.GetByText("Personal Chat", new() { Exact = true }).First.ClickAsync();
        await page.Locator(".ac-adaptiveCard").First.WaitForAsync(new() { Timeout = 30_000 });
        Directory.CreateDirectory(LocalStack.ArtifactsFolder);

        foreach (var (command, heading, file, expected) in new[]
        {
            ("summary", "Referral pipeline this week", "owner-summary-this-week.png", "Referrals received"),
            ("summary this month", "Referral pipeline this month", "owner-summary-this-month.png", "Time to first contact"),
            ("sources", "Referral sources", "owner-sources.png", "Northfield Orthopedics"),
            ("stalled", "Stalled referrals", "owner-stalled.png", "no movement"),
        })
        {
            await page.Locator("[contenteditable='true']").First.ClickAsync();
            await page.Keyboard.TypeAsync(command);
            await page.Keyboard.PressAsync("Enter");
            var card = page.Locator(".ac-adaptiveCard").Filter(new() { HasText = heading }).Last;
            try
            {
                await card.WaitForAsync(new() { Timeout = 30_000 });
                await card.ScrollIntoViewIfNeededAsync();
            }
            finally
            {
                await page.ScreenshotAsync(new() { Path = Path.Combine(LocalStack.ArtifactsFolder, file), FullPage = true });
            }

            Assert.Contains(expected, await card.InnerTextAsync(), StringComparison.Ordinal);
        }
    }
}
