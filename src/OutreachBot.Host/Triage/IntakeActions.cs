using System.Text.Json.Nodes;
using OutreachBot.Clinic.Pipeline;
using OutreachBot.Clinic.Referrals;
using OutreachBot.Clinic.Staff;
using OutreachBot.Host.Intake;
using OutreachBot.Host.Pipeline;
using OutreachBot.Host.Staff;
using OutreachBot.Host.Teams;

namespace OutreachBot.Host.Triage;

/// <summary>What staff do on a triage card. Each action is idempotent: a retried click changes nothing twice.</summary>
public sealed partial class IntakeActions(
    ReferralStore referrals,
    TriageCards cards,
    TimeProvider time,
    ILogger<IntakeActions> logger,
    IIntakeCardFollower intakeCards,
    ChannelCardUpdates channelCards)
{
    /// <summary>
    /// Gives the intake to the person acting, when the policy lets them, and returns the card as it now stands (with the
    /// assignee, or saying who already has it), a message saying why they may not, or an error card when the referral
    /// does not exist. The channel's card is updated for everyone.
    /// </summary>
    public async Task<CardActionResult> AssignToMeAsync(string? referralId, StaffIdentity who, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(who);
        if (string.IsNullOrWhiteSpace(referralId) || await referrals.FindAsync(referralId, cancellationToken) is not { } current)
        {
            LogMissingReferral(logger);
            return NotFound();
        }

        var decision = IntakePolicy.TakeIntake(who.Roles, who.AsClinician, current.ToReferral());
        if (!decision.Allowed)
        {
            LogRefused(logger, current.PartitionKey, who.Roles);
            return CardActionResult.Say(decision.Reason!);
        }

        if (await referrals.AssignAsync(referralId, who.Member, time.GetUtcNow(), cancellationToken, current) is not var (assignment, row))
        {
            return NotFound();
        }

        if (assignment.Outcome == IntakeAssignmentOutcome.Assigned)
        {
            LogAssigned(logger, row.PartitionKey);
            await UpdateChannelCardAsync(row, cards.ForChannel(assignment.Referral), cancellationToken);
        }

        if (who.AsClinician is not null && assignment.Outcome != IntakeAssignmentOutcome.HeldBySomeoneElse)
        {
            // A clinician took it: their 1:1 intake card (sent once per assignment, so a retry sends nothing twice).
            await intakeCards.SendAsync(row, cancellationToken);
        }

        return CardActionResult.ShowCard(cards.ForViewer(assignment.Referral, ViewerOf(who, assignment.Referral)));
    }

    /// <summary>The card as <paramref name="who"/> should see it (their buttons), for Teams' automatic refresh.</summary>
    public async Task<CardActionResult> RefreshAsync(string? referralId, StaffIdentity who, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(who);
        if (string.IsNullOrWhiteSpace(referralId) || await referrals.FindAsync(referralId, cancellationToken) is not { } row)
        {
            return NotFound();
        }

        var referral = row.ToReferral();
        return CardActionResult.ShowCard(cards.ForViewer(referral, ViewerOf(who, referral)));
    }

    /// <summary>Records that the clinic reached the family (by call, email or text): the referral moves to first contact.</summary>
    public Task<CardActionResult> LogFirstContactAsync(string? referralId, string? method, StaffIdentity who, CancellationToken cancellationToken) =>
        MoveAsync(
            referralId,
            who,
            referral => IntakePolicy.LogFirstContact(who.Roles, referral.AssignedTo?.Id == who.Member.Id),
            referral => referral.LogFirstContact(who.Member, time.GetUtcNow(), method!),
            method is "call" or "email" or "text" ? null : "Choose how the family was reached: phone call, email or text message.",
            cancellationToken);

    /// <summary>
    /// Records an attempt to reach the family by <paramref name="method"/> and how it went (<paramref name="outcome"/>:
    /// reached, left-message, no-answer; none is taken as reached). <paramref name="attemptsOnCard"/> is the count the
    /// card showed, so a retried click does not count an attempt twice.
    /// </summary>
    public Task<CardActionResult> LogContactAsync(string? referralId, string? method, string? outcome, int attemptsOnCard, StaffIdentity who, CancellationToken cancellationToken) =>
        outcome is null
            ? LogFirstContactAsync(referralId, method, who, cancellationToken)
            : MoveAsync(
                referralId,
                who,
                referral => IntakePolicy.LogFirstContact(who.Roles, ClinicianIntakeCards.Holds(who, referral)),
                referral => ContactOutcomes.Parse(outcome) is { } how
                    ? referral.LogContact(who.Member, time.GetUtcNow(), method!, how, attemptsOnCard) is var change && change.Event is { } e
                        ? change with { Event = e with { FromCard = "triage" } }
                        : change
                    : new StageChange(StageChangeOutcome.Refused, referral, null, "Choose how the contact went."),
                method is "call" or "email" or "text" ? null : "Choose how the family was reached: phone call, email or text message.",
                cancellationToken);

    /// <summary>Staff say the detector was wrong: closed as not a referral, recorded for the detector's feedback set.</summary>
    public Task<CardActionResult> MarkNotReferralAsync(string? referralId, StaffIdentity who, CancellationToken cancellationToken) =>
        MoveAsync(
            referralId,
            who,
            _ => IntakePolicy.MarkNotReferral(who.Roles),
            referral => referral.MarkNotReferral(who.Member, time.GetUtcNow()),
            null,
            cancellationToken);

    private async Task<CardActionResult> MoveAsync(
        string? referralId,
        StaffIdentity who,
        Func<Referral, StaffDecision> policy,
        Func<Referral, StageChange> move,
        string? invalidInput,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(referralId) || await referrals.FindAsync(referralId, cancellationToken) is not { } current)
        {
            return NotFound();
        }

        if (policy(current.ToReferral()) is { Allowed: false, Reason: var why })
        {
            LogRefused(logger, current.PartitionKey, who.Roles);
            return CardActionResult.Say(why!);
        }

        if (invalidInput is not null)
        {
            return CardActionResult.Say(invalidInput);
        }

        if (await referrals.MoveAsync(referralId, move, cancellationToken, current) is not var (change, row))
        {
            return NotFound();
        }

        if (change.Outcome == StageChangeOutcome.Refused)
        {
            return CardActionResult.Say(change.RefusedBecause!);
        }

        if (change.Outcome == StageChangeOutcome.Moved)
        {
            LogMoved(logger, row.PartitionKey, change.Referral.Stage);
            await UpdateChannelCardAsync(row, cards.ForChannel(change.Referral), cancellationToken);
            await intakeCards.FollowAsync(row, cancellationToken);
        }

        return CardActionResult.ShowCard(cards.ForViewer(change.Referral, ViewerOf(who, change.Referral)));
    }

    public static TriageViewer ViewerOf(StaffIdentity who, Referral referral) => new(
        IntakePolicy.TakeIntake(who.Roles, who.AsClinician, referral).Allowed,
        IntakePolicy.LogFirstContact(who.Roles, referral.AssignedTo?.Id == who.Member.Id).Allowed,
        IntakePolicy.MarkNotReferral(who.Roles).Allowed)
    {
        CanRequestMissingInfo = IntakePolicy.RequestMissingInfo(who.Roles, referral.AssignedTo?.Id == who.Member.Id).Allowed,
        CanDecline = IntakePolicy.DeclineReferral(who.Roles).Allowed,
        CanMerge = IntakePolicy.MergeReferrals(who.Roles).Allowed,
        CanAssignClinician = IntakePolicy.ChooseClinician(who.Roles).Allowed,
    };

    private static CardActionResult NotFound() => CardActionResult.ShowCard(NoticeCard.For(
        "Referral not found",
        "This referral is no longer in the pipeline. It may have been merged or removed; check the triage channel for the current card."));

    /// <summary>Brings the clinician's 1:1 intake card of the current assignment up to date (after a triage decision).</summary>
    public Task FollowIntakeCardAsync(ReferralRow row, CancellationToken cancellationToken) => intakeCards.FollowAsync(row, cancellationToken);

    /// <summary>
    /// Replaces the referral's card in the channel for everyone. Queued, not awaited (see <see cref="ChannelCardUpdates"/>):
    /// the person acting gets their answer without waiting for the channel's copy; a failure is logged, not thrown.
    /// </summary>
    public Task UpdateChannelCardAsync(ReferralRow row, JsonObject card, CancellationToken cancellationToken)
    {
        channelCards.Enqueue(row, card);
        return Task.CompletedTask;
    }

    [LoggerMessage(EventId = 3101, Level = LogLevel.Information, Message = "Intake of referral {ReferralId} assigned")]
    private static partial void LogAssigned(ILogger logger, string referralId);

    [LoggerMessage(EventId = 3104, Level = LogLevel.Information, Message = "Refused to assign referral {ReferralId} to someone with roles {Roles}")]
    private static partial void LogRefused(ILogger logger, string referralId, StaffRoles roles);

    [LoggerMessage(EventId = 3105, Level = LogLevel.Information, Message = "Referral {ReferralId} moved to {Stage}")]
    private static partial void LogMoved(ILogger logger, string referralId, PipelineStage stage);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Warning, Message = "A card action named a referral that does not exist")]
    private static partial void LogMissingReferral(ILogger logger);

}
