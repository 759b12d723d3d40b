using Microsoft.Playwright;

namespace OutreachBot.Host.Tests.Infrastructure;

/// <summary>
/// Debian's headless Chromium, driven by Playwright, for the tests that look at the Agents Playground's own UI (the
/// real Adaptive Cards renderer). Shared by the Playground collection: launched once, on the first test that asks,
/// and each test gets its own browser context (no cookies or storage carried between tests).
/// </summary>
public sealed class PlaygroundBrowser : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly SemaphoreSlim _launching = new(1, 1);
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>Opens the Playground's UI at <paramref name="playground"/> in a new page of the given height.</summary>
    public async Task<PlaygroundPage> OpenAsync(Uri playground, int height = 1400)
    {
        ArgumentNullException.ThrowIfNull(playground);
        var browser = await BrowserAsync();
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1400, Height = height } });
        var page = await context.NewPageAsync();
        var stream = await PlaygroundStreamGuard.AttachAsync(page);
        var errors = PlaygroundPage.CollectErrors(page);
        await page.GotoAsync(playground.ToString(), new() { WaitUntil = WaitUntilState.NetworkIdle, Timeout = 60_000 });
        Directory.CreateDirectory(LocalStack.ArtifactsFolder);
        return new PlaygroundPage(context, page, stream, errors);
    }

    private async Task<IBrowser> BrowserAsync()
    {
        await _launching.WaitAsync();
        try
        {
            _playwright ??= await Playwright.CreateAsync();
            // Playwright gives each launch a fresh temporary profile (--user-data-dir) and removes it on close.
            return _browser ??= await _playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = "/usr/bin/chromium",
                Headless = true,
                Args = ChromiumArgs,
            });
        }
        finally
        {
            _launching.Release();
        }
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        _launching.Dispose();
    }
}
