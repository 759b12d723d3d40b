using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using OutreachBot.Clinic.Pipeline;
using OutreachBot.Clinic.Referrals;
using OutreachBot.Clinic.Scheduling;
using OutreachBot.Clinic.Staff;
using OutreachBot.Host.Calendars;
using OutreachBot.Host.Pipeline;
using OutreachBot.Host.Staff;
using OutreachBot.Host.Teams;
using OutreachBot.Host.Triage;

namespace OutreachBot.Host.Intake;

/// <summary>
/// What the clinician does on their intake card: accept, give back to triage, book an evaluation from the proposed
/// times, log a contact, mark the evaluation completed. Each is authorised, decided by the domain, saved with its
/// event (ETag), and safe to repeat; the channel card and the intake card follow.
/// </summary>
public sealed partial class ClinicianIntakeActions(
    ReferralStore referrals,
    ClinicianIntakeCards intakeCards,
    IntakeCardRecords records,
    IntakeActions triage,
    TriageCards triageCards,
    EvaluationScheduler scheduler,
    EvaluationNotices notices,
    IOptions<CalendarOptions> calendar,
    TimeProvider time,
    ILogger<ClinicianIntakeActions> logger)
{
    private const string FromCard = "intake";

    public static bool Handles(string verb) => ClinicianIntakeCard.Verbs.Contains(verb);

    public Task<CardActionResult> RunAsync(string verb, JsonObject data, StaffIdentity who, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(who);
        var input = IntakeCardInput.From(data);
        var now = time.GetUtcNow();
        return verb switch
        {
            ClinicianIntakeCard.RefreshVerb => RefreshAsync(input, who, cancellationToken),
            ClinicianIntakeCard.AcceptVerb => ChangeAsync(input, who, OwnIntake, r => r.Accept(HolderAs(who, r), now), cancellationToken),
            ClinicianIntakeCard.ReturnVerb => ReturnAsync(input, who, cancellationToken),
            ClinicianIntakeCard.BookVerb => BookAsync(input, who, cancellationToken),
            ClinicianIntakeCard.CompleteVerb => ChangeAsync(input, who, (w, r) => IntakePolicy.CompleteEvaluation(w.Roles, ClinicianIntakeCards.Holds(w, r)),
                r => r.CompleteEvaluation(who.Member, now), cancellationToken),
            ClinicianIntakeCard.LogContactVerb => input.Method is "call" or "email" or "text" && ContactOutcomes.Parse(input.Outcome) is { } outcome
                ? ChangeAsync(input, who, (w, r) => IntakePolicy.LogFirstContact(w.Roles, ClinicianIntakeCards.Holds(w, r)),
                    r => r.LogContact(who.Member, now, input.Method, outcome, input.ContactAttempts), cancellationToken)
                : Task.FromResult(CardActionResult.Say("Choose how you tried to reach the family (call, email or text) and how it went.")),
            _ => Task.FromResult(CardActionResult.Say("This card's button is not one I know.")),
        };
    }

    private static StaffDecision OwnIntake(StaffIdentity who, Referral referral) => IntakePolicy.ActOnOwnIntake(who.Roles, ClinicianIntakeCards.Holds(who, referral));

    private async Task<CardActionResult> RefreshAsync(IntakeCardInput input, StaffIdentity who, CancellationToken cancellationToken)
    {
        if (await FindAsync(input, cancellationToken) is not { } row)
        {
            return NotFound();
        }

        var referral = row.ToReferral();
        return CardActionResult.ShowCard(await intakeCards.DrawAsync(referral, IsCardHolder(who, referral, input), cancellationToken));
    }

    private async Task<CardActionResult> ReturnAsync(IntakeCardInput input, StaffIdentity who, CancellationToken cancellationToken)
    {
        if (input.Assignment is not { } assignment)
        {
            return CardActionResult.Say("This card is from an older version of OutreachBot. Ask intake staff to reassign the referral.");
        }

        var result = await ChangeAsync(
            input,
            who,
            (w, r) => r.ReturnedToTriage is { } earlier && earlier.Assignment.ToUnixTimeMilliseconds() == assignment.ToUnixTimeMilliseconds()
                && (string.Equals(earlier.By.Id, w.Member.Id, StringComparison.OrdinalIgnoreCase) || string.Equals(earlier.By.Id, w.AsClinician?.Key, StringComparison.OrdinalIgnoreCase))
                    ? StaffDecision.Granted
                    : OwnIntake(w, r),
            r => r.ReturnToTriage(HolderAs(who, r), time.GetUtcNow(), input.Reason ?? string.Empty, input.Note, assignment),
            cancellationToken);
        return result;
    }

    private async Task<CardActionResult> BookAsync(IntakeCardInput input, StaffIdentity who, CancellationToken cancellationToken)
    {
        if (await FindAsync(input, cancellationToken) is not { } row)
        {
            return NotFound();
        }

        var referral = row.ToReferral();
        if (OwnIntake(who, referral) is { Allowed: false, Reason: var why })
        {
            LogRefused(logger, row.PartitionKey, who.Roles);
            return CardActionResult.Say(why!);
        }

        if (input.SlotStart is not { } start)
        {
            return CardActionResult.Say("Choose one of the evaluation times on the card.");
        }

        var slot = new EvaluationSlot(start, start + calendar.Value.EvaluationLength);
        var clinician = referral.AssignedTo!;
        var patient = await records.PatientAsync(referral.Id, cancellationToken);
        var notice = EvaluationNotice.For(referral, patient);
        // The domain decides first (nothing is booked for a move it would refuse), then the calendar, then the state.
        var preview = referral.ScheduleEvaluation(clinician, time.GetUtcNow(), slot.Start, slot.End, null, notice.FrontDesk);
        if (preview.Outcome == StageChangeOutcome.Refused)
        {
            return CardActionResult.Say(preview.RefusedBecause!);
        }

        if (preview.Outcome == StageChangeOutcome.Moved)
        {
            if (!await IsStillFreeAsync(clinician, slot, cancellationToken))
            {
                return CardActionResult.ShowCard(await intakeCards.DrawAsync(referral, holder: true, cancellationToken) is var fresh
                    ? WithNotice(fresh, "That time is no longer free in your calendar. Here are the times free now.")
                    : fresh);
            }

            var eventId = await scheduler.BookAsync(
                new EvaluationBooking(intakeCards.CalendarOf(clinician), referral.Id, referral.PatientInitials ?? "patient", slot), cancellationToken);
            LogBooked(logger, referral.Id);
            var saved = await referrals.MoveAsync(referral.Id, r => Tagged(r.ScheduleEvaluation(clinician, time.GetUtcNow(), slot.Start, slot.End, eventId, notice.FrontDesk)), cancellationToken);
            if (saved is not var (change, after))
            {
                return NotFound();
            }

            if (change.Outcome == StageChangeOutcome.Refused)
            {
                return CardActionResult.Say(change.RefusedBecause!);
            }

            (row, referral) = (after, change.Referral);
            if (change.Outcome == StageChangeOutcome.Moved)
            {
                await triage.UpdateChannelCardAsync(row, triageCards.ForChannel(referral), cancellationToken);
                await intakeCards.FollowAsync(row, cancellationToken);
            }
        }

        // Also on a retry: the letter goes at most once, and a retry after a crash still sends it.
        await notices.TellAsync(referral, patient, clinician.Name, cancellationToken);
        return CardActionResult.ShowCard(await intakeCards.DrawAsync(referral, holder: true, cancellationToken));
    }

    private async Task<bool> IsStillFreeAsync(Clinic.Staff.StaffMember clinician, EvaluationSlot slot, CancellationToken cancellationToken)
    {
        var free = await scheduler.FreeSlotsAsync(intakeCards.CalendarOf(clinician), slot.Start.AddHours(-12), slot.Start.AddHours(12), cancellationToken);
        return free.Any(s => s.Start == slot.Start);
    }

    private async Task<CardActionResult> ChangeAsync(
        IntakeCardInput input,
        StaffIdentity who,
        Func<StaffIdentity, Referral, StaffDecision> policy,
        Func<Referral, StageChange> decide,
        CancellationToken cancellationToken)
    {
        if (await FindAsync(input, cancellationToken) is not { } current)
        {
            return NotFound();
        }

        var before = current.ToReferral();
        if (policy(who, before) is { Allowed: false, Reason: var why })
        {
            LogRefused(logger, current.PartitionKey, who.Roles);
            return CardActionResult.Say(why!);
        }

        if (await referrals.MoveAsync(before.Id, r => Tagged(decide(r)), cancellationToken) is not var (change, row))
        {
            return NotFound();
        }

        if (change.Outcome == StageChangeOutcome.Refused)
        {
            return CardActionResult.Say(change.RefusedBecause!);
        }

        var referral = change.Referral;
        if (change.Outcome == StageChangeOutcome.Moved)
        {
            LogChanged(logger, row.PartitionKey, change.Event!.Kind);
            await triage.UpdateChannelCardAsync(row, triageCards.ForChannel(referral), cancellationToken);
            if (before.AssignedAt is { } assignment && !referral.IsCurrentAssignment(assignment))
            {
                // Given back: the clinician's card stops showing the patient's details.
                await intakeCards.UpdateAsync(referral, assignment, holder: false, cancellationToken);
            }
            else
            {
                await intakeCards.FollowAsync(row, cancellationToken);
            }
        }

        return CardActionResult.ShowCard(await intakeCards.DrawAsync(referral, IsCardHolder(who, referral, input), cancellationToken));
    }

    // The card shows the patient's details only to the holder, and only for the assignment it was drawn for.
    private static bool IsCardHolder(StaffIdentity who, Referral referral, IntakeCardInput input) =>
        ClinicianIntakeCards.Holds(who, referral) && (input.Assignment is not { } assignment || referral.IsCurrentAssignment(assignment));

    // The domain matches the holder by the id the intake was given under (object id, or the staff list's key).
    private static StaffMember HolderAs(StaffIdentity who, Referral referral) =>
        referral.AssignedTo is { } holder && ClinicianIntakeCards.Holds(who, referral) ? holder with { Name = who.Member.Name } : who.Member;

    private static StageChange Tagged(StageChange change) =>
        change.Event is { } e ? change with { Event = e with { FromCard = FromCard } } : change;

    private async Task<ReferralRow?> FindAsync(IntakeCardInput input, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(input.ReferralId) ? null : await referrals.FindAsync(input.ReferralId, cancellationToken);

    private static JsonObject WithNotice(JsonObject card, string notice)
    {
        ((JsonArray)card["body"]!).Insert(0, Cards.CardElements.Text(notice, color: "Warning", weight: "Bolder"));
        return card;
    }

    private static CardActionResult NotFound() => CardActionResult.ShowCard(NoticeCard.For(
        "Referral not found",
        "This referral is no longer in the pipeline. It may have been merged or removed; check the triage channel for the current card."));

    [LoggerMessage(EventId = 3221, Level = LogLevel.Information, Message = "Intake card action on referral {ReferralId}: {Kind}")]
    private static partial void LogChanged(ILogger logger, string referralId, PipelineEventKind kind);

    [LoggerMessage(EventId = 3222, Level = LogLevel.Information, Message = "Refused an intake card action on referral {ReferralId} to someone with roles {Roles}")]
    private static partial void LogRefused(ILogger logger, string referralId, StaffRoles roles);

    [LoggerMessage(EventId = 3223, Level = LogLevel.Information, Message = "Evaluation for referral {ReferralId} booked in the clinician's calendar")]
    private static partial void LogBooked(ILogger logger, string referralId);
}
