using Azure;
using Azure.Data.Tables;
using OutreachBot.Clinic.Pipeline;
using OutreachBot.Clinic.Referrals;
using OutreachBot.Clinic.Summaries;
using OutreachBot.Host.Referrers;

namespace OutreachBot.Host.Summaries;

/// <summary>
/// The summaries' index, written beside every referral change (<see cref="Pipeline.ReferralStore"/> calls
/// <see cref="RecordAsync"/> after its batch). Each write is keyed by the referral and keeps the earliest time each stage
/// was reached, so replaying an event (a retried intake after a crash) repairs a missed write and changes nothing else.
/// </summary>
public sealed partial class PipelineIndex(SummaryTables tables, PartnerOutcomes partners, ReferrerUpdates updates, ILogger<PipelineIndex> logger) : IPipelineActivity
{
    private const int MaxAttempts = 5;

    public async Task RecordAsync(Referral referral, PipelineEvent pipelineEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(referral);
        ArgumentNullException.ThrowIfNull(pipelineEvent);
        try
        {
            // The day row and the open row are written at once (they are independent rows); whether the referral is
            // still open is first taken from the referral, then checked against the day row, which knows better only
            // when this event is older than what it already holds (a replay): then the open row is put right.
            var openNow = ReferralProgress.After(null, referral, pipelineEvent).IsOpen;
            var day = RecordProgressAsync(ReferralProgressRow.DayPartition(referral.ReceivedAt), referral, pipelineEvent, cancellationToken);
            var open = openNow
                ? RecordProgressAsync(ReferralProgressRow.OpenPartition, referral, pipelineEvent, cancellationToken)
                : DeleteOpenAsync(referral.Id, cancellationToken);
            var partner = partners.RecordAsync(referral, pipelineEvent, cancellationToken);
            var owed = updates.OweAsync(referral, pipelineEvent, cancellationToken);
            await Task.WhenAll(day, open, partner, owed);
            var progress = await day;
            if (progress.IsOpen != openNow)
            {
                await (progress.IsOpen
                    ? RecordProgressAsync(ReferralProgressRow.OpenPartition, referral, pipelineEvent, cancellationToken)
                    : DeleteOpenAsync(referral.Id, cancellationToken));
            }
        }
        catch (RequestFailedException ex)
        {
            // The referral's own change is saved; the summaries miss it until the event is replayed.
            LogIndexFailed(logger, referral.Id, pipelineEvent.Kind, ex);
        }
    }

    /// <summary>The referrals received in <paramref name="period"/>, from the day partitions it spans, and how many rows were read.</summary>
    public async Task<(List<ReferralProgress> Received, int RowsRead)> ReceivedInAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var first = ReferralProgressRow.DayPartition(period.Start);
        var last = ReferralProgressRow.DayPartition(period.End.AddTicks(-1));
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey ge {first} and PartitionKey le {last} and ReceivedAt ge {period.Start} and ReceivedAt lt {period.End}");
        var received = new List<ReferralProgress>();
        await foreach (var row in tables.PipelineIndex.QueryAsync<ReferralProgressRow>(filter, cancellationToken: cancellationToken))
        {
            received.Add(row.ToProgress());
        }

        return (received, received.Count);
    }

    /// <summary>The open referrals (partition <c>open</c>); with <paramref name="stillSince"/>, only those with no movement since then.</summary>
    public async Task<List<ReferralProgress>> OpenAsync(DateTimeOffset? stillSince, PipelineStage? stage, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {ReferralProgressRow.OpenPartition}");
        if (stillSince is { } since)
        {
            filter += " and " + TableClient.CreateQueryFilter($"LastMovedAt le {since}");
        }

        if (stage is { } only)
        {
            filter += " and " + TableClient.CreateQueryFilter($"Stage eq {only.ToString()}");
        }

        var open = new List<ReferralProgress>();
        await foreach (var row in tables.PipelineIndex.QueryAsync<ReferralProgressRow>(filter, cancellationToken: cancellationToken))
        {
            open.Add(row.ToProgress());
        }

        return open;
    }

    private async Task<ReferralProgress> RecordProgressAsync(string partition, Referral referral, PipelineEvent pipelineEvent, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var found = await tables.PipelineIndex.GetEntityIfExistsAsync<ReferralProgressRow>(partition, referral.Id, cancellationToken: cancellationToken);
            var before = found.HasValue ? found.Value : null;
            var progress = ReferralProgress.After(before?.ToProgress(), referral, pipelineEvent);
            var row = ReferralProgressRow.From(progress, partition);
            try
            {
                if (before is null)
                {
                    await tables.PipelineIndex.AddEntityAsync(row, cancellationToken);
                }
                else
                {
                    await tables.PipelineIndex.UpdateEntityAsync(row, before.ETag, TableUpdateMode.Replace, cancellationToken);
                }

                return progress;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412 && attempt < MaxAttempts)
            {
                // Another change of the same referral wrote first: read it again and merge.
            }
        }
    }

    private async Task DeleteOpenAsync(string referralId, CancellationToken cancellationToken)
    {
        try
        {
            await tables.PipelineIndex.DeleteEntityAsync(ReferralProgressRow.OpenPartition, referralId, ETag.All, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // Never open (closed at once) or already removed.
        }
    }

    [LoggerMessage(EventId = 7001, Level = LogLevel.Warning, Message = "Summaries index not updated for referral {ReferralId} ({Kind}); a replay of the event repairs it")]
    private static partial void LogIndexFailed(ILogger logger, string referralId, PipelineEventKind kind, Exception exception);
}
