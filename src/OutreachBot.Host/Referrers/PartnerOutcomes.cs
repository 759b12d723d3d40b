using System.Text;
using Azure.Data.Tables;
using OutreachBot.Clinic;
using OutreachBot.Clinic.Partners;
using OutreachBot.Clinic.Pipeline;
using OutreachBot.Clinic.Referrals;
using OutreachBot.Clinic.Referrers;
using OutreachBot.Clinic.Summaries;
using OutreachBot.Host.Summaries;

namespace OutreachBot.Host.Referrers;

/// <summary>
/// Per-source outcomes kept with the partner: a referral received counts as sent, an evaluation completed counts once
/// per referral. The referrer is matched to its partner in the directory first (spelling variants, work domain and
/// phone meet; added when new), so counts land on one partner; the count and the referral's mark change in one batch
/// (one partition per partner), ETag-conditional, so a replayed event counts nothing twice and two instances never lose
/// an increment. The figures are then copied onto the directory's partner, whose stage follows (first referral, active).
/// A family referring its own child is not a partner and never enters the directory.
/// </summary>
public sealed class PartnerOutcomes(SummaryTables tables, IPartnerDirectory directory)
{
    private const int MaxAttempts = 16;

    /// <summary>Who the directory records as having added a partner found in a referral.</summary>
    public const string AddedBy = "referral-mailbox";

    public async Task RecordAsync(Referral referral, PipelineEvent pipelineEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(referral);
        ArgumentNullException.ThrowIfNull(pipelineEvent);
        var source = ReferralProgress.SourceOf(referral.Referrer);
        var referred = pipelineEvent.Kind == PipelineEventKind.Received;
        var evaluated = pipelineEvent is { Kind: PipelineEventKind.StageChanged, Stage: PipelineStage.EvaluationCompleted };
        var partner = referred || evaluated ? await PartnerOfAsync(referral.Referrer, cancellationToken) : null;
        if ((source == ReferralProgress.UnknownSource && partner is null) || !(referred || evaluated))
        {
            return;
        }

        var partition = partner is null ? PartnerKey(source) : PartnerKey(partner.Id);
        var organization = partner?.Organization ?? source;
        for (var attempt = 1; ; attempt++)
        {
            var outcome = await FindAsync<PartnerRow>(partition, PartnerRow.OutcomeRowKey, cancellationToken);
            var mark = await FindAsync<PartnerReferralRow>(partition, PartnerReferralRow.RowKeyPrefix + referral.Id, cancellationToken);
            if ((referred && mark?.Referred == true) || (evaluated && mark?.Evaluated == true))
            {
                // Counted before; the copy on the partner may still be missing after a crash.
                await CopyToPartnerAsync(partner, outcome, referral, referred, cancellationToken);
                return;
            }

            var newOutcome = outcome ?? new PartnerRow { PartitionKey = partition, Organization = organization, FirstReferralAt = referral.ReceivedAt, LastReferralAt = referral.ReceivedAt };
            newOutcome.Organization = organization;
            if (outcome is null && partner is not null)
            {
                newOutcome.UpdatePreference = partner.UpdatePreference.ToString();
            }
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
                await CopyToPartnerAsync(partner, newOutcome, referral, referred, cancellationToken);
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

    /// <summary>
    /// Which updates the referrer's organization wants (its outcome row's copy of the preference set on its partner);
    /// every update when it is not known yet.
    /// </summary>
    public async Task<ReferrerUpdatePreference> PreferenceAsync(string source, CancellationToken cancellationToken)
    {
        if (source == ReferralProgress.UnknownSource)
        {
            return ReferrerUpdatePreference.Every;
        }

        var partner = await directory.FindByOrganizationAsync(source, cancellationToken);
        var row = await FindAsync<PartnerRow>(partner is null ? PartnerKey(source) : PartnerKey(partner.Id), PartnerRow.OutcomeRowKey, cancellationToken);
        return Enum.TryParse<ReferrerUpdatePreference>(row?.UpdatePreference, out var preference) ? preference : partner?.UpdatePreference ?? ReferrerUpdatePreference.Every;
    }

    /// <summary>Copies a preference set on the partner into its outcome row (ETag-conditional), when it has one.</summary>
    public async Task CopyPreferenceAsync(Partner partner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(partner);
        for (var attempt = 1; ; attempt++)
        {
            var row = await FindAsync<PartnerRow>(PartnerKey(partner.Id), PartnerRow.OutcomeRowKey, cancellationToken);
            if (row is null || row.UpdatePreference == partner.UpdatePreference.ToString())
            {
                return;
            }

            row.UpdatePreference = partner.UpdatePreference.ToString();
            try
            {
                await tables.Partners.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, cancellationToken);
                return;
            }
            catch (Azure.RequestFailedException ex) when (ex.Status == 412 && attempt < MaxAttempts)
            {
                // A referral was counted meanwhile: read again.
            }
        }
    }

    private async Task<Partner?> PartnerOfAsync(Referrer referrer, CancellationToken cancellationToken)
    {
        if (referrer.Role == ReferrerRole.Family)
        {
            return null;
        }

        var organization = referrer.Organization?.Trim() ?? string.Empty;
        if (organization.Length == 0 && PartnerNames.WorkDomain(referrer.Email) is null)
        {
            return null;
        }

        var person = new PartnerPerson(referrer.Name?.Trim() ?? string.Empty, referrer.Role, referrer.Email?.Trim(), referrer.Phone?.Trim());
        return await directory.MatchOrAddAsync(organization, person, PartnerSettings.FromRole(referrer.Role), AddedBy, cancellationToken);
    }

    private async Task CopyToPartnerAsync(Partner? partner, PartnerRow? outcome, Referral referral, bool referred, CancellationToken cancellationToken)
    {
        if (partner is null || outcome is null)
        {
            return;
        }

        var figures = new PartnerReferralFigures(outcome.ReferralsSent, outcome.EvaluationsCompleted, outcome.FirstReferralAt, outcome.LastReferralAt);
        await directory.ChangeAsync(partner.Id, p => PartnerStages.WithReferrals(p, figures), cancellationToken);
        if (referred)
        {
            // No patient data: the history says a referral came, for which pathway.
            await directory.RecordAsync(
                new PartnerActivity(partner.Id, PartnerActivityKind.Referred, referral.ReceivedAt, AddedBy, "referral-" + referral.Id, referral.Pathway?.ToString()),
                cancellationToken);
        }
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
