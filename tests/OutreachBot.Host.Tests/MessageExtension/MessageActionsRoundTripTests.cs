using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OutreachBot.Host.Mailbox;
using OutreachBot.Host.MessageExtension;
using OutreachBot.Host.Pipeline;
using OutreachBot.Host.Tests.Infrastructure;
using OutreachBot.Mime;
using static OutreachBot.Host.Tests.MessageExtension.MessageActionPayloads;

namespace OutreachBot.Host.Tests.MessageExtension;

/// <summary>
/// The message actions through the real app (Development, authentication off, Azurite): POST /api/messages with
/// composeExtension/fetchTask, fill the dialog as a person would, submitAction, and look in the tables.
/// </summary>
public sealed class MessageActionsRoundTripTests : IAsyncLifetime
{
    private const string FetchTask = "composeExtension/fetchTask";
    private const string SubmitAction = "composeExtension/submitAction";
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromSeconds(60));
    private OutreachBotApp _bot = null!;
    private HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _bot = new OutreachBotApp(FreePort(), new Dictionary<string, string?>
        {
            ["Staff:IntakeStaff:0"] = IntakeAadId,
            ["Clinic:TimeZone"] = "America/Chicago",
        });
        _bot.StartServer();
        _client = _bot.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _bot.DisposeAsync();
        _timeout.Dispose();
    }

    [Fact]
    public async Task LogAsReferral_FromATeamsMessage_PrefillsTheDialogAndCreatesOneReferral()
    {
        var payload = TeamsMessage("1700000000101");

        var card = await FetchCardAsync(MessageActionCommands.LogReferral, payload);
        CardSchema.AssertValid(card);
        Assert.Equal("G.H.", InputValue(card, ReferralDraftCard.PatientInitialsInput));
        Assert.Equal("Hand", InputValue(card, ReferralDraftCard.PathwayInput));
        Assert.Equal("Urgent", InputValue(card, ReferralDraftCard.UrgencyInput));
        Assert.Contains("Delgado", InputValue(card, ReferralDraftCard.ReferrerNameInput), StringComparison.Ordinal);
        Assert.DoesNotContain("Gregory", card.ToJsonString(), StringComparison.Ordinal);

        // The person corrects the pathway and submits.
        var first = await SubmitAsync(MessageActionCommands.LogReferral, payload, Filled(card, (ReferralDraftCard.PathwayInput, "Adult")));
        var again = await SubmitAsync(MessageActionCommands.LogReferral, payload, Filled(card));

        Assert.StartsWith("Logged as referral R-", first, StringComparison.Ordinal);
        var id = first.Split(' ')[3].TrimEnd('.');
        Assert.Equal($"This message is already referral {id}. Nothing new was made.", again);
        var row = Assert.IsType<ReferralRow>(await Store.FindAsync(id, _timeout.Token));
        Assert.Equal("Adult", row.Pathway);
        Assert.Equal("G.H.", row.PatientInitials);
        Assert.Equal(1, await ReferralsSinceAsync());
    }

    [Fact]
    public async Task LogAsReferral_OnAMessageTheMailboxAlreadyTook_MakesNoSecondReferral()
    {
        // The same referral arrived as an email in the referral mailbox first.
        var eml = TestMessages.HandReferral("mailbox-first@northfieldortho.example");
        var email = EmlMessageReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(eml)), DateTimeOffset.UtcNow, _timeout.Token);
        Assert.Equal(IntakeOutcome.NewReferral, await _bot.Services.GetRequiredService<MessageIntake>().TakeAsync(email, _timeout.Token));
        var fromMailbox = Clinic.Referrals.ReferralId.ForMessage("mailbox-first@northfieldortho.example");

        // Someone forwards it into Teams the same day and uses "Log as referral" on it: no Message-ID to go by.
        var teams = TeamsMessage("1700000000202");
        var teamsCard = await FetchCardAsync(MessageActionCommands.LogReferral, teams);
        var fromTeams = await SubmitAsync(MessageActionCommands.LogReferral, teams, Filled(teamsCard));

        // In Outlook, on the email itself: the payload's Internet Message-ID is the mailbox's.
        var outlook = TeamsMessage("AAMkAGI2TG93AAA=");
        outlook["internetMessageId"] = "<mailbox-first@northfieldortho.example>";
        var outlookCard = await FetchCardAsync(MessageActionCommands.LogReferral, outlook, channelId: "outlook");
        var fromOutlook = await SubmitAsync(MessageActionCommands.LogReferral, outlook, Filled(outlookCard), channelId: "outlook");

        Assert.Equal($"Already in the pipeline as referral {fromMailbox} (same referrer, patient and day). Nothing new was made.", fromTeams);
        Assert.Equal($"This message is already referral {fromMailbox}. Nothing new was made.", fromOutlook);
        Assert.Equal(1, await ReferralsSinceAsync());
    }

    [Fact]
    public async Task MessageActions_BySomeoneNotOnTheStaffList_AreRefusedAndChangeNothing()
    {
        var payload = TeamsMessage("1700000000303");

        var fetch = await InvokeAsync(Invoke(FetchTask, MessageActionCommands.LogReferral, (JsonObject)payload.DeepClone(), from: StrangerAadId));
        var submit = await InvokeAsync(Invoke(SubmitAction, MessageActionCommands.LogReferral, payload,
            new SubmittedSource("forged", DateTimeOffset.UtcNow, [], "msteams").ToData(), from: StrangerAadId));

        Assert.Contains("not on OutreachBot's staff list", fetch["task"]!["value"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("not on OutreachBot's staff list", submit["task"]!["value"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(0, await ReferralsSinceAsync());
    }

    [Fact]
    public async Task LogPartnerContact_RecordsTheOrganisationOnceAndNoMessageText()
    {
        var payload = TeamsMessage("1700000000404");

        var card = await FetchCardAsync(MessageActionCommands.LogPartnerContact, payload);
        CardSchema.AssertValid(card);
        Assert.Equal("Northfield Orthopedics", InputValue(card, PartnerContactCard.OrganizationInput));
        var first = await SubmitAsync(MessageActionCommands.LogPartnerContact, payload, Filled(card));
        var again = await SubmitAsync(MessageActionCommands.LogPartnerContact, payload, Filled(card));

        Assert.Equal("Partner contact logged.", first);
        Assert.Equal("This message was already logged as a partner contact.", again);
        var contacts = new List<PartnerContact>();
        await foreach (var c in _bot.Services.GetRequiredService<PartnerContacts>().ForOrganizationAsync("northfield orthopedics", _timeout.Token))
        {
            contacts.Add(c);
        }

        var contact = Assert.Single(contacts);
        Assert.Equal(IntakeAadId, contact.LoggedBy);
        Assert.Equal(0, await ReferralsSinceAsync());
    }

    private ReferralStore Store => _bot.Services.GetRequiredService<ReferralStore>();

    private async Task<int> ReferralsSinceAsync()
    {
        var count = 0;
        await foreach (var _ in Store.ReceivedSinceAsync(DateTimeOffset.UnixEpoch, _timeout.Token))
        {
            count++;
        }

        return count;
    }

    private async Task<JsonObject> FetchCardAsync(string command, JsonObject payload, string channelId = "msteams")
    {
        var body = await InvokeAsync(Invoke(FetchTask, command, (JsonObject)payload.DeepClone(), channelId: channelId));
        Assert.Equal("continue", body["task"]!["type"]!.GetValue<string>());
        return body["task"]!["value"]!["card"]!["content"]!.AsObject();
    }

    private async Task<string> SubmitAsync(string command, JsonObject payload, JsonObject data, string channelId = "msteams")
    {
        var body = await InvokeAsync(Invoke(SubmitAction, command, (JsonObject)payload.DeepClone(), data, channelId: channelId));
        Assert.Equal("message", body["task"]!["type"]!.GetValue<string>());
        return body["task"]!["value"]!.GetValue<string>();
    }

    private async Task<JsonObject> InvokeAsync(JsonObject activity)
    {
        using var response = await _client.PostAsJsonAsync("/api/messages", activity, _timeout.Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Assert.IsType<JsonObject>(JsonNode.Parse(await response.Content.ReadAsStringAsync(_timeout.Token)));
    }

    // What Teams submits: every input's value (as the person left it, or changed), merged with the button's data.
    private static JsonObject Filled(JsonObject card, params (string Id, string Value)[] changes)
    {
        var data = (JsonObject)card["actions"]![0]!["data"]!.DeepClone();
        foreach (var input in card["body"]!.AsArray().OfType<JsonObject>().Where(e => e["id"] is not null))
        {
            var id = input["id"]!.GetValue<string>();
            data[id] = changes.FirstOrDefault(c => c.Id == id).Value ?? input["value"]?.ToString() ?? string.Empty;
        }

        return data;
    }

    private static string InputValue(JsonObject card, string id) =>
        card["body"]!.AsArray().OfType<JsonObject>().Single(e => e["id"]?.GetValue<string>() == id)["value"]?.ToString() ?? string.Empty;

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
