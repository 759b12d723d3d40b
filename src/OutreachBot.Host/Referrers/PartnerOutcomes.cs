using System.Text;
using Azure.Data.Tables;
using OutreachBot.Clinic.Pipeline;
using OutreachBot.Clinic.Referrals;
using OutreachBot.Clinic.Referrers;
using OutreachBot.Clinic.Summaries;
using OutreachBot.Host.Summaries;

namespace OutreachBot.Host.Referrers;

/// <summary>
/// Per-source outcomes kept with the partner: a referral received counts as sent, an evaluation completed counts once
/// per referral. The count and the referral's mark change in one batch (one partition per partner), ETag-conditional,
/// so a replayed event counts nothing twice and two instances never lose an increment.
/// </summary>
public sealed class PartnerOutcomes(SummaryTables tables)
{
    private const int MaxAttempts = 8;

    public async Task RecordAsync(Referral referral, PipelineEvent pipelineEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(referral);
        ArgumentNullException.ThrowIfNull(pipelineEvent);
        var source = ReferralProgress.SourceOf(referral.Referrer);
        var referred = pipelineEvent.Kind == PipelineEventKind.Received;
        var evaluated = pipelineEvent is { Kind: PipelineEventKind.StageChanged, Stage: PipelineStage.EvaluationCompleted };
        if (source == ReferralProgress.UnknownSource || !(referred || evaluated))
        {
            return;
        }

        var partition = PartnerKey(source);
        for (var attempt = 1; ; attempt++)
        {
            var outcome = await FindAsync<PartnerRow>(partition, PartnerRow.OutcomeRowKey, cancellationToken);
            var mark = await FindAsync<PartnerReferralRow>(partition, PartnerReferralRow.RowKeyPrefix + referral.Id, cancellationToken);
            if ((referred && mark?.Referred == true) || (evaluated && mark?.Evaluated == true))
            {
                return;
            }

            var newOutcome = outcome ?? new PartnerRow { PartitionKey = partition, Organization = source, FirstReferralAt = referral.ReceivedAt, LastReferralAt = referral.ReceivedAt };
            var newMark = mark ?? new PartnerReferralRow { PartitionKey = partition, RowKey = PartnerReferralRow.RowKeyPrefix + referral.Id };
            if (referred)
            {
                newOutcome.ReferralsSent++;
                newMark.Referred = true;
                if (referral.ReceivedAt >= newOutcome.LastReferralAt || outcome is null)
                {
                    newOutcome.LastReferralAt = referral.ReceivedAt;
                    newOutcome.Contact = referral.Referrer.Name;
                    newOutcome.ContactEmail = referral.Referrer.Email;
                    newOutcome.ReferrerRole = referral.Referrer.Role?.ToString();
                }

                newOutcome.FirstReferralAt = referral.ReceivedAt < newOutcome.FirstReferralAt ? referral.ReceivedAt : newOutcome.FirstReferralAt;
            }
            else
            {
                newOutcome.EvaluationsCompleted++;
                newMark.Evaluated = true;
            }

            try
            {
                await tables.Partners.SubmitTransactionAsync([Write(newOutcome, outcome is null), Write(newMark, mark is null)], cancellationToken);
                return;
            }
            catch (TableTransactionFailedException ex) when (ex.Status is 409 or 412 && attempt < MaxAttempts)
            {
                // Another referral of the same partner was counted meanwhile: read again.
            }
        }
    }

    /// <summary>Every partner's outcomes.</summary>
    public async Task<List<PartnerOutcome>> AllAsync(CancellationToken cancellationToken)
    {
        var all = new List<PartnerOutcome>();
        var filter = TableClient.CreateQueryFilter($"RowKey eq {PartnerRow.OutcomeRowKey}");
        await foreach (var row in tables.Partners.QueryAsync<PartnerRow>(filter, cancellationToken: cancellationToken))
        {
            all.Add(row.ToOutcome());
        }

        return all;
    }

    /// <summary>Which updates the referrer's organization wants; every update when it is not known yet.</summary>
    public async Task<ReferrerUpdatePreference> PreferenceAsync(string source, CancellationToken cancellationToken)
    {
        if (source == ReferralProgress.UnknownSource)
        {
            return ReferrerUpdatePreference.Every;
        }

        var row = await FindAsync<PartnerRow>(PartnerKey(source), PartnerRow.OutcomeRowKey, cancellationToken);
        return Enum.TryParse<ReferrerUpdatePreference>(row?.UpdatePreference, out var preference) ? preference : ReferrerUpdatePreference.Every;
    }

    /// <summary>A table key for an organization: its letters and digits, lower case (so "St. Mary's" and "St Marys" meet).</summary>
    public static string PartnerKey(string organization)
    {
        ArgumentNullException.ThrowIfNull(organization);
        var key = new StringBuilder("p-");
        foreach (var c in organization.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).Take(80))
        {
            key.Append(c);
        }

        return key.ToString();
    }

    private static TableTransactionAction Write(ITableEntity row, bool isNew) => isNew
        ? new TableTransactionAction(TableTransactionActionType.Add, row)
        : new TableTransactionAction(TableTransactionActionType.UpdateReplace, row, row.ETag);

    private async Task<T?> FindAsync<T>(string partition, string rowKey, CancellationToken cancellationToken)
        where T : class, ITableEntity
    {
        var found = await tables.Partners.GetEntityIfExistsAsync<T>(partition, rowKey, cancellationToken: cancellationToken);
        return found.HasValue ? found.Value : null;
    }
}
