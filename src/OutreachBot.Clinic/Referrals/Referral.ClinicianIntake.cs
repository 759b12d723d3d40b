using System.Globalization;
using OutreachBot.Clinic.Detection;
using OutreachBot.Clinic.Pipeline;
using OutreachBot.Clinic.Staff;

namespace OutreachBot.Clinic.Referrals;

/// <summary>
/// The clinician's part of an intake: being given it, accepting or returning it, booking and completing the
/// evaluation, and the contact attempts that lead to first contact. Every method is safe to repeat: a retried click
/// changes nothing twice (<see cref="StageChangeOutcome.AlreadyThere"/> means "nothing to change").
/// </summary>
public sealed partial record Referral
{
    /// <summary>When the assigned clinician accepted the intake; null until they do.</summary>
    public DateTimeOffset? AcceptedAt { get; init; }

    /// <summary>The last time a clinician gave the intake back to triage, and why.</summary>
    public IntakeReturn? ReturnedToTriage { get; init; }

    /// <summary>The evaluation booked, once it is.</summary>
    public ScheduledEvaluation? Evaluation { get; init; }

    /// <summary>Attempts to reach the family that did not reach them.</summary>
    public int ContactAttempts { get; init; }

    /// <summary>A task for the front desk: tell the family of the booked evaluation by phone or text.</summary>
    public PreferredContact? FamilyToBeTold { get; init; }

    /// <summary>Whether the person known by <paramref name="staffId"/> holds the intake.</summary>
    public bool IsHeldBy(string? staffId) =>
        AssignedTo is { } holder && staffId is not null && string.Equals(holder.Id, staffId, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Intake staff give the intake to <paramref name="clinician"/>. Giving it to the one who already has it changes
    /// nothing; when someone else has it, only that person may hand it on (so two people choosing at once: one wins).
    /// </summary>
    public IntakeAssignment AssignToClinician(StaffMember clinician, StaffMember by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(clinician);
        ArgumentNullException.ThrowIfNull(by);
        if (IsHeldBy(clinician.Id))
        {
            return new IntakeAssignment(IntakeAssignmentOutcome.AlreadyYours, this, null);
        }

        if (AssignedTo is not null && !IsHeldBy(by.Id))
        {
            return new IntakeAssignment(IntakeAssignmentOutcome.HeldBySomeoneElse, this, null);
        }

        var assigned = this with { AssignedTo = clinician, AssignedAt = at, AcceptedAt = null };
        return new IntakeAssignment(
            IntakeAssignmentOutcome.Assigned,
            assigned,
            new PipelineEvent(Id, PipelineEventKind.Assigned, Stage, by, at, clinician.Id));
    }

    /// <summary>The clinician who holds the intake accepts it.</summary>
    public StageChange Accept(StaffMember by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (!IsHeldBy(by.Id))
        {
            return Refuse("This referral is no longer assigned to you.");
        }

        if (AcceptedAt is not null)
        {
            return Unchanged();
        }

        if (!IsWorkable)
        {
            return Refuse(PipelineTransitions.WhyNot(Stage, PipelineStage.EvaluationScheduled));
        }

        return Changed(this with { AcceptedAt = at }, new PipelineEvent(Id, PipelineEventKind.Accepted, Stage, by, at));
    }

    /// <summary>
    /// The clinician gives the intake back to triage for <paramref name="reason"/>: nobody holds it, and the channel
    /// card says why. <paramref name="assignment"/> is when the returned assignment was made (from the card), so a
    /// retry of the same return changes nothing, and a card from an earlier assignment cannot return a later one.
    /// </summary>
    public StageChange ReturnToTriage(StaffMember by, DateTimeOffset at, string reason, string? note, DateTimeOffset assignment)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (ReturnedToTriage is { } earlier && SameMoment(earlier.Assignment, assignment) && string.Equals(earlier.By.Id, by.Id, StringComparison.OrdinalIgnoreCase))
        {
            return Unchanged();
        }

        if (!IsHeldBy(by.Id) || AssignedAt is not { } held || !SameMoment(held, assignment))
        {
            return Refuse("This referral is no longer assigned to you.");
        }

        if (!IntakeReturnReasons.IsKnown(reason))
        {
            return Refuse("Choose why you are giving this referral back.");
        }

        if (Stage is not (PipelineStage.Received or PipelineStage.FirstContact))
        {
            return Refuse(Evaluation is not null
                ? "The evaluation is already booked with you. Cancel it in your calendar and tell intake staff before giving the referral back."
                : PipelineTransitions.WhyNot(Stage, PipelineStage.Received));
        }

        var returned = this with
        {
            AssignedTo = null,
            AssignedAt = null,
            AcceptedAt = null,
            ReturnedToTriage = new IntakeReturn(by, at, reason, string.IsNullOrWhiteSpace(note) ? null : note.Trim(), assignment),
        };
        return Changed(returned, new PipelineEvent(Id, PipelineEventKind.ReturnedToTriage, Stage, by, at, reason));
    }

    /// <summary>
    /// Books the evaluation from <paramref name="start"/> to <paramref name="end"/> (already put in the clinician's calendar as
    /// <paramref name="calendarEventId"/>): the referral moves to evaluation scheduled and the intake counts as accepted.
    /// The same slot again changes nothing; another slot once one is booked is refused (rescheduling is done by hand).
    /// </summary>
    public StageChange ScheduleEvaluation(StaffMember by, DateTimeOffset at, DateTimeOffset start, DateTimeOffset end, string? calendarEventId, PreferredContact? frontDeskTellsFamilyBy)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (Evaluation is { } booked)
        {
            return booked.Start == start
                ? Unchanged()
                : Refuse($"An evaluation is already booked for this referral ({booked.Start.ToString("ddd d MMM, h:mm tt", CultureInfo.InvariantCulture)}).");
        }

        if (!IsHeldBy(by.Id))
        {
            return Refuse("This referral is no longer assigned to you.");
        }

        if (!PipelineTransitions.Allows(Stage, PipelineStage.EvaluationScheduled))
        {
            return Refuse(PipelineTransitions.WhyNot(Stage, PipelineStage.EvaluationScheduled));
        }

        var scheduled = this with
        {
            Stage = PipelineStage.EvaluationScheduled,
            Evaluation = new ScheduledEvaluation(start, end, calendarEventId),
            AcceptedAt = AcceptedAt ?? at,
            FamilyToBeTold = frontDeskTellsFamilyBy,
        };
        return Changed(scheduled, new PipelineEvent(Id, PipelineEventKind.StageChanged, PipelineStage.EvaluationScheduled, by, at,
            start.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture)));
    }

    /// <summary>The evaluation took place. Refused before it is scheduled, and before its start time.</summary>
    public StageChange CompleteEvaluation(StaffMember by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (Stage == PipelineStage.EvaluationCompleted)
        {
            return Unchanged();
        }

        if (Stage != PipelineStage.EvaluationScheduled)
        {
            return Refuse(PipelineTransitions.WhyNot(Stage, PipelineStage.EvaluationCompleted));
        }

        if (Evaluation is { } booked && at < booked.Start)
        {
            return Refuse("The evaluation has not started yet. Mark it completed once it has taken place.");
        }

        return Move(PipelineStage.EvaluationCompleted, by, at, PipelineEventKind.StageChanged);
    }

    /// <summary>
    /// Records an attempt to reach the family by <paramref name="method"/> (call, email, text). Reaching them is first
    /// contact; otherwise the attempt is counted. <paramref name="attemptsOnCard"/> is the count the clicked card
    /// showed: a retry of that click finds the count already past it and changes nothing.
    /// </summary>
    public StageChange LogContact(StaffMember by, DateTimeOffset at, string method, ContactOutcome outcome, int attemptsOnCard)
    {
        ArgumentNullException.ThrowIfNull(by);
        ArgumentException.ThrowIfNullOrEmpty(method);
        if (Stage is not (PipelineStage.Received or PipelineStage.NotReachable))
        {
            return Stage is PipelineStage.Declined or PipelineStage.Closed
                ? Refuse(PipelineTransitions.WhyNot(Stage, PipelineStage.FirstContact))
                : Unchanged();
        }

        var detail = $"{method}: {ContactOutcomes.ValueOf(outcome)}";
        if (outcome == ContactOutcome.Reached)
        {
            return Move(PipelineStage.FirstContact, by, at, PipelineEventKind.StageChanged, detail);
        }

        if (attemptsOnCard < ContactAttempts)
        {
            return Unchanged();
        }

        return Changed(this with { ContactAttempts = ContactAttempts + 1 }, new PipelineEvent(Id, PipelineEventKind.ContactAttempted, Stage, by, at, detail));
    }

    /// <summary>The front desk told the family of the booked evaluation: the task leaves the channel card.</summary>
    public StageChange RecordFamilyTold(StaffMember by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        return FamilyToBeTold is { } how
            ? Changed(this with { FamilyToBeTold = null }, new PipelineEvent(Id, PipelineEventKind.FamilyTold, Stage, by, at, how.ToString().ToLowerInvariant()))
            : Unchanged();
    }

    /// <summary>Whether <paramref name="assignment"/> (from a card) names the current assignment, to the millisecond a table keeps.</summary>
    public bool IsCurrentAssignment(DateTimeOffset assignment) => AssignedAt is { } held && SameMoment(held, assignment);

    private static bool SameMoment(DateTimeOffset a, DateTimeOffset b) => a.ToUnixTimeMilliseconds() == b.ToUnixTimeMilliseconds();

    private bool IsWorkable => Stage is PipelineStage.Received or PipelineStage.FirstContact or PipelineStage.EvaluationScheduled or PipelineStage.NotReachable;

    private StageChange Unchanged() => new(StageChangeOutcome.AlreadyThere, this, null, null);

    private StageChange Refuse(string why) => new(StageChangeOutcome.Refused, this, null, why);

    private static StageChange Changed(Referral after, PipelineEvent pipelineEvent) => new(StageChangeOutcome.Moved, after, pipelineEvent, null);
}
