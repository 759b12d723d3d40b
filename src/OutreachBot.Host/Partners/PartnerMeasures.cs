using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using OutreachBot.Clinic.Partners;

namespace OutreachBot.Host.Partners;

/// <summary>
/// Every partner's relationship figures for the owners' <c>sources</c> card: the partners, then every history row in
/// one range query over the directory (rows read = partners + history entries), measured by <see cref="PartnerRelationships"/>.
/// </summary>
public sealed class PartnerMeasures(PartnerTables tables, IPartnerDirectory directory, IOptions<PartnerMeasureOptions> options, TimeProvider time)
{
    public TimeSpan Window => options.Value.ResponseWindow;

    public async Task<IReadOnlyList<PartnerRelationship>> AllAsync(CancellationToken cancellationToken)
    {
        var partners = await directory.AllAsync(cancellationToken);
        var filter = TableClient.CreateQueryFilter($"RowKey ge {PartnerActivityRow.RowKeyPrefix} and RowKey lt {PartnerActivityRow.RowKeyEnd}");
        var history = new Dictionary<string, List<PartnerActivity>>(StringComparer.Ordinal);
        await foreach (var row in tables.Directory.QueryAsync<PartnerActivityRow>(filter, cancellationToken: cancellationToken))
        {
            if (!history.TryGetValue(row.PartitionKey, out var list))
            {
                history[row.PartitionKey] = list = [];
            }

            list.Add(row.ToActivity());
        }

        var now = time.GetUtcNow();
        return [.. partners.Select(p => PartnerRelationships.For(p, history.GetValueOrDefault(p.Id) ?? [], Window, now))];
    }
}
