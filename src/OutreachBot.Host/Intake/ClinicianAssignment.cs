using System.Text.Json.Nodes;
using OutreachBot.Clinic.Pipeline;
using OutreachBot.Clinic.Referrals;
using OutreachBot.Clinic.Staff;
using OutreachBot.Host.Pipeline;
using OutreachBot.Host.Staff;
using OutreachBot.Host.Teams;
using OutreachBot.Host.Triage;

namespace OutreachBot.Host.Intake;

/// <summary>
/// The triage card's clinician actions: intake staff give the intake to a clinician who takes the pathway (one winner,
/// a retry changes nothing), which sends the clinician their intake card; and the front desk records that it told the
/// family the evaluation time.
/// </summary>
public sealed partial class ClinicianAssignment(
    ReferralStore referrals,
    StaffDirectory staff,
    ClinicianIntakeCards intakeCards,
    IntakeActions triage,
    TriageCards cards,
    TimeProvider time,
    ILogger<ClinicianAssignment> logger)
{
    public const string AssignToClinicianVerb = TriageCard.AssignToClinicianVerb;
    public const string FamilyToldVerb = TriageCard.FamilyToldVerb;
    private const string FromCard = "triage";

    public static bool Handles(string verb) => verb is AssignToClinicianVerb or FamilyToldVerb;

    public Task<CardActionResult> RunAsync(string verb, JsonObject data, StaffIdentity who, CancellationToken cancellationToken)
    {
        var input = IntakeCardInput.From(data);
        return verb == AssignToClinicianVerb
            ? AssignAsync(input, who, cancellationToken)
            : FamilyToldAsync(input, who, cancellationToken);
    }

    private async Task<CardActionResult> AssignAsync(IntakeCardInput input, StaffIdentity who, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(who);
        if (string.IsNullOrWhiteSpace(input.ReferralId) || await referrals.FindAsync(input.ReferralId, cancellationToken) is not { } current)
        {
            return NotFound();
        }

        var chosen = string.IsNullOrWhiteSpace(input.Clinician) ? null : staff.Staff.ClinicianOf([input.Clinician]);
        if (IntakePolicy.AssignToClinician(who.Roles, chosen, current.ToReferral()) is { Allowed: false, Reason: var why })
        {
            LogRefused(logger, current.PartitionKey, who.Roles);
            return CardActionResult.Say(why!);
        }

        if (current.ToReferral().Stage is not (PipelineStage.Received or PipelineStage.FirstContact))
        {
            return CardActionResult.Say("This referral is past intake, so it can't be given to another clinician here.");
        }

        var clinician = new StaffMember(chosen!.Key, chosen.DisplayName);
        var at = time.GetUtcNow();
        if (await referrals.MoveAsync(input.ReferralId, r => AsChange(r.AssignToClinician(clinician, who.Member, at)), cancellationToken) is not var (change, row))
        {
            return NotFound();
        }

        if (change.Outcome == StageChangeOutcome.Moved)
        {
            LogAssigned(logger, row.PartitionKey);
            await triage.UpdateChannelCardAsync(row, cards.ForChannel(change.Referral), cancellationToken);
            if (current.ToReferral() is { AssignedAt: { } earlier })
            {
                // Handed on by its holder: their intake card stops showing the patient's details.
                await intakeCards.UpdateAsync(change.Referral, earlier, holder: false, cancellationToken);
            }
        }

        if (change.Referral.IsHeldBy(clinician.Id))
        {
            // Also on a retry, in case the first attempt stopped before the card went out (sent at most once).
            await intakeCards.SendAsync(row, cancellationToken);
        }

        // The card as it stands: with the chosen clinician, or with whoever won the race.
        return CardActionResult.ShowCard(cards.ForViewer(change.Referral, IntakeActions.ViewerOf(who, change.Referral)));
    }

    private async Task<CardActionResult> FamilyToldAsync(IntakeCardInput input, StaffIdentity who, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(input.ReferralId) || await referrals.FindAsync(input.ReferralId, cancellationToken) is not { } current)
        {
            return NotFound();
        }

        if (IntakePolicy.RecordFamilyTold(who.Roles, ClinicianIntakeCards.Holds(who, current.ToReferral())) is { Allowed: false, Reason: var why })
        {
            LogRefused(logger, current.PartitionKey, who.Roles);
            return CardActionResult.Say(why!);
        }

        var at = time.GetUtcNow();
        if (await referrals.MoveAsync(input.ReferralId, r => Tag(r.RecordFamilyTold(who.Member, at)), cancellationToken) is not var (change, row))
        {
            return NotFound();
        }

        if (change.Outcome == StageChangeOutcome.Moved)
        {
            await triage.UpdateChannelCardAsync(row, cards.ForChannel(change.Referral), cancellationToken);
            await intakeCards.FollowAsync(row, cancellationToken);
        }

        return CardActionResult.ShowCard(cards.ForViewer(change.Referral, IntakeActions.ViewerOf(who, change.Referral)));
    }

    // The store applies stage changes with their event (ETag, one winner); an assignment fits the same shape. Someone
    // else holding it is "no change": the answer is the card saying who has it.
    private static StageChange AsChange(IntakeAssignment assignment) => assignment.Outcome == IntakeAssignmentOutcome.Assigned
        ? Tag(new StageChange(StageChangeOutcome.Moved, assignment.Referral, assignment.Event, null))
        : new StageChange(StageChangeOutcome.AlreadyThere, assignment.Referral, null, null);

    private static StageChange Tag(StageChange change) =>
        change.Event is { } e ? change with { Event = e with { FromCard = FromCard } } : change;

    private static CardActionResult NotFound() => CardActionResult.ShowCard(NoticeCard.For(
        "Referral not found",
        "This referral is no longer in the pipeline. It may have been merged or removed; check the triage channel for the current card."));

    [LoggerMessage(EventId = 3231, Level = LogLevel.Information, Message = "Intake of referral {ReferralId} given to a clinician")]
    private static partial void LogAssigned(ILogger logger, string referralId);

    [LoggerMessage(EventId = 3232, Level = LogLevel.Information, Message = "Refused a clinician action on referral {ReferralId} to someone with roles {Roles}")]
    private static partial void LogRefused(ILogger logger, string referralId, StaffRoles roles);
}
