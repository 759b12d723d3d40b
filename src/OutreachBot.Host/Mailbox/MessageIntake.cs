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
/// A referral-update (a reply or forward in a referral's thread) goes onto the referral in progress: an event in its
/// history and its missing items brought up to date, never a second referral or triage card.
/// </summary>
public sealed partial class MessageIntake(
    ReferralDetector detector,
    ReferralStore referrals,
    ProcessedMessages ledger,
    ReferralThreadIndex threads,
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
        var (thread, otherPatient) = await InProgressReferralAsync(message, detection, cancellationToken);
        if (otherPatient && detection.Kind == MessageKind.ReferralUpdate)
        {
            detection = detection with
            {
                Kind = MessageKind.Referral,
                Signals = [.. detection.Signals, "reply names another patient than its thread's referral: a new referral"],
            };
            outcome = IntakeOutcome.NewReferral;
        }

        if (thread is not null)
        {
            referralId = thread.ReferralId;
            outcome = await TakeUpdateAsync(message, detection, thread.ReferralId, cancellationToken);
        }
        else if (ReferralIntake.FromMessage(message, detection) is var (referral, received))
        {
            referralId = referral.Id;
            if (!await referrals.AddAsync(referral, received, PatientDetails.From(detection), cancellationToken))
            {
                outcome = IntakeOutcome.AlreadyProcessed;
            }

            await threads.RecordReferralAsync(message, detection, referral.Id, cancellationToken);
        }
        else if (detection.Kind == MessageKind.ReferralUpdate)
        {
            LogUpdateWithoutReferral(logger, detection.Confidence);
        }

        await ledger.RecordAsync(message.MessageId, outcome.ToString(), referralId, time.GetUtcNow(), cancellationToken);
        LogTaken(logger, outcome, referralId, detection.Kind, detection.Confidence);
        return outcome;
    }

    // An update is tied by headers or by subject and participants. A message the detector reads as a new referral
    // is still an update when its headers, or its Re:/Fwd: subject and participants, put it in a referral's thread. Either way, a message that names another
    // patient than the referral of its thread is not about that referral (a referrer replying on an old thread about
    // someone new): it is a new referral.
    private async Task<(ThreadMatch? Match, bool OtherPatient)> InProgressReferralAsync(
        IncomingMessage message, ReferralDetection detection, CancellationToken cancellationToken)
    {
        var isUpdate = detection.Kind == MessageKind.ReferralUpdate;
        var repliesOrForwards = ThreadKeys.RepliesOrForwards(message.Subject);
        if (!isUpdate && (!detection.IsNewReferral || (message.InReplyTo is null && message.References.Count == 0 && !repliesOrForwards)))
        {
            return (null, false);
        }

        // A forward without headers ("Fwd: OT" from the office, with the signed order) is tied by subject and sender.
        var match = await threads.FindAsync(message, detection, headersOnly: !isUpdate && !repliesOrForwards, cancellationToken);
        var patient = ReferralThreadIndex.PatientKey(detection);
        return match is null || match.PatientKey is null || patient is null || match.PatientKey == patient
            ? (match, false)
            : (null, true);
    }

    private async Task<IntakeOutcome> TakeUpdateAsync(IncomingMessage message, ReferralDetection detection, string referralId, CancellationToken cancellationToken)
    {
        var documents = message.Attachments.Count(a => !a.ContentType.StartsWith("image/", StringComparison.Ordinal) || a.NeedsPerson);
        var recorded = await referrals.RecordUpdateAsync(
            referralId,
            ReferralId.ForMessage(message.MessageId),
            referral => new ReferralUpdate(documents, StillMissing(message, detection, referral)).ApplyTo(referral, message.ReceivedAt),
            cancellationToken);
        if (recorded == UpdateRecording.NoSuchReferral)
        {
            return IntakeOutcome.NotReferral;
        }

        await threads.RecordUpdateAsync(message, detection, referralId, cancellationToken);
        LogUpdate(logger, referralId, recorded);
        return recorded == UpdateRecording.Recorded ? IntakeOutcome.ReferralUpdate : IntakeOutcome.AlreadyProcessed;
    }

    // The checklist of the referral's pathway, applied to what the update gives (quoted text included).
    private IReadOnlyList<string> StillMissing(IncomingMessage message, ReferralDetection detection, Referral referral) =>
        referral.Pathway is { } pathway ? detector.MissingItemsFor(message, detection, pathway) : referral.MissingItems;

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "Update taken onto referral {ReferralId}: {Recording}")]
    private static partial void LogUpdate(ILogger logger, string referralId, UpdateRecording recording);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning,
        Message = "Referral-update (confidence {Confidence:0.00}) matches no referral in progress; no card was made")]
    private static partial void LogUpdateWithoutReferral(ILogger logger, double confidence);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information,
        Message = "Message taken: {Outcome} (referral {ReferralId}, detected {Kind} at {Confidence:0.00})")]
    private static partial void LogTaken(ILogger logger, IntakeOutcome outcome, string? referralId, MessageKind kind, double confidence);
}
