using Azure.Data.Tables;
using OutreachBot.Host.Pipeline;
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
        var posted = await fixture.PostReferralAsync("submit", timeout.Token);
        var fallback = CardsIn(posted.Card).Single()["actions"]![0]!["fallback"]!;
        Assert.Equal("Action.Submit", fallback["type"]!.GetValue<string>());

        await playground.SubmitAsync(posted.ConversationId, PlaygroundIds.Clinician, posted.MessageId, fallback["data"]!.DeepClone().AsObject(), timeout.Token);

        var updated = await playground.WaitForAsync(
            e => IsUpdate(e, PlaygroundIds.ReferralsChannel, posted.MessageId) && HasCardMentioning(e, "Assigned to Marcus Oyelaran"),
            Wait, "the card updated after Action.Submit");
        CardSchema.AssertValid(CardsIn(updated).Single());
        var referralId = posted.ReferralId;
        var referrals = new TableClient(LocalStack.TablesConnectionString, fixture.Bot!.TablePrefix + "Referrals");
        var row = (await referrals.GetEntityAsync<TableEntity>(referralId, ReferralRow.RowKeyFor(referralId), cancellationToken: timeout.Token)).Value;
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
