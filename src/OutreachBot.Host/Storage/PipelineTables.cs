using Azure.Data.Tables;
using Microsoft.Extensions.Options;

namespace OutreachBot.Host.Storage;

/// <summary>The tables of the pipeline, from one shared <see cref="TableServiceClient"/>.</summary>
public sealed class PipelineTables(TableServiceClient service, IOptions<StorageOptions> options)
{
    /// <summary>Referrals (row <c>referral</c>) and their history (rows <c>event-…</c>), one partition per referral.</summary>
    public TableClient Referrals { get; } = service.GetTableClient(options.Value.TablePrefix + "Referrals");

    /// <summary>Every mailbox message processed, by message id: the exactly-once ledger.</summary>
    public TableClient ProcessedMessages { get; } = service.GetTableClient(options.Value.TablePrefix + "ProcessedMessages");

    /// <summary>Bot settings chosen from Teams, such as the triage channel.</summary>
    public TableClient Settings { get; } = service.GetTableClient(options.Value.TablePrefix + "Settings");

    /// <summary>Where each conversation and user was last seen, for proactive messages.</summary>
    public TableClient ConversationReferences { get; } = service.GetTableClient(options.Value.TablePrefix + "ConversationReferences");

    /// <summary>Where each Graph mailbox folder's delta sync stands.</summary>
    public TableClient GraphDeltaLinks { get; } = service.GetTableClient(options.Value.TablePrefix + "GraphDeltaLinks");

    /// <summary>Replies sent through Graph, one row per referral and purpose: drafted, then sent once.</summary>
    public TableClient SentReplies { get; } = service.GetTableClient(options.Value.TablePrefix + "SentReplies");

    /// <summary>What ties replies and forwards to the referral they belong to: message ids and hashed thread keys.</summary>
    public TableClient ReferralThreads { get; } = service.GetTableClient(options.Value.TablePrefix + "ReferralThreads");

    /// <summary>Creates the tables that do not exist yet.</summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        foreach (var table in new[] { Referrals, ProcessedMessages, Settings, ConversationReferences, GraphDeltaLinks, SentReplies, ReferralThreads })
        {
            await table.CreateIfNotExistsAsync(cancellationToken);
        }
    }
}
