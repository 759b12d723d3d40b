using System.Text.Json.Nodes;
using OutreachBot.Host.Partners;
using OutreachBot.Host.Tests.Infrastructure;
using static OutreachBot.Host.Tests.Infrastructure.PlaygroundEvents;

namespace OutreachBot.Host.Tests.EndToEnd;

/// <summary>
/// <c>partner add</c>, <c>partner NAME</c> and the partner card's buttons through the Agents Playground, as Teams
/// delivers them. The personal chat is Dana's, an owner and intake coordinator in the fixture's staff list.
/// </summary>
[Collection(PlaygroundCollection.Name)]
public sealed class PartnerCommandsTests(PlaygroundFixture fixture) : IDisposable
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromMinutes(2));

    private PlaygroundClient Playground => fixture.Playground!;

    public void Dispose() => _timeout.Dispose();

    /// <summary>Adds a partner through the form as a person would, and returns its name (its domain and phone are its own too, so it matches no earlier one).</summary>
    public static async Task<string> AddPartnerAsync(PlaygroundClient playground, CancellationToken cancellationToken)
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var name = "Lakeview Hand Center " + suffix;
        var before = playground.Events.Count;
        await playground.SendMessageAsync(PlaygroundIds.PersonalChat, PlaygroundIds.IntakeCoordinator, "partner add", mentionBot: false, cancellationToken);
        var form = await playground.WaitForAsync(e => IsCreate(e, PlaygroundIds.PersonalChat) && HasCardMentioning(e, "Add a referral partner"), Wait, "the partner form", fromIndex: before);
        CardSchema.AssertValid(CardsIn(form).Single());

        var added = await playground.ExecuteAsync(PlaygroundIds.PersonalChat, PlaygroundIds.IntakeCoordinator, MessageId(form)!, PartnerFormCard.SaveVerb, new JsonObject
        {
            [PartnerFormCard.OrganizationInput] = name,
            [PartnerFormCard.SettingInput] = "OutpatientTherapy",
            [PartnerFormCard.PathwaysInput] = "Hand,Adult",
            [PartnerFormCard.ContactNameInput] = "Priya Shah",
            [PartnerFormCard.ContactRoleInput] = "PhysicalTherapist",
            [PartnerFormCard.ContactEmailInput] = $"pshah@lakeview-{suffix}.example",
            [PartnerFormCard.ContactPhoneInput] = $"(555) {Random.Shared.Next(200, 999)}-{Random.Shared.Next(1000, 9999)}",
            [PartnerFormCard.ChannelInput] = "Visit",
        }, cancellationToken);

        var json = added!.ToJsonString();
        Assert.Contains("Partner added.", json, StringComparison.Ordinal);
        Assert.Contains(name, json, StringComparison.Ordinal);
        return name;
    }

    [Fact]
    public async Task PartnerAdd_ThenPartnerName_ShowsThePartnerCard_AndLoggingAContactMovesItOn()
    {
        var name = await AddPartnerAsync(Playground, _timeout.Token);

        var before = Playground.Events.Count;
        await Playground.SendMessageAsync(PlaygroundIds.PersonalChat, PlaygroundIds.IntakeCoordinator, "partner " + name.ToLowerInvariant(), mentionBot: false, _timeout.Token);
        var shown = await Playground.WaitForAsync(e => IsCreate(e, PlaygroundIds.PersonalChat) && HasCardMentioning(e, name) && HasCardMentioning(e, "Recent history"), Wait, "the partner card", fromIndex: before);
        var card = CardsIn(shown).Single();
        CardSchema.AssertValid(card);
        var text = card.ToJsonString();
        foreach (var expected in new[] { "Outpatient therapy", "Hand, Adult", "Identified", "Priya Shah", "pshah@lakeview-", "Visit", "none yet" })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        var key = FindData(card, PartnerCard.LogContactVerb)!;
        var logged = await Playground.ExecuteAsync(PlaygroundIds.PersonalChat, PlaygroundIds.IntakeCoordinator, MessageId(shown)!, PartnerCard.LogContactVerb,
            new JsonObject { ["partnerId"] = key["partnerId"]!.GetValue<string>(), ["key"] = key["key"]!.GetValue<string>(), [PartnerCard.MethodInput] = "Visit", [PartnerCard.OutcomeInput] = "Dropped off intake packets" },
            _timeout.Token);

        var after = logged!.ToJsonString();
        Assert.Contains("Contact logged.", after, StringComparison.Ordinal);
        Assert.Contains("Contacted", after, StringComparison.Ordinal);
        Assert.Contains("Visit: Dropped off intake packets", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Partners_ListsThem_WithStageAndLastContact()
    {
        var name = await AddPartnerAsync(Playground, _timeout.Token);

        var before = Playground.Events.Count;
        await Playground.SendMessageAsync(PlaygroundIds.PersonalChat, PlaygroundIds.IntakeCoordinator, "partners", mentionBot: false, _timeout.Token);
        var list = await Playground.WaitForAsync(e => IsCreate(e, PlaygroundIds.PersonalChat) && HasCardMentioning(e, "Referral partners"), Wait, "the partner list", fromIndex: before);

        CardSchema.AssertValid(CardsIn(list).Single());
        Assert.Contains(name, list.ToJsonString(), StringComparison.Ordinal);
    }

    private static JsonObject? FindData(JsonNode? node, string verb) => node switch
    {
        JsonObject o when o["verb"]?.GetValue<string>() == verb => o["data"] as JsonObject,
        JsonObject o => o.Select(p => FindData(p.Value, verb)).FirstOrDefault(d => d is not null),
        JsonArray a => a.Select(n => FindData(n, verb)).FirstOrDefault(d => d is not null),
        _ => null,
    };
}
