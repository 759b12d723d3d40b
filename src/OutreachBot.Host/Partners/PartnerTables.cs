using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using OutreachBot.Host.Storage;

namespace OutreachBot.Host.Partners;

/// <summary>The partner directory's tables (see docs/DATA.md).</summary>
public sealed class PartnerTables(TableServiceClient service, IOptions<StorageOptions> options)
{
    /// <summary>One partition per partner: row <c>partner</c> (the partner), rows <c>a-…</c> (its history, append-only).</summary>
    public TableClient Directory { get; } = service.GetTableClient(options.Value.TablePrefix + "PartnerDirectory");

    /// <summary>What finds a partner by a point read: partitions <c>name</c>, <c>domain</c>, <c>phone</c>, <c>thread</c> → partner id.</summary>
    public TableClient Keys { get; } = service.GetTableClient(options.Value.TablePrefix + "PartnerKeys");

    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        foreach (var table in new[] { Directory, Keys })
        {
            await table.CreateIfNotExistsAsync(cancellationToken);
        }
    }
}
