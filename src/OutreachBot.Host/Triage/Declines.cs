using OutreachBot.Clinic.Pipeline;
using OutreachBot.Clinic.Referrals;
using OutreachBot.Clinic.Staff;
using OutreachBot.Host.Correspondence;
using OutreachBot.Host.Pipeline;
using OutreachBot.Host.Staff;

namespace OutreachBot.Host.Triage;

/// <summary>
/// "Decline": the referral leaves at the Declined exit with a reason, and the referrer is told politely (a letter per
/// reason, without clinical details), once. A retried click changes nothing and sends nothing twice.
/// </summary>
public sealed partial class Declines(
    ReferralStore referrals,
    ReferrerLetters letters,
    IReferrerMail mail,
    IntakeActions intake,
    TriageCards cards,
    TimeProvider time,
    ILogger<Declines> logger)
{
    private const int MaxNoteLength = 200;

    public async Task<CardActionResult> DeclineAsync(string? referralId, string? reason, string? note, StaffIdentity who, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(who);
        if (string.IsNullOrWhiteSpace(referralId) || await referrals.FindAsync(referralId, cancellationToken) is not { } current)
        {
            return TriageNotices.NotFound();
        }

        if (IntakePolicy.DeclineReferral(who.Roles) is { Allowed: false, Reason: var why })
        {
            LogRefused(logger, current.PartitionKey, who.Roles);
            return CardActionResult.Say(why!);
        }

        if (!DeclineReasons.IsKnown(reason))
        {
            return CardActionResult.Say("Choose a reason for declining.");
        }

        note = note?.Trim() is { Length: > 0 } text ? text[..Math.Min(text.Length, MaxNoteLength)] : null;
        if (reason == DeclineReasons.Other && note is null)
        {
            return CardActionResult.Say("For \"Other\", say why in a few words (it stays with the clinic; the referrer is not shown it).");
        }

        if (await referrals.MoveAsync(current.PartitionKey, r => r.Decline(reason!, note, who.Member, time.GetUtcNow()), cancellationToken, current) is not var (change, row))
        {
            return TriageNotices.NotFound();
        }

        if (change.Outcome == StageChangeOutcome.Refused)
        {
            return CardActionResult.Say(change.RefusedBecause!);
        }

        var declined = change.Referral;
        var sent = LetterOutcome.AlreadySent;
        if (declined.Stage == PipelineStage.Declined && declined.Referrer.Email is not null)
        {
            try
            {
                sent = await mail.SendOnceAsync(await letters.DeclineAsync(declined, cancellationToken), cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogNotSent(logger, ex, declined.Id);
                if (change.Outcome == StageChangeOutcome.Moved)
                {
                    await intake.UpdateChannelCardAsync(row, cards.ForChannel(declined), cancellationToken);
                    await intake.FollowIntakeCardAsync(row, cancellationToken);
                }

                return CardActionResult.Say("The referral is declined, but the email to the referrer could not be sent just now. Decline it again to retry; it will not be sent twice.");
            }
        }

        LogDeclined(logger, declined.Id, declined.DeclineReason, sent);
        if (change.Outcome == StageChangeOutcome.Moved || sent == LetterOutcome.Sent)
        {
            await intake.UpdateChannelCardAsync(row, cards.ForChannel(declined), cancellationToken);
        }

        if (change.Outcome == StageChangeOutcome.Moved)
        {
            await intake.FollowIntakeCardAsync(row, cancellationToken); // a clinician holding it sees it declined
        }

        return CardActionResult.ShowCard(cards.ForViewer(declined, IntakeActions.ViewerOf(who, declined)));
    }

    [LoggerMessage(EventId = 3211, Level = LogLevel.Information, Message = "Referral {ReferralId} declined ({Reason}); letter {Outcome}")]
    private static partial void LogDeclined(ILogger logger, string referralId, string? reason, LetterOutcome outcome);

    [LoggerMessage(EventId = 3212, Level = LogLevel.Warning, Message = "Referral {ReferralId} is declined but the letter to its referrer was not sent")]
    private static partial void LogNotSent(ILogger logger, Exception exception, string referralId);

    [LoggerMessage(EventId = 3213, Level = LogLevel.Information, Message = "Refused to decline referral {ReferralId} for someone with roles {Roles}")]
    private static partial void LogRefused(ILogger logger, string referralId, StaffRoles roles);
}
