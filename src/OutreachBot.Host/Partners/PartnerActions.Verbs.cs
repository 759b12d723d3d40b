using System.Text.Json.Nodes;
using OutreachBot.Clinic.Partners;
using OutreachBot.Clinic.Referrers;
using OutreachBot.Host.Staff;
using OutreachBot.Host.Triage;

namespace OutreachBot.Host.Partners;

/// <summary>The partner card's buttons: each records one history entry keyed by the card's action key.</summary>
public sealed partial class PartnerActions
{
    private async Task<CardActionResult> SaveAsync(JsonObject data, StaffIdentity who, CancellationToken cancellationToken)
    {
        var editing = PartnerFormInput.Value(data, "partnerId");
        var existing = editing.Length == 0 ? null : await directory.FindAsync(editing, cancellationToken);
        var (input, problem) = PartnerFormInput.Read(data);
        if (input is null)
        {
            return CardActionResult.ShowCard(PartnerFormCard.For(existing, problem));
        }

        var now = time.GetUtcNow();
        Partner? saved;
        string notice;
        if (existing is null)
        {
            var (matched, added) = await directory.MatchOrAddReportingAsync(input.Organization, input.Contact, input.Setting, who.Member.Name, cancellationToken);
            notice = added ? "Partner added." : $"Already in the directory as {matched.Organization}: the details were added to it.";
            saved = await directory.ChangeAsync(matched.Id, p => p with
            {
                Setting = input.Setting,
                Pathways = [.. p.Pathways.Union(input.Pathways)],
                PreferredChannel = input.Channel,
            }, cancellationToken);
        }
        else
        {
            notice = "Saved.";
            saved = await directory.ChangeAsync(existing.Id, p => PartnerPeople.With(p, input.Contact) with
            {
                Organization = input.Organization,
                Setting = input.Setting,
                Pathways = input.Pathways,
                PreferredChannel = input.Channel,
            }, cancellationToken);
            if (saved is not null)
            {
                await directory.RecordAsync(new PartnerActivity(saved.Id, PartnerActivityKind.Edited, now, who.Member.Name, $"edit-{now.ToUnixTimeMilliseconds()}"), cancellationToken);
            }
        }

        return saved is null ? CardActionResult.Say("That partner is no longer in the directory.") : CardActionResult.ShowCard(await CardAsync(saved, notice, cancellationToken));
    }

    private async Task<CardActionResult> LogContactAsync(Partner partner, JsonObject data, string key, StaffIdentity who, CancellationToken cancellationToken)
    {
        var method = PartnerFormInput.Value(data, PartnerCard.MethodInput) is { Length: > 0 } m ? m : "Call";
        var outcome = PartnerFormInput.Value(data, PartnerCard.OutcomeInput);
        var note = outcome.Length == 0 ? method : $"{method}: {outcome}";
        await directory.RecordAsync(new PartnerActivity(partner.Id, PartnerActivityKind.Contacted, time.GetUtcNow(), who.Member.Name, "contact-" + key, note), cancellationToken);
        return CardActionResult.ShowCard(await CardAsync(partner, "Contact logged.", cancellationToken));
    }

    private async Task<CardActionResult> FeedbackAsync(Partner partner, JsonObject data, string key, StaffIdentity who, CancellationToken cancellationToken)
    {
        var feedback = PartnerFormInput.Value(data, PartnerCard.FeedbackInput);
        if (feedback.Length == 0)
        {
            return CardActionResult.Say("Write what the partner said first.");
        }

        await directory.ChangeAsync(partner.Id, p => p with { Feedback = feedback }, cancellationToken);
        await directory.RecordAsync(new PartnerActivity(partner.Id, PartnerActivityKind.FeedbackRecorded, time.GetUtcNow(), who.Member.Name, "feedback-" + key, feedback), cancellationToken);
        return CardActionResult.ShowCard(await CardAsync(partner, "Feedback recorded.", cancellationToken));
    }

    private async Task<CardActionResult> UpdatesAsync(Partner partner, JsonObject data, string key, StaffIdentity who, CancellationToken cancellationToken)
    {
        var optIn = data["optIn"] is JsonValue v && v.TryGetValue(out bool b) ? b : !partner.UpdatesOptedIn;
        await directory.ChangeAsync(partner.Id, p => p with { UpdatesOptedIn = optIn }, cancellationToken);
        await directory.RecordAsync(new PartnerActivity(partner.Id, optIn ? PartnerActivityKind.OptedIn : PartnerActivityKind.OptedOut, time.GetUtcNow(), who.Member.Name, "updates-" + key), cancellationToken);
        return CardActionResult.ShowCard(await CardAsync(partner, optIn ? "Opted in to monthly updates." : "Opted out of monthly updates.", cancellationToken));
    }

    private async Task<CardActionResult> ReferrerUpdatesAsync(Partner partner, JsonObject data, string key, StaffIdentity who, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<ReferrerUpdatePreference>(PartnerFormInput.Value(data, PartnerCard.PreferenceInput), out var preference))
        {
            return CardActionResult.Say("Choose which updates the partner wants.");
        }

        var changed = await directory.ChangeAsync(partner.Id, p => p with { UpdatePreference = preference }, cancellationToken);
        if (changed is not null)
        {
            await outcomes.CopyPreferenceAsync(changed, cancellationToken);
        }

        await directory.RecordAsync(new PartnerActivity(partner.Id, PartnerActivityKind.Edited, time.GetUtcNow(), who.Member.Name, "preference-" + key, "Referrer updates: " + PartnerText.Preference(preference)), cancellationToken);
        return CardActionResult.ShowCard(await CardAsync(partner, "Referrer updates: " + PartnerText.Preference(preference) + ".", cancellationToken));
    }
}
