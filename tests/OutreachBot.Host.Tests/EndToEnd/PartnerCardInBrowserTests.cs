using OutreachBot.Host.Tests.Infrastructure;

namespace OutreachBot.Host.Tests.EndToEnd;

/// <summary>The partner card as a person sees it in the Playground's UI (headless Chromium): artifacts/partner-card.png.</summary>
[Collection(PlaygroundCollection.Name)]
public sealed class PartnerCardInBrowserTests(PlaygroundFixture fixture, PlaygroundBrowser browser)
{
    [Fact]
    public async Task PlaygroundUi_ShowsThePartnerCard()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var name = await PartnerCommandsTests.AddPartnerAsync(fixture.Playground!, timeout.Token);

        await using var ui = await browser.OpenAsync(fixture.Playground!.BaseUrl, height: 1600);
        await ui.OpenAsync("Personal Chat");
        await ui.Page.Locator("[contenteditable='true']").First.WaitForAsync(new() { Timeout = PlaygroundPage.Timeout });
        await ui.SayAsync("partner " + name);
        var card = await ui.ShowAsync(ui.Cards("Recent history", name).Last, "partner-card.png");

        var text = await card.InnerTextAsync();
        Assert.Contains("Outpatient therapy", text, StringComparison.Ordinal);
        Assert.Contains("Priya Shah", text, StringComparison.Ordinal);
    }
}
