using OutreachBot.Host.Pipeline;

namespace OutreachBot.Host.Intake;

/// <summary>
/// What triage tells the clinician's intake card: a referral was given to a clinician (send their card), or changed
/// (update it). Without the intake card (a host with triage only) it does nothing.
/// </summary>
public interface IIntakeCardFollower
{
    Task SendAsync(ReferralRow row, CancellationToken cancellationToken);

    Task FollowAsync(ReferralRow row, CancellationToken cancellationToken);
}

/// <summary>Triage without clinicians' intake cards.</summary>
public sealed class NoIntakeCards : IIntakeCardFollower
{
    public Task SendAsync(ReferralRow row, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task FollowAsync(ReferralRow row, CancellationToken cancellationToken) => Task.CompletedTask;
}
