using Azure;
using Azure.Data.Tables;
using OutreachBot.Clinic.Referrals;
using OutreachBot.Host.Pipeline;
using OutreachBot.Host.Storage;
using OutreachBot.Host.Teams;

namespace OutreachBot.Host.Intake;

/// <summary>The intake cards' rows in the Referrals table: where each was posted, and the patient's details.</summary>
public sealed class IntakeCardRecords(PipelineTables tables)
{
    private static readonly TimeSpan StaleClaim = TimeSpan.FromMinutes(2);

    /// <summary>The patient's details stored with the referral; null for referrals taken in before they were kept.</summary>
    public async Task<PatientDetails?> PatientAsync(string referralId, CancellationToken cancellationToken)
    {
        var row = await tables.Referrals.GetEntityIfExistsAsync<PatientDetailsRow>(referralId, PatientDetailsRow.RowKeyValue, cancellationToken: cancellationToken);
        return row.HasValue ? row.Value!.ToDetails() : null;
    }

    /// <summary>Where the intake card of the assignment made at <paramref name="assignment"/> was posted, if it was.</summary>
    public async Task<PostedCard?> FindAsync(string referralId, DateTimeOffset assignment, CancellationToken cancellationToken)
    {
        var row = await tables.Referrals.GetEntityIfExistsAsync<IntakeCardRow>(referralId, IntakeCardRow.KeyFor(assignment), cancellationToken: cancellationToken);
        return row.HasValue && row.Value is { ServiceUrl: { } url, ConversationId: { } conversation, ActivityId: { Length: > 0 } activity }
            ? new PostedCard(url, conversation, activity)
            : null;
    }

    /// <summary>
    /// Claims the posting of this assignment's card: true for exactly one caller, unless an earlier claim went stale
    /// without a post (a crash), which is taken over.
    /// </summary>
    public async Task<bool> TryClaimAsync(string referralId, DateTimeOffset assignment, string clinicianId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var claim = new IntakeCardRow { PartitionKey = referralId, RowKey = IntakeCardRow.KeyFor(assignment), ClinicianId = clinicianId, ClaimedAt = now };
        try
        {
            await tables.Referrals.AddEntityAsync(claim, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            var existing = (await tables.Referrals.GetEntityAsync<IntakeCardRow>(referralId, claim.RowKey, cancellationToken: cancellationToken)).Value;
            if (existing.ActivityId is not null || now - existing.ClaimedAt < StaleClaim)
            {
                return false;
            }

            existing.ClaimedAt = now;
            try
            {
                await tables.Referrals.UpdateEntityAsync(existing, existing.ETag, TableUpdateMode.Replace, cancellationToken);
                return true;
            }
            catch (RequestFailedException stale) when (stale.Status == 412)
            {
                return false;
            }
        }
    }

    /// <summary>Records where the claimed card went.</summary>
    public async Task RecordAsync(string referralId, DateTimeOffset assignment, PostedCard posted, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(posted);
        var row = new TableEntity(referralId, IntakeCardRow.KeyFor(assignment))
        {
            [nameof(IntakeCardRow.ServiceUrl)] = posted.ServiceUrl,
            [nameof(IntakeCardRow.ConversationId)] = posted.ConversationId,
            [nameof(IntakeCardRow.ActivityId)] = posted.ActivityId,
        };
        await tables.Referrals.UpdateEntityAsync(row, ETag.All, TableUpdateMode.Merge, cancellationToken);
    }

    /// <summary>Lets go of a claim whose card could not be sent, so a later attempt may send it.</summary>
    public async Task ReleaseAsync(string referralId, DateTimeOffset assignment, CancellationToken cancellationToken) =>
        await tables.Referrals.DeleteEntityAsync(referralId, IntakeCardRow.KeyFor(assignment), ETag.All, cancellationToken);
}
