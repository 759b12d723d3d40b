using Azure;
using Azure.Data.Tables;
using OutreachBot.Clinic.Pipeline;
using OutreachBot.Clinic.Referrals;
using OutreachBot.Clinic.Referrers;
using OutreachBot.Host.Summaries;

namespace OutreachBot.Host.Referrers;

/// <summary>The updates owed to referrers (partition <c>loop</c>), written from the pipeline and worked off by <see cref="ReferrerUpdatePass"/>.</summary>
public sealed class ReferrerUpdates(SummaryTables tables)
{
    private TableClient Table => tables.PipelineIndex;

    /// <summary>Notes an update owed when the evaluation is completed or goals are set; a replay adds nothing.</summary>
    public async Task OweAsync(Referral referral, PipelineEvent pipelineEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(referral);
        ArgumentNullException.ThrowIfNull(pipelineEvent);
        ReferrerUpdateKind? kind = pipelineEvent switch
        {
            { Kind: PipelineEventKind.StageChanged, Stage: PipelineStage.EvaluationCompleted } => ReferrerUpdateKind.EvaluationCompleted,
            { Kind: PipelineEventKind.GoalsSet } => ReferrerUpdateKind.GoalsSet,
            _ => null,
        };
        if (kind is null)
        {
            return;
        }

        var clinician = pipelineEvent.Actor ?? referral.AssignedTo;
        var row = new ReferrerUpdateRow
        {
            RowKey = ReferrerUpdateRow.RowKeyFor(referral.Id, kind.Value.ToString()),
            ReferralId = referral.Id,
            Kind = kind.Value.ToString(),
            At = pipelineEvent.At,
            ClinicianId = clinician?.Id,
            ClinicianName = clinician?.Name,
            Since = pipelineEvent.At,
        };
        try
        {
            await Table.AddEntityAsync(row, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // Already owed (a replayed event).
        }
    }

    /// <summary>Updates owed, and those whose proposing instance has been gone since before <paramref name="staleBefore"/>.</summary>
    public async Task<List<ReferrerUpdateRow>> ToProposeAsync(DateTimeOffset staleBefore, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {ReferrerUpdateRow.LoopPartition} and (State eq {ReferrerUpdateState.Owed} or (State eq {ReferrerUpdateState.Proposing} and Since lt {staleBefore}))");
        var rows = new List<ReferrerUpdateRow>();
        await foreach (var row in Table.QueryAsync<ReferrerUpdateRow>(filter, cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }

    public async Task<ReferrerUpdateRow?> FindAsync(string referralId, string kind, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<ReferrerUpdateKind>(kind, out _) || referralId.Length is 0 or > 64 || !referralId.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            return null;
        }

        var found = await Table.GetEntityIfExistsAsync<ReferrerUpdateRow>(ReferrerUpdateRow.LoopPartition, ReferrerUpdateRow.RowKeyFor(referralId, kind), cancellationToken: cancellationToken);
        return found.HasValue ? found.Value : null;
    }

    /// <summary>Moves the row to <paramref name="state"/> if nobody changed it since it was read (ETag).</summary>
    public async Task<bool> TryMoveAsync(ReferrerUpdateRow row, string state, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(row);
        row.State = state;
        row.Since = now;
        try
        {
            var response = await Table.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, cancellationToken);
            row.ETag = response.Headers.ETag ?? row.ETag;
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            return false;
        }
    }
}
