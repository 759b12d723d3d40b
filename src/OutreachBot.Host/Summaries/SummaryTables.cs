using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using OutreachBot.Host.Storage;

namespace OutreachBot.Host.Summaries;

/// <summary>The tables behind summaries, reminders and referrer updates (see docs/DATA.md).</summary>
public sealed class SummaryTables(TableServiceClient service, IOptions<StorageOptions> options)
{
    /// <summary>
    /// One small row per referral in the partition of the UTC day it was received (<c>d-yyyy-MM-dd</c>), and one per
    /// open referral in partition <c>open</c>; plus <c>loop</c> rows for updates owed to referrers. No patient details.
    /// </summary>
    public TableClient PipelineIndex { get; } = service.GetTableClient(options.Value.TablePrefix + "PipelineIndex");

    /// <summary>Per referring organization: referrals sent, evaluations completed, first and last referral.</summary>
    public TableClient Partners { get; } = service.GetTableClient(options.Value.TablePrefix + "Partners");

    /// <summary>Claims for things done once across instances: the weekly post, reminders, breach mentions.</summary>
    public TableClient Once { get; } = service.GetTableClient(options.Value.TablePrefix + "Once");

    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        foreach (var table in new[] { PipelineIndex, Partners, Once })
        {
            await table.CreateIfNotExistsAsync(cancellationToken);
        }
    }
}
