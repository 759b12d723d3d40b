using System.Security.Cryptography;
using System.Text;
using Azure.Data.Tables;
using OutreachBot.Host.Storage;

namespace OutreachBot.Host.Mailbox;

/// <summary>
/// The exactly-once ledger: one row per message ever processed, keyed by a hash of its Message-ID (Table keys may
/// not hold the characters message ids contain).
/// </summary>
public sealed class ProcessedMessages(PipelineTables tables)
{
    public async Task<bool> ContainsAsync(string messageId, CancellationToken cancellationToken)
    {
        var (partition, row) = Keys(messageId);
        var found = await tables.ProcessedMessages.GetEntityIfExistsAsync<TableEntity>(partition, row, select: ["PartitionKey"], cancellationToken);
        return found.HasValue;
    }

    /// <summary>Records the message as processed; recording it twice is harmless.</summary>
    public async Task RecordAsync(string messageId, string outcome, string? referralId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var (partition, row) = Keys(messageId);
        var entity = new TableEntity(partition, row) { ["Outcome"] = outcome, ["ReferralId"] = referralId, ["ProcessedAt"] = at };
        await tables.ProcessedMessages.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    private static (string Partition, string Row) Keys(string messageId)
    {
        var hex = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(messageId)));
        return (hex[..2], hex);
    }
}
