using Azure;
using Azure.Data.Tables;
using OutreachBot.Clinic.Pipeline;
using OutreachBot.Clinic.Referrals;
using OutreachBot.Clinic.Staff;
using OutreachBot.Host.Storage;
using OutreachBot.Host.Summaries;

namespace OutreachBot.Host.Pipeline;

/// <summary>
/// Referrals and their history in Azure Tables. Every state change is ETag-conditional. After each change the
/// summaries' index (<paramref name="activity"/>) is told; a replayed add tells it again, which repairs a missed write.
/// </summary>
public sealed partial class ReferralStore(PipelineTables tables, IPipelineActivity? activity = null)
{
    private const int MaxChangeAttempts = 5;
    private TableClient Table => tables.Referrals;

    /// <summary>Adds a new referral with its first event, atomically. False when it already exists.</summary>
    public Task<bool> AddAsync(Referral referral, PipelineEvent received, CancellationToken cancellationToken) =>
        AddAsync(referral, received, null, cancellationToken);

    /// <summary>
    /// Adds a new referral with its first event and, when known, the patient's details (their own row, for the
    /// clinician's 1:1 card only), atomically. False when it already exists.
    /// </summary>
    public async Task<bool> AddAsync(Referral referral, PipelineEvent received, PatientDetails? patient, CancellationToken cancellationToken)
    {
        try
        {
            List<TableTransactionAction> rows =
            [
                new TableTransactionAction(TableTransactionActionType.Add, ReferralRow.From(referral)),
                new TableTransactionAction(TableTransactionActionType.Add, PipelineEventRow.From(received)),
            ];
            if (patient is not null)
            {
                rows.Add(new TableTransactionAction(TableTransactionActionType.Add, PatientDetailsRow.From(referral.Id, patient)));
            }

            await Table.SubmitTransactionAsync(rows, cancellationToken);
            await (activity?.RecordAsync(referral, received, cancellationToken) ?? Task.CompletedTask);
            return true;
        }
        catch (TableTransactionFailedException ex) when (ex.Status == 409)
        {
            await RecordStoredAsync(referral.Id, received, cancellationToken);
            return false;
        }
    }

    /// <summary>The referral's row with its ETag, or null when there is no such referral.</summary>
    public async Task<ReferralRow?> FindAsync(string referralId, CancellationToken cancellationToken)
    {
        if (!IsValidKey(referralId))
        {
            return null;
        }

        var response = await Table.GetEntityIfExistsAsync<ReferralRow>(referralId, ReferralRow.RowKeyFor(referralId), cancellationToken: cancellationToken);
        return response.HasValue ? response.Value : null;
    }

    /// <summary>
    /// Gives the intake to <paramref name="staff"/> if nobody has it. Two people at once: the ETag lets one win and the
    /// other re-reads and sees who has it. Returns null when the referral does not exist.
    /// </summary>
    public Task<(IntakeAssignment Assignment, ReferralRow Row)?> AssignAsync(
        string referralId, StaffMember staff, DateTimeOffset at, CancellationToken cancellationToken, ReferralRow? current = null) =>
        ChangeAsync(referralId, r => r.AssignTo(staff, at), a => (a.Referral, a.Event), cancellationToken, current);

    /// <summary>Applies a stage change decided by the domain (<see cref="Referral.MoveTo"/> and friends), ETag-safe.</summary>
    public Task<(StageChange Change, ReferralRow Row)?> MoveAsync(
        string referralId, Func<Referral, StageChange> move, CancellationToken cancellationToken, ReferralRow? current = null) =>
        ChangeAsync(referralId, move, c => (c.Referral, c.Event), cancellationToken, current);

    /// <summary>Applies a change decided by the domain that is not a stage move (a request, a merge), ETag-safe.</summary>
    public Task<(ReferralDecision Update, ReferralRow Row)?> UpdateAsync(
        string referralId, Func<Referral, ReferralDecision> update, CancellationToken cancellationToken, ReferralRow? current = null) =>
        ChangeAsync(referralId, update, u => (u.Referral, u.Event), cancellationToken, current);

    /// <summary>Referrals received since <paramref name="since"/> whose receipt confirmation has not been sent.</summary>
    public IAsyncEnumerable<ReferralRow> AwaitingConfirmationAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        Table.QueryAsync<ReferralRow>(
            TableClient.CreateQueryFilter($"RowKey ge {ReferralRow.RowKeyPrefix} and RowKey lt {ReferralRow.RowKeyPrefixEnd} and ConfirmationPending eq {true} and ReceivedAt ge {since}"),
            cancellationToken: cancellationToken);

    // Reads the referral, lets the domain decide, and writes the new state with its event in one batch, conditional on
    // the ETag read; when someone changed it meanwhile, reads again and lets the domain decide again. A caller that has
    // just read the row (to check who may act) passes it as `current`: the first attempt starts from it (its ETag still
    // guards the write), saving a round trip.
    private async Task<(T Result, ReferralRow Row)?> ChangeAsync<T>(
        string referralId, Func<Referral, T> decide, Func<T, (Referral After, PipelineEvent? Event)> unpack, CancellationToken cancellationToken,
        ReferralRow? current = null)
    {
        for (var attempt = 1; ; attempt++)
        {
            var known = attempt == 1 && current is not null && current.PartitionKey == referralId ? current : null;
            if ((known ?? await FindAsync(referralId, cancellationToken)) is not { } row)
            {
                return null;
            }

            var result = decide(row.ToReferral());
            var (after, pipelineEvent) = unpack(result);
            if (pipelineEvent is null)
            {
                return (result, row);
            }

            row.With(after);
            try
            {
                var responses = await Table.SubmitTransactionAsync(
                [
                    new TableTransactionAction(TableTransactionActionType.UpdateReplace, row, row.ETag),
                    new TableTransactionAction(TableTransactionActionType.Add, PipelineEventRow.From(pipelineEvent)),
                ], cancellationToken);
                row.ETag = responses.Value[0].Headers.ETag ?? row.ETag;
                await (activity?.RecordAsync(after, pipelineEvent, cancellationToken) ?? Task.CompletedTask);
                return (result, row);
            }
            catch (TableTransactionFailedException ex) when ((ex.Status is 412 or 409) && attempt < MaxChangeAttempts)
            {
                // Someone changed the referral since it was read: read it again and let the domain decide.
            }
        }
    }

    /// <summary>The referrals received since <paramref name="since"/>.</summary>
    public IAsyncEnumerable<ReferralRow> ReceivedSinceAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        Table.QueryAsync<ReferralRow>(
            TableClient.CreateQueryFilter($"RowKey ge {ReferralRow.RowKeyPrefix} and RowKey lt {ReferralRow.RowKeyPrefixEnd} and ReceivedAt ge {since}"),
            cancellationToken: cancellationToken);

    /// <summary>The referrals whose triage card has not been posted yet.</summary>
    public IAsyncEnumerable<ReferralRow> AwaitingCardAsync(CancellationToken cancellationToken) =>
        Table.QueryAsync<ReferralRow>(
            TableClient.CreateQueryFilter($"RowKey ge {ReferralRow.RowKeyPrefix} and RowKey lt {ReferralRow.RowKeyPrefixEnd} and CardPosted eq {false}"),
            cancellationToken: cancellationToken);

    /// <summary>The referral's history, oldest first.</summary>
    public IAsyncEnumerable<PipelineEventRow> HistoryAsync(string referralId, CancellationToken cancellationToken) =>
        Table.QueryAsync<PipelineEventRow>(
            TableClient.CreateQueryFilter($"PartitionKey eq {referralId} and RowKey gt {PipelineEventRow.RowKeyPrefix} and RowKey lt {"event."}"),
            cancellationToken: cancellationToken);

    /// <summary>
    /// Claims the right to post the referral's card (one instance at a time). A claim older than
    /// <paramref name="staleAfter"/> is taken over, so a crash mid-post does not leave a card unposted for good.
    /// </summary>
    public async Task<bool> TryClaimCardPostingAsync(ReferralRow row, DateTimeOffset now, TimeSpan staleAfter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.CardPosted || (row.CardPostingSince is { } since && now - since < staleAfter))
        {
            return false;
        }

        row.CardPostingSince = now;
        return await TryUpdateAsync(row, cancellationToken);
    }

    /// <summary>
    /// Records where the card was posted. A merge of the card fields alone, unconditional: whatever else changed
    /// meanwhile (an assignment) stays, and the card is never posted twice for want of saving its id.
    /// </summary>
    public async Task RecordCardAsync(ReferralRow row, string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(row);
        row.CardServiceUrl = serviceUrl;
        row.CardConversationId = conversationId;
        row.CardActivityId = activityId;
        row.CardPosted = true;
        var card = new TableEntity(row.PartitionKey, row.RowKey)
        {
            [nameof(ReferralRow.CardServiceUrl)] = serviceUrl,
            [nameof(ReferralRow.CardConversationId)] = conversationId,
            [nameof(ReferralRow.CardActivityId)] = activityId,
            [nameof(ReferralRow.CardPosted)] = true,
        };
        var response = await Table.UpdateEntityAsync(card, ETag.All, TableUpdateMode.Merge, cancellationToken);
        row.ETag = response.Headers.ETag ?? row.ETag;
    }

    private async Task<bool> TryUpdateAsync(ReferralRow row, CancellationToken cancellationToken)
    {
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

    // A replayed add (e.g. after a crash before the ledger was written) tells the index again, as stored.
    private async Task RecordStoredAsync(string referralId, PipelineEvent received, CancellationToken cancellationToken)
    {
        if (activity is not null && await FindAsync(referralId, cancellationToken) is { } stored)
        {
            await activity.RecordAsync(stored.ToReferral(), received with { At = stored.ReceivedAt }, cancellationToken);
        }
    }

    // Table keys may not hold / \ # ? or control characters; a referral id from a card is checked before use.
    private static bool IsValidKey(string key) =>
        key.Length is > 0 and <= 64 && key.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
}
