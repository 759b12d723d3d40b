using Azure.Data.Tables;
using OutreachBot.Clinic.Pipeline;
using OutreachBot.Clinic.Referrals;

namespace OutreachBot.Host.Pipeline;

/// <summary>What became of an update for a referral in progress.</summary>
public enum UpdateRecording
{
    /// <summary>The referral took the update: its history has the event, its missing items are current.</summary>
    Recorded,

    /// <summary>The same update was recorded before (a replay after a crash); nothing changed.</summary>
    AlreadyRecorded,

    /// <summary>There is no such referral.</summary>
    NoSuchReferral,
}

public sealed partial class ReferralStore
{
    /// <summary>
    /// Records a referral-update on its referral: the referral's new state and an "update received" event in one
    /// batch, conditional on the ETag read (someone assigning it meanwhile makes it read again). The event's row is
    /// named after the update's message, so a replay of the same message finds its event there and changes nothing.
    /// </summary>
    public async Task<UpdateRecording> RecordUpdateAsync(
        string referralId, string updateKey, Func<Referral, (Referral After, PipelineEvent Event)> apply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(apply);
        for (var attempt = 1; ; attempt++)
        {
            if (await FindAsync(referralId, cancellationToken) is not { } row)
            {
                return UpdateRecording.NoSuchReferral;
            }

            var (after, pipelineEvent) = apply(row.ToReferral());
            var eventRow = PipelineEventRow.From(pipelineEvent);
            eventRow.RowKey = $"{eventRow.RowKey}-{updateKey}";
            row.With(after);
            try
            {
                await Table.SubmitTransactionAsync(
                [
                    new TableTransactionAction(TableTransactionActionType.UpdateReplace, row, row.ETag),
                    new TableTransactionAction(TableTransactionActionType.Add, eventRow),
                ], cancellationToken);
                return UpdateRecording.Recorded;
            }
            catch (TableTransactionFailedException ex) when (ex.Status == 409 && ex.FailedTransactionActionIndex == 1)
            {
                return UpdateRecording.AlreadyRecorded;
            }
            catch (TableTransactionFailedException ex) when ((ex.Status is 412 or 409) && attempt < MaxChangeAttempts)
            {
                // Someone changed the referral since it was read: read it again and apply the update to what is there.
            }
        }
    }
}
