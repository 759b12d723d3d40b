using Microsoft.Extensions.Options;
using OutreachBot.Host.Pipeline;

namespace OutreachBot.Host.Correspondence;

/// <summary>
/// Sends each new referral's referrer the confirmation of receipt, when enabled: once per referral (the letter is sent
/// once per purpose, then recorded as a pipeline event that clears the referral's pending flag).
/// </summary>
public sealed partial class ReceiptConfirmations(
    ReferralStore referrals,
    ReferrerLetters letters,
    IReferrerMail mail,
    IOptions<ReceiptConfirmationOptions> options,
    TimeProvider time,
    ILogger<ReceiptConfirmations> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.PollInterval, time);
        do
        {
            try
            {
                await SendPendingAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogRoundFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Sends every pending confirmation; returns how many referrals were confirmed now.</summary>
    public async Task<int> SendPendingAsync(CancellationToken cancellationToken)
    {
        var confirmed = 0;
        await foreach (var row in referrals.AwaitingConfirmationAsync(time.GetUtcNow() - options.Value.MaxAge, cancellationToken))
        {
            var referral = row.ToReferral();
            try
            {
                var outcome = await mail.SendOnceAsync(await letters.ConfirmationAsync(referral, cancellationToken), cancellationToken);
                await referrals.UpdateAsync(referral.Id, r => r.RecordConfirmationSent(time.GetUtcNow()), cancellationToken);
                LogConfirmed(logger, referral.Id, outcome);
                confirmed++;
            }
            catch (LetterTemplateException ex)
            {
                LogTemplateProblem(logger, ex, referral.Id);
            }
        }

        return confirmed;
    }

    [LoggerMessage(EventId = 3301, Level = LogLevel.Information, Message = "Receipt confirmation of referral {ReferralId}: {Outcome}")]
    private static partial void LogConfirmed(ILogger logger, string referralId, LetterOutcome outcome);

    [LoggerMessage(EventId = 3302, Level = LogLevel.Error, Message = "The confirmation template could not be used for referral {ReferralId}; it will be tried again")]
    private static partial void LogTemplateProblem(ILogger logger, Exception exception, string referralId);

    [LoggerMessage(EventId = 3303, Level = LogLevel.Error, Message = "Sending receipt confirmations failed; they will be retried")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception);
}
