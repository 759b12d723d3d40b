using Microsoft.Playwright;
using OutreachBot.Host.Tests.Infrastructure;

namespace OutreachBot.Host.Tests.EndToEnd;

/// <summary>The partner card as a person sees it in the Playground's UI (headless Chromium): artifacts/partner-card.png.</summary>
[Collection(PlaygroundCollection.Name)]
public sealed class PartnerCardInBrowserTests(PlaygroundFixture fixture)
{
    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    [Fact]
    public async Task PlaygroundUi_ShowsThePartnerCard()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var name = await PartnerCommandsTests.AddPartnerAsync(fixture.Playground!, timeout.Token);

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
        await page.Locator("[contenteditable='true']").First.WaitForAsync(new() { Timeout = 30_000 });
        Directory.CreateDirectory(LocalStack.ArtifactsFolder);

        await page.Locator("[contenteditable='true']").First.ClickAsync();
        await page.Keyboard.TypeAsync("partner " + name);
        await page.Keyboard.PressAsync("Enter");
        var card = page.Locator(".ac-adaptiveCard").Filter(new() { HasText = "Recent history" }).Filter(new() { HasText = name }).Last;
        try
        {
            await card.WaitForAsync(new() { Timeout = 30_000 });
            await card.ScrollIntoViewIfNeededAsync();
        }
        finally
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(LocalStack.ArtifactsFolder, "partner-card.png"), FullPage = true });
        }

        var text = await card.InnerTextAsync();
        Assert.Contains("Outpatient therapy", text, StringComparison.Ordinal);
        Assert.Contains("Priya Shah", text, StringComparison.Ordinal);
        Directory.Delete(userData.FullName, recursive: true);
    }
}
