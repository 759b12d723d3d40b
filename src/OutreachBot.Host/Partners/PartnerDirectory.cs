using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using OutreachBot.Clinic.Partners;
using OutreachBot.Host.Summaries;

namespace OutreachBot.Host.Partners;

/// <summary>
/// The partner directory on Azure Tables (see <see cref="PartnerTables"/>): a partner row changed only
/// ETag-conditionally (re-read and re-applied on 412), its history appended once per activity key, and key rows that
/// find a partner by name, work domain, phone or thread with point reads. Partners are read with their stage as of now:
/// lapsed by the owner summaries' rule (<see cref="SummaryOptions.LapsedLookback"/>, <see cref="SummaryOptions.LapsedQuiet"/>).
/// </summary>
public sealed partial class PartnerDirectory(PartnerTables tables, IOptions<SummaryOptions> summaries, TimeProvider time, ILogger<PartnerDirectory> logger) : IPartnerDirectory
{
    // Every failed attempt is another writer's success, so n writers at once need at most n attempts; no backoff
    // needed (and none timed on the clock, which tests drive by hand).
    private const int MaxAttempts = 32;

    public async Task<Partner?> FindAsync(string partnerId, CancellationToken cancellationToken)
    {
        var row = await FindRowAsync(partnerId, cancellationToken);
        return row is null ? null : AsOfNow(row.ToPartner());
    }

    public async Task<Partner?> FindByOrganizationAsync(string organization, CancellationToken cancellationToken)
    {
        var key = PartnerNames.OrganizationKey(organization);
        var found = key.Length == 0 ? null : await FindKeyAsync(PartnerKeyRow.Name, key, cancellationToken);
        return found is null ? null : await FindAsync(found.PartnerId, cancellationToken);
    }

    public async Task<IReadOnlyList<Partner>> SearchAsync(string text, CancellationToken cancellationToken)
    {
        var organization = PartnerNames.OrganizationKey(text);
        var person = PartnerNames.PersonKey(text);
        if (organization.Length == 0)
        {
            return [];
        }

        var scored = new List<(Partner Partner, int Score)>();
        foreach (var partner in await AllAsync(cancellationToken))
        {
            var key = PartnerNames.OrganizationKey(partner.Organization);
            var score = key == organization ? 0
                : key.StartsWith(organization, StringComparison.Ordinal) ? 1
                : key.Contains(organization, StringComparison.Ordinal) ? 2
                : partner.People.Any(p => person.Length > 0 && PartnerNames.PersonKey(p.Name).Contains(person, StringComparison.Ordinal)) ? 3
                : -1;
            if (score >= 0)
            {
                scored.Add((partner, score));
            }
        }

        return [.. scored.OrderBy(s => s.Score).ThenBy(s => s.Partner.Organization, StringComparer.OrdinalIgnoreCase).Select(s => s.Partner)];
    }

    public async Task<IReadOnlyList<Partner>> AllAsync(CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"RowKey eq {PartnerRecordRow.RowKeyValue}");
        var all = new List<Partner>();
        await foreach (var row in tables.Directory.QueryAsync<PartnerRecordRow>(filter, cancellationToken: cancellationToken))
        {
            all.Add(AsOfNow(row.ToPartner()));
        }

        return [.. all.OrderBy(p => p.Organization, StringComparer.OrdinalIgnoreCase)];
    }

    public async Task<Partner?> ChangeAsync(string partnerId, Func<Partner, Partner> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        for (var attempt = 1; ; attempt++)
        {
            var row = await FindRowAsync(partnerId, cancellationToken);
            if (row is null)
            {
                return null;
            }

            var current = row.ToPartner();
            var changed = change(current) with { Id = current.Id };
            if (ReferenceEquals(changed, current) || changed == current)
            {
                return current;
            }

            try
            {
                await tables.Directory.UpdateEntityAsync(PartnerRecordRow.From(changed), row.ETag, TableUpdateMode.Replace, cancellationToken);
                await ClaimKeysAsync(changed, KeysOf(changed), cancellationToken);
                return changed;
            }
            catch (RequestFailedException ex) when (ex.Status == 412 && attempt < MaxAttempts)
            {
                // Someone else changed the partner since it was read: apply the change to theirs.
            }
            catch (RequestFailedException ex) when (ex.Status == 412)
            {
                PartnerDirectoryLog.ChangeGaveUp(logger, partnerId, attempt);
                throw;
            }
        }
    }

    public async Task<bool> RecordAsync(PartnerActivity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentException.ThrowIfNullOrWhiteSpace(activity.Key);
        bool recorded;
        try
        {
            await tables.Directory.AddEntityAsync(PartnerActivityRow.From(activity), cancellationToken);
            recorded = true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            recorded = false;
        }

        if (!string.IsNullOrWhiteSpace(activity.ThreadKey))
        {
            await ClaimKeysAsync(activity.PartnerId, [(PartnerKeyRow.Thread, PartnerKeyRow.ThreadRowKey(activity.ThreadKey))], cancellationToken);
        }

        // Applied again on a replay too (the effects are idempotent), so a crash between the two writes loses nothing.
        await ChangeAsync(activity.PartnerId, p => PartnerActivityEffects.After(p, activity), cancellationToken);
        return recorded;
    }

    public async Task<IReadOnlyList<PartnerActivity>> HistoryAsync(string partnerId, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {partnerId} and RowKey ge {PartnerActivityRow.RowKeyPrefix} and RowKey lt {PartnerActivityRow.RowKeyEnd}");
        var history = new List<PartnerActivity>();
        await foreach (var row in tables.Directory.QueryAsync<PartnerActivityRow>(filter, cancellationToken: cancellationToken))
        {
            history.Add(row.ToActivity());
        }

        return [.. history.OrderBy(a => a.At).ThenBy(a => a.Key, StringComparer.Ordinal)];
    }

    public async Task<Partner?> FindByThreadAsync(string threadKey, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(threadKey))
        {
            return null;
        }

        var key = await FindKeyAsync(PartnerKeyRow.Thread, PartnerKeyRow.ThreadRowKey(threadKey), cancellationToken);
        return key is null ? null : await FindAsync(key.PartnerId, cancellationToken);
    }

    private Partner AsOfNow(Partner partner)
    {
        var stage = PartnerStages.Current(partner, time.GetUtcNow(), summaries.Value.LapsedLookback, summaries.Value.LapsedQuiet);
        return stage == partner.Stage ? partner : partner with { Stage = stage };
    }

    private async Task<PartnerRecordRow?> FindRowAsync(string partnerId, CancellationToken cancellationToken)
    {
        if (!IsValidId(partnerId))
        {
            return null;
        }

        var found = await tables.Directory.GetEntityIfExistsAsync<PartnerRecordRow>(partnerId, PartnerRecordRow.RowKeyValue, cancellationToken: cancellationToken);
        return found.HasValue ? found.Value : null;
    }

    private async Task<PartnerKeyRow?> FindKeyAsync(string kind, string key, CancellationToken cancellationToken)
    {
        var found = await tables.Keys.GetEntityIfExistsAsync<PartnerKeyRow>(kind, key, cancellationToken: cancellationToken);
        return found.HasValue ? found.Value : null;
    }

    private static bool IsValidId(string? partnerId) =>
        !string.IsNullOrEmpty(partnerId) && partnerId.Length <= 100 && partnerId.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
}
