using System.Globalization;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using OutreachBot.Host.Pipeline;
using OutreachBot.Host.Tests.Infrastructure;
using static OutreachBot.Host.Tests.Infrastructure.PlaygroundEvents;

namespace OutreachBot.Host.Tests.EndToEnd;

/// <summary>Steps the clinician's intake card tests share: give a referral to Marcus and wait for his 1:1 card.</summary>
internal static class IntakeCardSteps
{
    /// <summary>Marcus Oyelaran (user-id-1) in the Playground config and the Development staff list.</summary>
    public const string MarcusAadObjectId = "00000000-0000-0000-0000-000000000021";

    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Marcus says hello in the Playground's personal chat (so the bot has his 1:1 chat, as it has for anyone who
    /// installed the app), then Dana gives him the intake from the channel card. Returns the intake card he got.
    /// </summary>
    /// <remarks>
    /// The Playground does answer <c>POST /v3/conversations</c> (it opens a personal chat for the member), but its
    /// conversation stream and UI show only chats of its current user (Dana), so a card in a chat it opened for Marcus
    /// is never seen here, and it refuses Marcus as a sender in its one personal chat. So Marcus's hello goes in as a
    /// custom activity (any activity, sent to the bot as given) in that chat, which then stands in for his 1:1.
    /// </remarks>
    public static async Task<JsonNode> GiveToMarcusAsync(PlaygroundFixture fixture, PostedReferral posted, CancellationToken cancellationToken)
    {
        var playground = fixture.Playground!;
        var hello = playground.Events.Count;
        await playground.SendCustomActivityAsync(PlaygroundIds.PersonalChat, activity =>
        {
            activity["type"] = "message";
            activity["text"] = "help";
            activity["from"] = new JsonObject { ["id"] = PlaygroundIds.Clinician, ["name"] = "Marcus Oyelaran", ["aadObjectId"] = MarcusAadObjectId };
        }, cancellationToken);
        await playground.WaitForAsync(e => IsCreate(e, PlaygroundIds.PersonalChat) && HasCardMentioning(e, "use this channel for referrals"), Wait, "the help card for Marcus", fromIndex: hello);
        var before = playground.Events.Count;
        var response = await playground.ExecuteAsync(posted.ConversationId, PlaygroundIds.IntakeCoordinator, posted.MessageId, "assignToClinician",
            new JsonObject { ["referralId"] = posted.ReferralId, ["clinician"] = MarcusAadObjectId }, cancellationToken);
        Assert.Contains("Assigned to Marcus Oyelaran", response!["value"]!.ToJsonString(), StringComparison.Ordinal);
        return await playground.WaitForAsync(
            e => e["action"]?.GetValue<string>() == "createMessage" && HasCardMentioning(e, "Intake for you") && HasCardMentioning(e, posted.ReferralId),
            Wait, "Marcus's intake card", fromIndex: before);
    }

    /// <summary>The data an action of the card sends, with the card's own data (referral, assignment) and inputs.</summary>
    public static JsonObject DataOf(JsonObject card, params (string Name, string Value)[] inputs)
    {
        var data = (JsonObject)Descendants(card).First(n => n["type"]?.GetValue<string>() == "Action.Execute" && n["data"]?["assignment"] is not null)["data"]!.DeepClone();
        foreach (var (name, value) in inputs)
        {
            data[name] = value;
        }

        return data;
    }

    /// <summary>The proposed evaluation times: (value, title) of the slot choices.</summary>
    public static List<(string Value, string Title)> Slots(JsonObject card) =>
    [
        .. Descendants(card).Where(n => n["id"]?.GetValue<string>() == "slot")
            .SelectMany(n => n["choices"]!.AsArray())
            .Select(c => (c!["value"]!.GetValue<string>(), c["title"]!.GetValue<string>())),
    ];

    public static DateTimeOffset SlotStart(string value) =>
        DateTimeOffset.ParseExact(value, "yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    /// <summary>Marcus is busy from now for <paramref name="days"/> days: his calendar as an .ics file.</summary>
    public static DateTimeOffset MakeMarcusBusy(PlaygroundFixture fixture, int days)
    {
        var from = DateTimeOffset.UtcNow.AddHours(-1);
        var until = from.AddDays(days);
        File.WriteAllText(Path.Combine(fixture.Bot!.CalendarFolder, MarcusAadObjectId + ".ics"), $"""
            BEGIN:VCALENDAR
            VERSION:2.0
            PRODID:-//OutreachBot tests//EN
            BEGIN:VEVENT
            UID:busy-{Guid.NewGuid():N}@tests.example
            DTSTAMP:20261101T000000Z
            DTSTART:{from:yyyyMMdd'T'HHmmss'Z'}
            DTEND:{until:yyyyMMdd'T'HHmmss'Z'}
            SUMMARY:Conference
            END:VEVENT
            END:VCALENDAR
            """.Replace("\n", "\r\n", StringComparison.Ordinal));
        return until;
    }

    public static async Task<(TableEntity Row, List<TableEntity> History)> ReadAsync(PlaygroundFixture fixture, string referralId)
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

    /// <summary>The words a card shows (texts, fact titles and values, choice titles), unescaped, one per line.</summary>
    public static string CardText(JsonNode card) => string.Join('\n', Descendants(card)
        .SelectMany(o => new[] { o["text"], o["title"], o["value"] })
        .Select(v => v is JsonValue value && value.TryGetValue(out string? text) ? text : null)
        .OfType<string>());

    public static IEnumerable<JsonObject> Descendants(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                yield return o;
                foreach (var child in o.Select(p => p.Value).SelectMany(Descendants))
                {
                    yield return child;
                }

                break;
            case JsonArray a:
                foreach (var child in a.SelectMany(Descendants))
                {
                    yield return child;
                }

                break;
        }
    }
}
