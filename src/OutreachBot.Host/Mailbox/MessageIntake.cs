using OutreachBot.Clinic.Detection;
using OutreachBot.Clinic.Referrals;
using OutreachBot.Host.Pipeline;

namespace OutreachBot.Host.Mailbox;

/// <summary>What became of one message.</summary>
public enum IntakeOutcome
{
    /// <summary>A new referral entered the pipeline.</summary>
    NewReferral,

    /// <summary>The message was processed before; nothing new was made.</summary>
    AlreadyProcessed,

    /// <summary>The message belongs to a referral already in progress.</summary>
    ReferralUpdate,

    /// <summary>Not a referral.</summary>
    NotReferral,
}

/// <summary>
/// Takes one message into the pipeline exactly once: the ledger is checked first, the referral's id comes from the
/// message (so a repeat lands on the same row), and the ledger is written last, after the referral is safe.
/// </summary>
public sealed partial class MessageIntake(
    ReferralDetector detector,
    ReferralStore referrals,
    ProcessedMessages ledger,
    TimeProvider time,
    ILogger<MessageIntake> logger)
{
    public async Task<IntakeOutcome> TakeAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (await ledger.ContainsAsync(message.MessageId, cancellationToken))
        {
            return IntakeOutcome.AlreadyProcessed;
        }

        var detection = detector.Detect(message);
        var outcome = detection.Kind switch
        {
            MessageKind.ReferralUpdate => IntakeOutcome.ReferralUpdate,
            _ when detection.IsNewReferral => IntakeOutcome.NewReferral,
            _ => IntakeOutcome.NotReferral,
        };

        string? referralId = null;
        if (ReferralIntake.FromMessage(message, detection) is var (referral, received))
        {
            referralId = referral.Id;
            if (!await referrals.AddAsync(referral, received, PatientDetails.From(detection), cancellationToken))
            {
                outcome = IntakeOutcome.AlreadyProcessed;
            }
        }

        await ledger.RecordAsync(message.MessageId, outcome.ToString(), referralId, time.GetUtcNow(), cancellationToken);
        LogTaken(logger, outcome, referralId, detection.Kind, detection.Confidence);
        return outcome;
    }

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information,
        Message = "Message taken: {Outcome} (referral {ReferralId}, detected {Kind} at {Confidence:0.00})")]
    private static partial void LogTaken(ILogger logger, IntakeOutcome outcome, string? referralId, MessageKind kind, double confidence);
}
