using Microsoft.Extensions.Options;
using OutreachBot.Clinic.Detection;
using OutreachBot.Clinic.Referrals;
using OutreachBot.Host.ClinicProfile;
using OutreachBot.Host.Mailbox;
using OutreachBot.Host.Pipeline;

namespace OutreachBot.Host.MessageExtension;

/// <summary>
/// Referrals logged from a message in Teams or Outlook, through the mailbox's own parts: the same detector
/// (prefilling the form), the same exactly-once ledger (<see cref="ProcessedMessages"/>, keyed by the message) and
/// the same <see cref="ReferralStore"/> (one batch: the referral and its first event). A message the mailbox has
/// already taken, or a referral with the same referrer, patient initials and day, is not created again.
/// </summary>
public sealed partial class MessageReferrals(
    ReferralDetector detector,
    ReferralStore referrals,
    ProcessedMessages ledger,
    IOptions<ClinicOptions> clinic,
    TimeProvider time,
    ILogger<MessageReferrals> logger)
{
    /// <summary>The detector's reading of the message, as a draft for the form, and the source the submit will carry.</summary>
    public (ReferralDraft Draft, SubmittedSource Source) Prepare(SourceMessage message, string channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var incoming = message.ToIncoming(cancellationToken);
        var detection = detector.Detect(incoming);
        var draft = ReferralDraft.From(detection, message.ReceivedAt);
        var contentKeys = ContentKey.For(draft.Referrer, draft.PatientInitials, message.ReceivedAt, clinic.Value.Zone);
        LogPrepared(logger, detection.Kind, detection.Confidence);
        return (draft, new SubmittedSource(message.Key, message.ReceivedAt, contentKeys, channel));
    }

    /// <summary>Creates the referral the staff member confirmed, unless it is already in the pipeline.</summary>
    public async Task<ReferralFromMessage> LogAsync(SubmittedSource source, ReferralDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(draft);
        // The same message again (the mailbox took this email by its Message-ID, or someone logged it already). A
        // message the mailbox read as not a referral is not in the pipeline: staff know better, so it is created.
        if (await referrals.FindAsync(ReferralId.ForMessage(source.Key), cancellationToken) is { } existing)
        {
            LogOutcome(logger, ReferralFromMessageOutcome.AlreadyLogged, existing.PartitionKey);
            return new ReferralFromMessage(ReferralFromMessageOutcome.AlreadyLogged, existing.PartitionKey);
        }

        if (await FindSameAsync(source, draft, cancellationToken) is { } same)
        {
            await ledger.RecordAsync(source.Key, nameof(IntakeOutcome.AlreadyProcessed), same, time.GetUtcNow(), cancellationToken);
            LogOutcome(logger, ReferralFromMessageOutcome.SameReferralExists, same);
            return new ReferralFromMessage(ReferralFromMessageOutcome.SameReferralExists, same);
        }

        var message = new IncomingMessage(source.Key, string.Empty, draft.Referrer.Email ?? string.Empty, draft.Referrer.Name,
            source.ReceivedAt, string.Empty, [], null, []);
        var detection = new ReferralDetection(draft.Kind, 1.0, ["logged by staff from a message"], draft.Pathway, draft.Urgency,
            draft.Referrer, new Clinic.PatientFacts(null, null, draft.PatientAge, null), [], null, false)
        {
            MissingItems = draft.MissingItems,
        };
        var (referral, received) = ReferralIntake.FromMessage(message, detection)
            ?? throw new InvalidOperationException("A confirmed referral draft is always a new referral.");
        referral = referral with { PatientInitials = draft.PatientInitials, PatientAge = draft.PatientAge };
        var created = await referrals.AddAsync(referral, received, cancellationToken);
        await ledger.RecordAsync(source.Key, nameof(IntakeOutcome.NewReferral), referral.Id, time.GetUtcNow(), cancellationToken);
        var outcome = created ? ReferralFromMessageOutcome.Created : ReferralFromMessageOutcome.AlreadyLogged;
        LogOutcome(logger, outcome, referral.Id);
        return new ReferralFromMessage(outcome, referral.Id);
    }

    // A referral received the same clinic day (the window reaches a day back for time zones) whose referrer and
    // patient initials match what the detector read, or what the staff member confirmed.
    private async Task<string?> FindSameAsync(SubmittedSource source, ReferralDraft draft, CancellationToken cancellationToken)
    {
        var zone = clinic.Value.Zone;
        var keys = new HashSet<string>(source.DetectedContentKeys, StringComparer.Ordinal);
        keys.UnionWith(ContentKey.For(draft.Referrer, draft.PatientInitials, source.ReceivedAt, zone));

        if (keys.Count == 0)
        {
            return null;
        }

        await foreach (var row in referrals.ReceivedSinceAsync(source.ReceivedAt.AddDays(-2), cancellationToken))
        {
            var candidate = row.ToReferral();
            if (ContentKey.For(candidate.Referrer, candidate.PatientInitials, candidate.ReceivedAt, zone).Any(keys.Contains))
            {
                return candidate.Id;
            }
        }

        return null;
    }

    [LoggerMessage(EventId = 9001, Level = LogLevel.Information, Message = "Message action: detected {Kind} at {Confidence:0.00}")]
    private static partial void LogPrepared(ILogger logger, MessageKind kind, double confidence);

    [LoggerMessage(EventId = 9002, Level = LogLevel.Information, Message = "Message action: {Outcome} (referral {ReferralId})")]
    private static partial void LogOutcome(ILogger logger, ReferralFromMessageOutcome outcome, string referralId);
}
