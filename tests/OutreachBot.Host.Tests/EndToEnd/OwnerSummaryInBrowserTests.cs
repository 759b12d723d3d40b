using OutreachBot.Host.Tests.Infrastructure;

namespace OutreachBot.Host.Tests.EndToEnd;

/// <summary>
/// The owners' summary cards as a person sees them: the Playground's UI and its Adaptive Cards renderer in headless
/// Chromium; the Playground draws Teams' charts (Chart.HorizontalBar, Chart.VerticalBar, Chart.Donut).
/// </summary>
[Collection(PlaygroundCollection.Name)]
public sealed class OwnerSummaryInBrowserTests(PlaygroundFixture fixture, PlaygroundBrowser browser)
{
    [Fact]
    public async Task PlaygroundUi_ShowsEachOwnerSummaryCard()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await fixture.PostReferralAsync("browser-summary", timeout.Token);

        await using var ui = await browser.OpenAsync(fixture.Playground!.BaseUrl, height: 1600);
        await ui.OpenAsync("Personal Chat");
        // Not any card: the install greeting may come late or not at all, so the page counts as live once "help" is answered.
        await ui.SayAsync("help");
        await ui.DrawnAsync(ui.Cards("use this channel for referrals").Last, "owner-summary-help.png", "the help card");

        foreach (var (command, heading, file, expected) in new[]
        {
            ("summary", "Referral pipeline this week", "owner-summary-this-week.png", "Referrals received"),
            ("summary this month", "Referral pipeline this month", "owner-summary-this-month.png", "Time to first contact"),
            ("sources", "Referral sources", "owner-sources.png", "Northfield Orthopedics"),
            ("stalled", "Stalled referrals", "owner-stalled.png", "no movement"),
        })
        {
            await ui.SayAsync(command);
            var card = await ui.ShowAsync(ui.Cards(heading).Last, file);
            Assert.Contains(expected, await card.InnerTextAsync(), StringComparison.Ordinal);
        }
    }
}
