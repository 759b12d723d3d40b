using Azure.Data.Tables;
using OutreachBot.Host.Tests.Infrastructure;
using static OutreachBot.Host.Tests.Infrastructure.PlaygroundEvents;

namespace OutreachBot.Host.Tests.EndToEnd;

/// <summary>The parts of the protocol a Teams client exercises besides Action.Execute: Action.Submit and installation.</summary>
[Collection(PlaygroundCollection.Name)]
public sealed class CardFallbackAndInstallTests(PlaygroundFixture fixture)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task AssignThroughActionSubmitFallback_UpdatesTheCardAndRecordsTheAssignment()
    {
        var playground = fixture.Playground!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var before = playground.Events.Count;
        await playground.SendMessageAsync(PlaygroundIds.ReferralsChannel, PlaygroundIds.IntakeCoordinator, "use this channel for referrals", mentionBot: true, timeout.Token);
        fixture.Bot!.DropMessage("submit-referral.eml", TestMessages.HandReferral($"submit-{Guid.NewGuid():N}@northfieldortho.example"));
        var posted = await playground.WaitForAsync(
            e => IsCreate(e, PlaygroundIds.ReferralsChannel) && HasCardMentioning(e, "Northfield Orthopedics"), Wait, "the triage card", fromIndex: before);
        var fallback = CardsIn(posted).Single()["actions"]![0]!["fallback"]!;
        Assert.Equal("Action.Submit", fallback["type"]!.GetValue<string>());

        await playground.SubmitAsync(PostConversationId(posted), PlaygroundIds.Clinician, MessageId(posted)!, fallback["data"]!.DeepClone().AsObject(), timeout.Token);

        var updated = await playground.WaitForAsync(
            e => IsUpdate(e, PlaygroundIds.ReferralsChannel, MessageId(posted)!) && HasCardMentioning(e, "Assigned to Marcus Oyelaran"),
            Wait, "the card updated after Action.Submit");
        CardSchema.AssertValid(CardsIn(updated).Single());
        var referralId = fallback["data"]!["referralId"]!.GetValue<string>();
        var referrals = new TableClient(LocalStack.TablesConnectionString, fixture.Bot.TablePrefix + "Referrals");
        var row = (await referrals.GetEntityAsync<TableEntity>(referralId, "referral", cancellationToken: timeout.Token)).Value;
        Assert.Equal("Marcus Oyelaran", row.GetString("AssignedToName"));
    }

    [Fact]
    public async Task InstallingTheApp_InAPersonalChat_GreetsWithTheHelpCard()
    {
        var playground = fixture.Playground!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var before = playground.Events.Count;

        await playground.InstallAsync(PlaygroundIds.PersonalChat, timeout.Token);

        var greeting = await playground.WaitForAsync(
            e => IsCreate(e, PlaygroundIds.PersonalChat) && HasCardMentioning(e, "use this channel for referrals"), Wait, "the greeting", fromIndex: before);
        CardSchema.AssertValid(CardsIn(greeting).Single());
    }
}
