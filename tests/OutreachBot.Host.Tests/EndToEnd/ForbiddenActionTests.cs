using System.Text.Json.Nodes;
using Azure.Data.Tables;
using OutreachBot.Host.Pipeline;
using OutreachBot.Host.Tests.Infrastructure;
using static OutreachBot.Host.Tests.Infrastructure.PlaygroundEvents;

namespace OutreachBot.Host.Tests.EndToEnd;

/// <summary>Every action is authorised: someone who may not act gets a clear message, and nothing changes.</summary>
[Collection(PlaygroundCollection.Name)]
public sealed class ForbiddenActionTests(PlaygroundFixture fixture)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    [Theory]
    [InlineData(PlaygroundIds.NotOnStaff, "staff list")]
    [InlineData(PlaygroundIds.PediatricClinician, "not one of yours")]
    public async Task AssignToMe_BySomeoneWhoMayNotTakeIt_SaysWhyAndChangesNothing(string userId, string expected)
    {
        var playground = fixture.Playground!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var before = playground.Events.Count;
        var (posted, referralId) = await fixture.PostReferralAsync("forbidden", timeout.Token);

        var response = await playground.ExecuteAsync(PostConversationId(posted), userId, MessageId(posted)!,
            "assignToMe", new JsonObject { ["referralId"] = referralId }, timeout.Token);

        Assert.Equal("application/vnd.microsoft.activity.message", response!["type"]!.GetValue<string>());
        Assert.Contains(expected, response["value"]!.GetValue<string>(), StringComparison.Ordinal);
        var referrals = new TableClient(LocalStack.TablesConnectionString, fixture.Bot!.TablePrefix + "Referrals");
        var row = (await referrals.GetEntityAsync<TableEntity>(referralId, ReferralRow.RowKeyFor(referralId), cancellationToken: timeout.Token)).Value;
        Assert.Null(row.GetString("AssignedToId"));
        Assert.DoesNotContain(playground.Events.Skip(before), e => IsUpdate(e, PlaygroundIds.ReferralsChannel, MessageId(posted)!));
    }
}
