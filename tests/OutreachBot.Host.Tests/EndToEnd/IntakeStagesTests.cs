using System.Text.Json.Nodes;
using Azure.Data.Tables;
using OutreachBot.Host.Pipeline;
using OutreachBot.Host.Tests.Infrastructure;
using static OutreachBot.Host.Tests.Infrastructure.PlaygroundEvents;

namespace OutreachBot.Host.Tests.EndToEnd;

/// <summary>Refresh into each viewer's card, first contact, "not a referral", and a repeated invoke changing nothing twice.</summary>
[Collection(PlaygroundCollection.Name)]
public sealed class IntakeStagesTests(PlaygroundFixture fixture)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Refresh_GivesEachViewerTheButtonsTheirRoleAllows()
    {
        var (posted, referralId) = await PostReferralAsync();

        var intake = await ExecuteAsync(posted, PlaygroundIds.IntakeCoordinator, "refreshReferral", referralId, trigger: "automatic");
        var otherPathway = await ExecuteAsync(posted, PlaygroundIds.PediatricClinician, "refreshReferral", referralId, trigger: "automatic");

        Assert.Equal(["assignToMe", "assignToClinician", "logFirstContact", "requestMissingInfo", "declineReferral", "chooseMerge", "notAReferral"], Verbs(intake));
        Assert.Empty(Verbs(otherPathway));
        CardSchema.AssertValid(intake["value"]!);
        CardSchema.AssertValid(otherPathway["value"]!);
    }

    [Fact]
    public async Task LogFirstContact_TwiceForTheSameCard_MovesTheReferralOnceAndRecordsHow()
    {
        var (posted, referralId) = await PostReferralAsync();

        var first = await ExecuteAsync(posted, PlaygroundIds.IntakeCoordinator, "logFirstContact", referralId, extra: ("contactMethod", "call"));
        var again = await ExecuteAsync(posted, PlaygroundIds.IntakeCoordinator, "logFirstContact", referralId, extra: ("contactMethod", "call"));

        Assert.Contains("First contact made", first["value"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("First contact made", again["value"]!.ToJsonString(), StringComparison.Ordinal);
        var (row, history) = await ReadAsync(referralId);
        Assert.Equal("FirstContact", row.GetString("Stage"));
        var contact = Assert.Single(history, e => e.GetString("Kind") == "StageChanged");
        Assert.Equal("call", contact.GetString("Detail"));
        Assert.Equal("Dana Whitfield", contact.GetString("ActorName"));
    }

    [Fact]
    public async Task NotAReferral_ClosesItAndRecordsTheCorrectionWithItsMessage()
    {
        var (posted, referralId) = await PostReferralAsync();

        var response = await ExecuteAsync(posted, PlaygroundIds.IntakeCoordinator, "notAReferral", referralId);

        Assert.Contains("Closed", response["value"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(Verbs(response));
        var (row, history) = await ReadAsync(referralId);
        Assert.Equal("Closed", row.GetString("Stage"));
        Assert.EndsWith("@northfieldortho.example", row.GetString("SourceMessageId"), StringComparison.Ordinal);
        Assert.Single(history, e => e.GetString("Kind") == "MarkedNotReferral");
    }

    private async Task<(JsonNode Posted, string ReferralId)> PostReferralAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var (card, referralId) = await fixture.PostReferralAsync("stages", timeout.Token);
        return (card, referralId);
    }

    private async Task<JsonNode> ExecuteAsync(JsonNode posted, string userId, string verb, string referralId, string trigger = "manual", (string Name, string Value)? extra = null)
    {
        using var timeout = new CancellationTokenSource(Wait);
        var data = new JsonObject { ["referralId"] = referralId };
        if (extra is var (name, value))
        {
            data[name] = value;
        }

        var response = await fixture.Playground!.ExecuteAsync(PostConversationId(posted), userId, MessageId(posted)!, verb, data, timeout.Token, trigger);
        Assert.NotNull(response);
        Assert.Equal("application/vnd.microsoft.card.adaptive", response["type"]!.GetValue<string>());
        return response;
    }

    private async Task<(TableEntity Row, List<TableEntity> History)> ReadAsync(string referralId)
    {
        var referrals = new TableClient(LocalStack.TablesConnectionString, fixture.Bot!.TablePrefix + "Referrals");
        var row = (await referrals.GetEntityAsync<TableEntity>(referralId, ReferralRow.RowKeyFor(referralId))).Value;
        var history = new List<TableEntity>();
        await foreach (var entry in referrals.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {referralId} and RowKey gt {"event-"} and RowKey lt {"event."}")))
        {
            history.Add(entry);
        }

        return (row, history);
    }

    private static List<string> Verbs(JsonNode response) =>
        [.. (response["value"]!["actions"] as JsonArray ?? []).Select(a => (a!["verb"] ?? a["card"]!["actions"]![0]!["verb"])!.GetValue<string>())];
}
