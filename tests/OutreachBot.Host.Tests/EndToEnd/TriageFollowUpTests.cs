using System.Text.Json.Nodes;
using Azure.Data.Tables;
using MimeKit;
using OutreachBot.Host.Pipeline;
using OutreachBot.Host.Tests.Infrastructure;
using static OutreachBot.Host.Tests.Infrastructure.PlaygroundEvents;

namespace OutreachBot.Host.Tests.EndToEnd;

/// <summary>
/// Triage on real parts (the Playground, the bot, Azurite, the outbox folder): two people at once, the same invoke
/// twice, a forbidden user, a request for missing information that sends one email, a decline, a merge.
/// </summary>
[Collection(PlaygroundCollection.Name)]
public sealed class TriageFollowUpTests(PlaygroundFixture fixture) : IDisposable
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromMinutes(2));
    private PlaygroundClient Playground => fixture.Playground!;
    private string Outbox => fixture.Bot!.OutboxFolder;

    [Fact]
    public async Task TwoUsersAssigningAtOnce_ExactlyOneWins_AndBothSeeWhoHasIt()
    {
        var (posted, referralId) = await fixture.PostReferralAsync("race", _timeout.Token);

        var answers = await Task.WhenAll(
            ExecuteAsync(posted, PlaygroundIds.IntakeCoordinator, "assignToMe", referralId),
            ExecuteAsync(posted, PlaygroundIds.Clinician, "assignToMe", referralId));

        var (row, history) = await ReadAsync(referralId);
        var winner = row.GetString("AssignedToName");
        Assert.Contains(winner, new[] { "Dana Whitfield", "Marcus Oyelaran" });
        Assert.All(answers, a => Assert.Contains($"Assigned to {winner}", a["value"]!.ToJsonString(), StringComparison.Ordinal));
        Assert.Single(history, e => e.GetString("Kind") == "Assigned");
    }

    [Fact]
    public async Task RequestMissingInfo_TheSameInvokeDeliveredTwice_SendsOneEmailInTheThread_AndTheCardSaysSo()
    {
        var (posted, referralId) = await fixture.PostReferralAsync("missing-info", _timeout.Token);
        var before = Playground.Events.Count;
        var request = RequestData(referralId, "1");

        // Teams retries an invoke it did not see answered: the same activity, twice, even at the same moment.
        var answers = await Task.WhenAll(
            ExecuteAsync(posted, PlaygroundIds.IntakeCoordinator, "requestMissingInfo", request),
            ExecuteAsync(posted, PlaygroundIds.IntakeCoordinator, "requestMissingInfo", request));
        var again = await ExecuteAsync(posted, PlaygroundIds.IntakeCoordinator, "requestMissingInfo", request);

        var letters = TriageLetters.LettersAbout(Outbox, referralId);
        var letter = Assert.Single(letters);
        Assert.Equal(TriageLetters.OutboxFile(Outbox, referralId, "missing-info-1"), letter);
        var mail = await MimeMessage.LoadAsync(letter, _timeout.Token);
        Assert.Equal("rdelgado@northfieldortho.example", mail.To.Mailboxes.Single().Address);
        Assert.EndsWith("@northfieldortho.example", mail.InReplyTo, StringComparison.Ordinal);
        Assert.Contains("- insurance\n- a copy of the operative note", mail.TextBody!.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.DoesNotContain("S62", mail.TextBody, StringComparison.Ordinal);
        var (row, history) = await ReadAsync(referralId);
        Assert.Equal(1, row.GetInt32("InfoRequests"));
        Assert.Single(history, e => e.GetString("Kind") == "MissingInfoRequested");
        Assert.All(answers.Append(again), a => Assert.Contains("Info requested", a["value"]!.ToJsonString(), StringComparison.Ordinal));
        var updated = await Playground.WaitForAsync(
            e => IsUpdate(e, PlaygroundIds.ReferralsChannel, MessageId(posted)!) && HasCardMentioning(e, "Info requested"),
            Wait, "the channel card saying info was requested", fromIndex: before);
        CardSchema.AssertValid(CardsIn(updated).Single());

        // A deliberate second request later (the card's next number) is a second email.
        await ExecuteAsync(posted, PlaygroundIds.IntakeCoordinator, "requestMissingInfo", RequestData(referralId, "2"));

        Assert.Equal(2, TriageLetters.LettersAbout(Outbox, referralId).Length);
        Assert.True(File.Exists(TriageLetters.OutboxFile(Outbox, referralId, "missing-info-2")));
    }

    [Theory]
    [InlineData(PlaygroundIds.NotOnStaff, "requestMissingInfo", "staff list")]
    [InlineData(PlaygroundIds.Clinician, "requestMissingInfo", "Only intake staff or the person who has this intake")]
    [InlineData(PlaygroundIds.NotOnStaff, "declineReferral", "staff list")]
    [InlineData(PlaygroundIds.Clinician, "declineReferral", "Only intake staff and owners can decline")]
    [InlineData(PlaygroundIds.PediatricClinician, "mergeReferral", "Only intake staff and owners can merge")]
    [InlineData(PlaygroundIds.NotOnStaff, "chooseMerge", "staff list")]
    public async Task ForbiddenUser_GetsAClearMessage_AndNothingChangesOrIsSent(string userId, string verb, string expected)
    {
        var (posted, referralId) = await fixture.PostReferralAsync("forbidden-follow-up", _timeout.Token);
        var before = Playground.Events.Count;
        var data = RequestData(referralId, "1");
        data["declineReason"] = "caseload-full";
        data["mergeWithId"] = "R-0000000000";

        var response = await Playground.ExecuteAsync(PostConversationId(posted), userId, MessageId(posted)!, verb, data, _timeout.Token);

        Assert.Equal("application/vnd.microsoft.activity.message", response!["type"]!.GetValue<string>());
        Assert.Contains(expected, response["value"]!.GetValue<string>(), StringComparison.Ordinal);
        var (row, history) = await ReadAsync(referralId);
        Assert.Equal("Received", row.GetString("Stage"));
        Assert.Equal(0, row.GetInt32("InfoRequests"));
        Assert.Equal(["Received"], history.Select(e => e.GetString("Kind")));
        Assert.Empty(TriageLetters.LettersAbout(Outbox, referralId));
        Assert.DoesNotContain(Playground.Events.Skip(before), e => IsUpdate(e, PlaygroundIds.ReferralsChannel, MessageId(posted)!));
    }

    [Fact]
    public async Task Decline_MovesToTheDeclinedExit_TellsTheReferrerOnce_AndUpdatesTheChannelCard()
    {
        var (posted, referralId) = await fixture.PostReferralAsync("decline", _timeout.Token);
        var before = Playground.Events.Count;
        var data = new JsonObject { ["referralId"] = referralId, ["declineReason"] = "insurance-not-accepted", ["declineNote"] = "" };

        var first = await ExecuteAsync(posted, PlaygroundIds.IntakeCoordinator, "declineReferral", data);
        var retry = await ExecuteAsync(posted, PlaygroundIds.IntakeCoordinator, "declineReferral", data);

        Assert.Contains("Declined: Insurance not accepted", first["value"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Null(retry["value"]!["actions"]);
        var letter = Assert.Single(TriageLetters.LettersAbout(Outbox, referralId));
        Assert.Equal(TriageLetters.OutboxFile(Outbox, referralId, "decline"), letter);
        Assert.Contains("not in network", (await MimeMessage.LoadAsync(letter, _timeout.Token)).TextBody, StringComparison.Ordinal);
        var (row, history) = await ReadAsync(referralId);
        Assert.Equal("Declined", row.GetString("Stage"));
        Assert.Equal("insurance-not-accepted", row.GetString("DeclineReason"));
        var declined = Assert.Single(history, e => e.GetString("Kind") == "Declined");
        Assert.Equal("Dana Whitfield", declined.GetString("ActorName"));
        await Playground.WaitForAsync(
            e => IsUpdate(e, PlaygroundIds.ReferralsChannel, MessageId(posted)!) && HasCardMentioning(e, "Declined: Insurance not accepted"),
            Wait, "the channel card saying it was declined", fromIndex: before);
    }

    [Fact]
    public async Task Merge_ClosesTheLaterAsADuplicate_TheEarlierTakesInWhatItKnew_AndBothCardsSaySo()
    {
        var now = DateTimeOffset.UtcNow;
        var (first, firstId) = await PostAsync($"merge-a-{Guid.NewGuid():N}@northfieldortho.example", now.AddHours(-3), withInsurance: false);
        var (second, secondId) = await PostAsync($"merge-b-{Guid.NewGuid():N}@northfieldortho.example", now.AddHours(-1), withInsurance: true);
        Assert.Contains("insurance", (await ReadAsync(firstId)).Row.GetString("MissingItemsJson"), StringComparison.Ordinal);
        var before = Playground.Events.Count;

        var picker = await ExecuteAsync(second, PlaygroundIds.IntakeCoordinator, "chooseMerge", new JsonObject { ["referralId"] = secondId });
        Assert.Contains(firstId, picker["value"]!.ToJsonString(), StringComparison.Ordinal);
        CardSchema.AssertValid(picker["value"]!);
        var merge = new JsonObject { ["referralId"] = secondId, ["mergeWith"] = firstId, ["mergeWithId"] = "" };
        var answer = await ExecuteAsync(second, PlaygroundIds.IntakeCoordinator, "mergeReferral", merge);
        await ExecuteAsync(second, PlaygroundIds.IntakeCoordinator, "mergeReferral", merge);

        Assert.Contains($"merged into {firstId}", answer["value"]!.ToJsonString(), StringComparison.Ordinal);
        var (duplicate, duplicateHistory) = await ReadAsync(secondId);
        var (survivor, survivorHistory) = await ReadAsync(firstId);
        Assert.Equal("Closed", duplicate.GetString("Stage"));
        Assert.Equal(firstId, duplicate.GetString("MergedInto"));
        Assert.Equal("Received", survivor.GetString("Stage"));
        Assert.DoesNotContain("insurance", survivor.GetString("MissingItemsJson"), StringComparison.Ordinal);
        Assert.Contains(secondId, survivor.GetString("MergedDuplicatesJson"), StringComparison.Ordinal);
        Assert.Equal(firstId, Assert.Single(duplicateHistory, e => e.GetString("Kind") == "MergedInto").GetString("Detail"));
        Assert.Equal(secondId, Assert.Single(survivorHistory, e => e.GetString("Kind") == "DuplicateMerged").GetString("Detail"));
        await Playground.WaitForAsync(
            e => IsUpdate(e, PlaygroundIds.ReferralsChannel, MessageId(second)!) && HasCardMentioning(e, $"merged into {firstId}"),
            Wait, "the duplicate's card pointing to the survivor", fromIndex: before);
        await Playground.WaitForAsync(
            e => IsUpdate(e, PlaygroundIds.ReferralsChannel, MessageId(first)!) && HasCardMentioning(e, $"Duplicates merged in: {secondId}"),
            Wait, "the survivor's card", fromIndex: before);
    }

    private async Task<(JsonNode Posted, string ReferralId)> PostAsync(string messageId, DateTimeOffset sentAt, bool withInsurance)
    {
        var before = Playground.Events.Count;
        await Playground.SendMessageAsync(PlaygroundIds.ReferralsChannel, PlaygroundIds.IntakeCoordinator, "use this channel for referrals", mentionBot: true, _timeout.Token);
        var referralId = TriageLetters.IdOf(messageId);
        fixture.Bot!.DropMessage(referralId + ".eml", TriageLetters.HandReferral(messageId, sentAt, withInsurance));
        var posted = await Playground.WaitForAsync(e => IsCreate(e, PlaygroundIds.ReferralsChannel) && HasCardMentioning(e, referralId),
            Wait, $"the card of {referralId}", fromIndex: before);
        return (posted, referralId);
    }

    private static JsonObject RequestData(string referralId, string request) => new()
    {
        ["referralId"] = referralId,
        ["request"] = request,
        ["missing0"] = "insurance",
        ["missing1"] = "",
        ["otherItems"] = "a copy of the operative note",
    };

    private Task<JsonNode> ExecuteAsync(JsonNode posted, string userId, string verb, string referralId) =>
        ExecuteAsync(posted, userId, verb, new JsonObject { ["referralId"] = referralId });

    private async Task<JsonNode> ExecuteAsync(JsonNode posted, string userId, string verb, JsonObject data)
    {
        var response = await Playground.ExecuteAsync(PostConversationId(posted), userId, MessageId(posted)!, verb, (JsonObject)data.DeepClone(), _timeout.Token);
        Assert.NotNull(response);
        Assert.True(response["type"]!.GetValue<string>() == "application/vnd.microsoft.card.adaptive", $"{verb} by {userId} answered {response.ToJsonString()}");
        CardSchema.AssertValid(response["value"]!);
        return response;
    }

    private async Task<(TableEntity Row, List<TableEntity> History)> ReadAsync(string referralId)
    {
        var referrals = new TableClient(LocalStack.TablesConnectionString, fixture.Bot!.TablePrefix + "Referrals");
        var row = (await referrals.GetEntityAsync<TableEntity>(referralId, ReferralRow.RowKeyFor(referralId), cancellationToken: _timeout.Token)).Value;
        var history = new List<TableEntity>();
        await foreach (var entry in referrals.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {referralId} and RowKey gt {"event-"} and RowKey lt {"event."}"), cancellationToken: _timeout.Token))
        {
            history.Add(entry);
        }

        return (row, history);
    }

    public void Dispose() => _timeout.Dispose();
}
