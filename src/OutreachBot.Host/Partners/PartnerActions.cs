using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using OutreachBot.Clinic.Partners;
using OutreachBot.Host.ClinicProfile;
using OutreachBot.Host.Referrers;
using OutreachBot.Host.Staff;
using OutreachBot.Host.Triage;
using OutreachBot.Protocol.Activities;

namespace OutreachBot.Host.Partners;

/// <summary>The partner commands in Teams (<c>partners</c>, <c>partner add</c>, <c>partner NAME</c>, <c>partner import</c>) and the partner cards' buttons.</summary>
public sealed partial class PartnerActions(
    PartnerDirectory directory,
    PartnerOutcomes outcomes,
    PartnerAccess access,
    PartnerImport import,
    IOptions<ClinicOptions> clinic,
    TimeProvider time,
    ILogger<PartnerActions> logger)
{
    private TimeZoneInfo Zone => clinic.Value.Zone;

    public static bool Handles(string? verb) => verb is PartnerFormCard.SaveVerb or PartnerCard.LogContactVerb or PartnerCard.FeedbackVerb
        or PartnerCard.UpdatesVerb or PartnerCard.ReferrerUpdatesVerb or PartnerCard.EditVerb;

    public async Task<CardActionResult> AnswerAsync(PartnerCommand command, Activity activity, StaffIdentity who, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(activity);
        if (!access.MayUse(who))
        {
            return CardActionResult.Say(PartnerAccess.Refusal);
        }

        LogCommand(logger, command.Kind);
        switch (command.Kind)
        {
            case PartnerCommandKind.Add:
                return CardActionResult.ShowCard(PartnerFormCard.For(null));
            case PartnerCommandKind.List:
                return CardActionResult.ShowCard(PartnersListCard.For(await directory.AllAsync(cancellationToken), Zone));
            case PartnerCommandKind.Import:
                // The command was read from whitespace-collapsed text; the CSV keeps its lines from the message itself.
                return CardActionResult.Say(await import.ImportAsync(PartnerImport.PastedCsv(activity.Text ?? string.Empty), activity.Attachments, who.Member.Name, cancellationToken));
            default:
                var found = await directory.SearchAsync(command.Argument, cancellationToken);
                if (found.Count == 0)
                {
                    return CardActionResult.Say($"No partner matches \"{command.Argument}\". Say **partners** for the list, or **partner add** to add one.");
                }

                var exact = found.Where(p => PartnerNames.OrganizationKey(p.Organization) == PartnerNames.OrganizationKey(command.Argument)).ToList();
                return exact.Count == 1 || found.Count == 1
                    ? CardActionResult.ShowCard(await CardAsync(exact.Count == 1 ? exact[0] : found[0], null, cancellationToken))
                    : CardActionResult.ShowCard(PartnersListCard.For(found, Zone, $"Partners matching \"{command.Argument}\""));
        }
    }

    public async Task<CardActionResult> RunAsync(string verb, JsonObject data, StaffIdentity who, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (!access.MayUse(who))
        {
            return CardActionResult.Say(PartnerAccess.Refusal);
        }

        if (verb == PartnerFormCard.SaveVerb)
        {
            return await SaveAsync(data, who, cancellationToken);
        }

        var partnerId = PartnerFormInput.Value(data, "partnerId");
        var key = PartnerFormInput.Value(data, "key");
        var partner = await directory.FindAsync(partnerId, cancellationToken);
        if (partner is null || key.Length == 0)
        {
            return CardActionResult.Say("That partner is no longer in the directory.");
        }

        LogVerb(logger, verb, partner.Id);
        return verb switch
        {
            PartnerCard.EditVerb => CardActionResult.ShowCard(PartnerFormCard.For(partner)),
            PartnerCard.LogContactVerb => await LogContactAsync(partner, data, key, who, cancellationToken),
            PartnerCard.FeedbackVerb => await FeedbackAsync(partner, data, key, who, cancellationToken),
            PartnerCard.UpdatesVerb => await UpdatesAsync(partner, data, key, who, cancellationToken),
            _ => await ReferrerUpdatesAsync(partner, data, key, who, cancellationToken),
        };
    }

    private async Task<JsonObject> CardAsync(Partner partner, string? notice, CancellationToken cancellationToken)
    {
        var current = await directory.FindAsync(partner.Id, cancellationToken) ?? partner;
        var history = await directory.HistoryAsync(partner.Id, cancellationToken);
        return PartnerCard.For(current, history, Zone, NewActionKey(), notice);
    }

    /// <summary>A key for the actions of one card as shown: a retried click repeats it, a new card makes a new one.</summary>
    private string NewActionKey() =>
        time.GetUtcNow().ToUnixTimeMilliseconds().ToString("x", System.Globalization.CultureInfo.InvariantCulture) + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));

    [LoggerMessage(EventId = 8111, Level = LogLevel.Information, Message = "Partner command {Kind}")]
    private static partial void LogCommand(ILogger logger, PartnerCommandKind kind);

    [LoggerMessage(EventId = 8112, Level = LogLevel.Information, Message = "Partner action {Verb} on partner {PartnerId}")]
    private static partial void LogVerb(ILogger logger, string verb, string partnerId);
}
