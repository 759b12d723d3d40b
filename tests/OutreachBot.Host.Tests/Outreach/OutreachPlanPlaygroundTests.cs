using System.Text.Json.Nodes;
using MimeKit;
using OutreachBot.Host.Outreach;
using OutreachBot.Host.Tests.EndToEnd;
using OutreachBot.Host.Tests.Infrastructure;
using static OutreachBot.Host.Tests.Infrastructure.PlaygroundEvents;

namespace OutreachBot.Host.Tests.Outreach;

/// <summary>
/// <c>outreach plan</c> end to end through the Agents Playground (the referral posted first makes its referrer a
/// partner), one click on the plan's email button, and the plan card as a person sees it in the Playground's UI.
/// </summary>
[Collection(PlaygroundCollection.Name)]
public sealed class OutreachPlanPlaygroundTests(PlaygroundFixture fixture, PlaygroundBrowser browser) : IDisposable
{
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromMinutes(3));

    private PlaygroundClient Playground => fixture.Playground!;

    public void Dispose() => _timeout.Dispose();

    [Fact]
    public async Task OutreachPlan_InPersonalChat_ShowsThePartner_AndItsEmailButtonSendsOneEmailWithTheMaterials()
    {
        await fixture.PostReferralAsync("outreach-plan", _timeout.Token);
        var before = Playground.Events.Count;

        await Playground.SendMessageAsync(PlaygroundIds.PersonalChat, PlaygroundIds.IntakeCoordinator, "outreach plan", mentionBot: false, _timeout.Token);
        var reply = await Playground.WaitForAsync(e => IsCreate(e, PlaygroundIds.PersonalChat) && HasCardMentioning(e, "Outreach plan for"),
            TimeSpan.FromSeconds(30), "the outreach plan", fromIndex: before);

        var card = CardsIn(reply).Single();
        CardSchema.AssertValid(card);
        Assert.Contains("Northfield Orthopedics", card.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Gregory", card.ToJsonString(), StringComparison.Ordinal); // the test referral's patient
        // Other tests in this Playground add partners of their own: take the email action of Northfield's item.
        var northfield = Descendants(card).Last(n => n["type"]?.GetValue<string>() == "Container" && n.ToJsonString().Contains("Northfield Orthopedics", StringComparison.Ordinal));
        var send = Descendants(northfield).First(n => n["verb"]?.GetValue<string>() == OutreachPlanCard.EmailVerb && n["type"]?.GetValue<string>() == "Action.Execute");

        var first = await Playground.ExecuteAsync(PlaygroundIds.PersonalChat, PlaygroundIds.IntakeCoordinator, MessageId(reply)!, OutreachPlanCard.EmailVerb, send["data"]!.DeepClone().AsObject(), _timeout.Token);
        var again = await Playground.ExecuteAsync(PlaygroundIds.PersonalChat, PlaygroundIds.IntakeCoordinator, MessageId(reply)!, OutreachPlanCard.EmailVerb, send["data"]!.DeepClone().AsObject(), _timeout.Token);

        var firstAnswer = first!.ToJsonString();
        Assert.True(firstAnswer.Contains("Sent to rdelgado@northfieldortho.example", StringComparison.Ordinal), firstAnswer);
        Assert.Contains("Already done", again!.ToJsonString(), StringComparison.Ordinal);
        var message = await MimeMessage.LoadAsync(Assert.Single(Directory.GetFiles(Path.Combine(fixture.Bot!.OutboxFolder, "outreach"))), _timeout.Token);
        Assert.Equal(["rdelgado@northfieldortho.example"], message.To.Mailboxes.Select(m => m.Address));
        var files = message.Attachments.Select(a => a.ContentDisposition?.FileName).ToList();
        if (send["data"]!["purpose"]!.GetValue<string>() == nameof(OutreachEmailPurpose.Update))
        {
            Assert.Empty(files); // the monthly news carries no materials
        }
        else
        {
            Assert.Contains("test-clinic-hand-sheet.html", files);
        }
    }

    [Fact]
    public async Task PlaygroundUi_ShowsThePlanCard()
    {
        await fixture.PostReferralAsync("outreach-browser", _timeout.Token);
        await using var ui = await browser.OpenAsync(Playground.BaseUrl, height: 1600);
        await ui.OpenAsync("Personal Chat");
        await ui.Page.Locator("[contenteditable='true']").First.WaitForAsync(new() { Timeout = PlaygroundPage.Timeout });
        await ui.SayAsync("outreach plan");
        var card = await ui.ShowAsync(ui.Cards("Outreach plan for").Last, "outreach-plan.png");

        var text = await card.InnerTextAsync();
        Assert.Contains("Northfield Orthopedics", text, StringComparison.Ordinal);
        Assert.Contains("Why:", text, StringComparison.Ordinal);
        Assert.Contains("Schedule call or visit", text, StringComparison.Ordinal);
    }

    private static IEnumerable<JsonObject> Descendants(JsonNode? node) => node switch
    {
        JsonObject obj => new[] { obj }.Concat(obj.SelectMany(p => Descendants(p.Value))),
        JsonArray array => array.SelectMany(Descendants),
        _ => [],
    };
}
