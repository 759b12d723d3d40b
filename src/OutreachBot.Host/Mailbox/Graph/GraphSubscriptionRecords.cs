using System.Security.Cryptography;
using System.Text;
using Azure.Data.Tables;
using OutreachBot.Host.Storage;

namespace OutreachBot.Host.Mailbox.Graph;

/// <summary>A folder's Graph subscription, so a restart renews it instead of making another.</summary>
public sealed record GraphSubscriptionRecord(string SubscriptionId, DateTimeOffset ExpiresAt);

/// <summary>The mail folders' subscriptions, in the Settings table (partition <c>graph-subscription</c>).</summary>
public sealed class GraphSubscriptionRecords(PipelineTables tables)
{
    private const string Partition = "graph-subscription";

    public async Task<GraphSubscriptionRecord?> FindAsync(string user, string folder, CancellationToken cancellationToken)
    {
        var found = await tables.Settings.GetEntityIfExistsAsync<TableEntity>(Partition, RowKey(user, folder), cancellationToken: cancellationToken);
        return found.HasValue && found.Value!.GetString("SubscriptionId") is { } id && found.Value.GetDateTimeOffset("ExpiresAt") is { } expires
            ? new GraphSubscriptionRecord(id, expires)
            : null;
    }

    public async Task SaveAsync(string user, string folder, GraphSubscriptionRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var entity = new TableEntity(Partition, RowKey(user, folder))
        {
            ["User"] = user,
            ["Folder"] = folder,
            ["SubscriptionId"] = record.SubscriptionId,
            ["ExpiresAt"] = record.ExpiresAt,
        };
        await tables.Settings.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task RemoveAsync(string user, string folder, CancellationToken cancellationToken) =>
        await tables.Settings.DeleteEntityAsync(Partition, RowKey(user, folder), Azure.ETag.All, cancellationToken);

    private static string RowKey(string user, string folder) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(user.ToUpperInvariant() + "|" + folder)));
}
