using OutreachBot.Clinic.Pipeline;
using OutreachBot.Clinic.Referrals;

namespace OutreachBot.Host.Summaries;

/// <summary>Told of every referral change after it is saved, with the referral as it now stands.</summary>
public interface IPipelineActivity
{
    Task RecordAsync(Referral referral, PipelineEvent pipelineEvent, CancellationToken cancellationToken);
}
