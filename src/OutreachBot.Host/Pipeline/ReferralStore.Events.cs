using Azure;
using OutreachBot.Clinic.Pipeline;

namespace OutreachBot.Host.Pipeline;

public sealed partial class ReferralStore
{
    /// <summary>
    /// Adds a line to the referral's history without changing its state (the line carries the current stage). The
    /// row key comes from <paramref name="at"/> and the kind, so the same line appended twice is kept once. False
    /// when the referral does not exist or the line is already there.
    /// </summary>
    public async Task<bool> AppendEventAsync(string referralId, PipelineEventKind kind, DateTimeOffset at, string? detail, CancellationToken cancellationToken)
    {
        if (await FindAsync(referralId, cancellationToken) is not { } row)
        {
            return false;
        }

        var stage = row.ToReferral().Stage;
        try
        {
            await tables.Referrals.AddEntityAsync(PipelineEventRow.From(new PipelineEvent(referralId, kind, stage, null, at, detail)), cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }
}
