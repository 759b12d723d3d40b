using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using OutreachBot.Host.Outreach;
using OutreachBot.Host.Tests.Infrastructure;
using Xunit.Abstractions;
using static OutreachBot.Host.Tests.Infrastructure.PlaygroundEvents;

namespace OutreachBot.Host.Tests.EndToEnd;

/// <summary>
/// The partner cards as a person sees them in the Playground's UI (headless Chromium), each typed by Dana in her
/// personal chat and screenshotted into artifacts/: the <c>partner add</c> form, the <c>partners</c> list, the
/// <c>partner import</c> report, the follow-up prompt after a visit (a proactive card) and the <c>outreach plan</c>.
/// </summary>
[Collection(PlaygroundCollection.Name)]
public sealed class PartnerCardsInBrowserTests(PlaygroundFixture fixture, PlaygroundBrowser browser, ITestOutputHelper output) : IDisposable
{
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromMinutes(3));

    private PlaygroundClient Playground => fixture.Playground!;

    public void Dispose() => _timeout.Dispose();

    [Fact]
    public async Task PlaygroundUi_ShowsThePartnerAddForm()
    {
        await using var ui = await PersonalChatAsync();
        await ui.SayAsync("partner add");

        var card = await ui.ShowAsync(ui.Cards("Add a referral partner").Last, "partner-add-form.png");

        await PlaygroundPage.ShotAsync(card, "partner-add-form-card.png");
        Assert.Contains("Organisation", await card.InnerTextAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task PlaygroundUi_ShowsThePartnersList_WithAnAddedPartner()
    {
        var name = await PartnerCommandsTests.AddPartnerAsync(Playground, _timeout.Token);
        await using var ui = await PersonalChatAsync();
        await ui.SayAsync("partners");

        var card = await ui.ShowAsync(ui.Cards("Referral partners", name).Last, "partners-list.png");

        Assert.Contains(name, await card.InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlaygroundUi_ShowsThePartnerImportReport_WithTheBadRowByLine()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        await using var ui = await PersonalChatAsync();
        await ui.Page.Locator("[contenteditable='true']").First.ClickAsync();

        // As pasted: Shift+Enter does not break a line in the Playground's box, inserted text keeps its line breaks.
        await ui.Page.Keyboard.InsertTextAsync(string.Join('\n',
            "partner import",
            "organization,setting,email",
            $"Bayview Hospital {suffix},Hospital,cm@bayview-{suffix}.example",
            $"Cedar School {suffix},School,not-an-address"));
        await ui.Page.Keyboard.PressAsync("Enter");
        var report = ui.Page.Locator("[data-tid], div").Filter(new() { HasText = "Imported 1 row(s)" }).Filter(new() { HasText = "line 3" }).Last;
        await ui.ShowAsync(report, "partner-import.png");

        Assert.Contains("not an email address", await report.InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AfterAVisitWithAPartner_ThePromptCardIsSentToTheStaffMember_AndScreenshottedInTheUi()
    {
        var name = await PartnerCommandsTests.AddPartnerAsync(Playground, _timeout.Token);
        var email = $"pshah@lakeview-{name[(name.LastIndexOf(' ') + 1)..]}.example";
        await using var ui = await PersonalChatAsync();
        var end = DateTimeOffset.UtcNow.AddMinutes(-5);
        await File.WriteAllTextAsync(
            Path.Combine(fixture.Bot!.CalendarFolder, PlaygroundIds.IntakeCoordinatorAadObjectId + ".ics"),
            string.Join("\r\n",
                "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", "BEGIN:VEVENT", $"UID:visit-{Guid.NewGuid():N}@test.example",
                $"DTSTAMP:{Ics(end.AddDays(-1))}", $"DTSTART:{Ics(end.AddHours(-1))}", $"DTEND:{Ics(end)}", "SUMMARY:Visit to drop off intake packets",
                $"ATTENDEE;CN=Priya Shah:mailto:{email}", "END:VEVENT", "END:VCALENDAR", ""),
            _timeout.Token);
        var before = Playground.Events.Count;

        // The rhythm checks calendars every 15 minutes; the check it runs is asked for now.
        var prompted = await fixture.Bot.Services.GetRequiredService<AfterContactPrompts>().CheckOnceAsync(_timeout.Token);

        Assert.Equal(1, prompted);
        var sent = await Playground.WaitForAsync(e => IsCreate(e, PlaygroundIds.PersonalChat) && HasCardMentioning(e, "Follow up with " + name),
            TimeSpan.FromSeconds(30), "the follow-up prompt", fromIndex: before);
        var card = CardsIn(sent).Single();
        CardSchema.AssertValid(card);
        Assert.Contains(email, card.ToJsonString(), StringComparison.Ordinal);

        var drawn = await ui.DrawnAsync(ui.Cards("Follow up with " + name).Last, "after-contact-prompt.png", "the follow-up prompt");
        Assert.Contains("Send follow-up", await drawn.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Matches(@"Kind regards,\s*\n\s*Dana Whitfield\s*\n\s*Test Clinic", await drawn.InnerTextAsync()); // signed by the person it is for, line by line
    }

    [Fact]
    public async Task PlaygroundUi_ShowsTheOutreachPlan_AskedForOnDemand()
    {
        var name = await PartnerCommandsTests.AddPartnerAsync(Playground, _timeout.Token);
        await using var ui = await PersonalChatAsync();
        await ui.SayAsync("outreach plan");

        var card = await ui.DrawnAsync(ui.Cards("Outreach plan for ").Last, "outreach-plan.png", "the outreach plan");

        await PlaygroundPage.ShotAsync(card, "outreach-plan-card.png");
        var text = await card.InnerTextAsync();
        Assert.Contains("Why:", text, StringComparison.Ordinal); // at least one suggestion: the directory holds a partner never contacted
        Assert.Contains("Log outcome", text, StringComparison.Ordinal);
        output.WriteLine($"Partner added for the plan: {name}");
    }

    private async Task<PlaygroundPage> PersonalChatAsync()
    {
        var ui = await browser.OpenAsync(Playground.BaseUrl, height: 1600);
        await ui.OpenAsync("Personal Chat");
        await ui.Page.Locator("[contenteditable='true']").First.WaitForAsync(new() { Timeout = PlaygroundPage.Timeout });
        return ui;
    }

    private static string Ics(DateTimeOffset at) => at.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
}
