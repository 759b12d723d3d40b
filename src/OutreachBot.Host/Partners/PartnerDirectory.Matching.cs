using Azure;
using OutreachBot.Clinic.Partners;

namespace OutreachBot.Host.Partners;

/// <summary>Matching a referrer or an imported row to the partner it belongs to, by its keys.</summary>
public sealed partial class PartnerDirectory
{
    public async Task<Partner> MatchOrAddAsync(string organization, PartnerPerson person, PartnerSetting setting, string addedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var keys = KeysOf(organization, person);
        foreach (var (kind, key) in keys)
        {
            if (await FindKeyAsync(kind, key, cancellationToken) is { } owner
                && await MergeAsync(owner.PartnerId, person, setting, cancellationToken) is { } matched)
            {
                await ClaimKeysAsync(matched.Id, keys, cancellationToken);
                return matched;
            }
        }

        var name = string.IsNullOrWhiteSpace(organization) ? PartnerNames.WorkDomain(person.Email) ?? person.Name : organization.Trim();
        var partner = new Partner(
            NewId(keys),
            name,
            setting,
            [],
            OutreachStage.Identified,
            PartnerChannel.Email,
            PartnerPeople.With(EmptyPeople(), person).People,
            PartnerReferralFigures.None,
            time.GetUtcNow());
        try
        {
            await tables.Directory.AddEntityAsync(PartnerRecordRow.From(partner), cancellationToken);
            PartnerDirectoryLog.Added(logger, partner.Id);
            await tables.Directory.UpsertEntityAsync(
                PartnerActivityRow.From(new PartnerActivity(partner.Id, PartnerActivityKind.Added, partner.AddedAt, addedBy, "added")),
                cancellationToken: cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // Added by someone else a moment ago, under the same keys: it is this partner.
            partner = await MergeAsync(partner.Id, person, setting, cancellationToken) ?? partner;
        }

        await ClaimKeysAsync(partner.Id, keys, cancellationToken);
        return partner;
    }

    private async Task<Partner?> MergeAsync(string partnerId, PartnerPerson person, PartnerSetting setting, CancellationToken cancellationToken) =>
        await ChangeAsync(
            partnerId,
            p =>
            {
                var merged = PartnerPeople.With(p, person);
                return merged.Setting == PartnerSetting.Other && setting != PartnerSetting.Other ? merged with { Setting = setting } : merged;
            },
            cancellationToken);

    /// <summary>Adds each key row that is missing; a key another partner holds stays theirs.</summary>
    private async Task ClaimKeysAsync(string partnerId, IEnumerable<(string Kind, string Key)> keys, CancellationToken cancellationToken)
    {
        foreach (var (kind, key) in keys)
        {
            try
            {
                await tables.Keys.AddEntityAsync(new PartnerKeyRow { PartitionKey = kind, RowKey = key, PartnerId = partnerId }, cancellationToken);
            }
            catch (RequestFailedException ex) when (ex.Status == 409)
            {
                // Claimed before (by this partner, usually).
            }
        }
    }

    private Task ClaimKeysAsync(Partner partner, IEnumerable<(string Kind, string Key)> keys, CancellationToken cancellationToken) =>
        ClaimKeysAsync(partner.Id, keys, cancellationToken);

    private static List<(string Kind, string Key)> KeysOf(Partner partner) =>
        [.. KeysOf(partner.Organization, null).Concat(partner.People.SelectMany(p => KeysOf(null, p))).Distinct()];

    /// <summary>The keys that find a partner, strongest first: organisation name, work email domain, phone digits.</summary>
    private static List<(string Kind, string Key)> KeysOf(string? organization, PartnerPerson? person)
    {
        var keys = new List<(string, string)>();
        if (PartnerNames.OrganizationKey(organization) is { Length: > 0 } name)
        {
            keys.Add((PartnerKeyRow.Name, name));
        }

        if (PartnerNames.WorkDomain(person?.Email) is { } domain)
        {
            keys.Add((PartnerKeyRow.Domain, domain));
        }

        if (PartnerNames.PhoneDigits(person?.Phone) is { } phone)
        {
            keys.Add((PartnerKeyRow.Phone, phone));
        }

        return keys;
    }

    private static string NewId(List<(string Kind, string Key)> keys)
    {
        var id = keys.Count == 0 ? Guid.NewGuid().ToString("N") : new string(keys[0].Key.Where(char.IsAsciiLetterOrDigit).ToArray());
        return id.Length == 0 ? Guid.NewGuid().ToString("N") : id[..Math.Min(id.Length, 80)];
    }

    private Partner EmptyPeople() => new(string.Empty, string.Empty, PartnerSetting.Other, [], OutreachStage.Identified, PartnerChannel.Email, [], PartnerReferralFigures.None, time.GetUtcNow());
}
