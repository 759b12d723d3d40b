using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using OutreachBot.Host.Storage;

namespace OutreachBot.Host.Mailbox.Graph;

/// <summary>Where a folder's delta sync stands: the next page link mid-round, or the delta link between rounds.</summary>
public sealed record DeltaPosition(string Link, ETag ETag);

/// <summary>
/// The delta position of each mailbox folder. Saved only after a page's messages are recorded, and ETag-conditional,
/// so two pollers never move one folder's position over each other.
/// </summary>
public sealed class GraphDeltaLinks(PipelineTables tables)
{
    private const string Partition = "mail";

    public async Task<DeltaPosition?> FindAsync(string user, string folder, CancellationToken cancellationToken)
    {
        var found = await tables.GraphDeltaLinks.GetEntityIfExistsAsync<TableEntity>(Partition, RowKey(user, folder), cancellationToken: cancellationToken);
        return found.HasValue && found.Value!.GetString("Link") is { Length: > 0 } link ? new DeltaPosition(link, found.Value.ETag) : null;
    }

    /// <summary>Moves the position on; null when someone else moved it since <paramref name="previous"/> was read.</summary>
    public async Task<DeltaPosition?> SaveAsync(string user, string folder, string link, DeltaPosition? previous, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(Partition, RowKey(user, folder)) { ["User"] = user, ["Folder"] = folder, ["Link"] = link, ["SavedAt"] = at };
        try
        {
            var response = previous is null
                ? await tables.GraphDeltaLinks.AddEntityAsync(entity, cancellationToken)
                : await tables.GraphDeltaLinks.UpdateEntityAsync(entity, previous.ETag, TableUpdateMode.Replace, cancellationToken);
            return new DeltaPosition(link, response.Headers.ETag ?? default);
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            return null;
        }
    }

    /// <summary>Forgets the position (an expired delta token): the next round starts a full resync.</summary>
    public async Task DropAsync(string user, string folder, CancellationToken cancellationToken) =>
        await tables.GraphDeltaLinks.DeleteEntityAsync(Partition, RowKey(user, folder), ETag.All, cancellationToken);

    private static string RowKey(string user, string folder) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(user.ToUpperInvariant() + "|" + folder)));
}
