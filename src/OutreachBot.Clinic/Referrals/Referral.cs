using OutreachBot.Clinic.Pipeline;
using OutreachBot.Clinic.Staff;

namespace OutreachBot.Clinic.Referrals;

/// <summary>
/// A referral in the clinic's pipeline. It keeps what intake needs at a glance; the patient appears only as
/// initials and age, the minimum a channel card may show.
/// </summary>
public sealed partial record Referral
{
    /// <summary>The referral's id, derived from the message it came in (so the same message makes the same id).</summary>
    public required string Id { get; init; }

    /// <summary>The Message-ID of the email the referral came in (for the detector's feedback set); null for older rows.</summary>
    public string? SourceMessageId { get; init; }

    /// <summary>When the message was received.</summary>
    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary>The care pathway it was routed to.</summary>
    public Pathway? Pathway { get; init; }

    /// <summary>How soon the family should hear from the clinic.</summary>
    public Urgency Urgency { get; init; }

    /// <summary>Who referred.</summary>
    public required Referrer Referrer { get; init; }

    /// <summary>The patient's initials, for cards.</summary>
    public string? PatientInitials { get; init; }

    /// <summary>The patient's age in whole years when the referral arrived.</summary>
    public int? PatientAge { get; init; }

    /// <summary>Why the detector took the message for a referral, in words staff can check.</summary>
    public IReadOnlyList<string> Signals { get; init; } = [];

    /// <summary>What intake still needs before scheduling (the pathway's checklist items the message lacks).</summary>
    public IReadOnlyList<string> MissingItems { get; init; } = [];

    /// <summary>The detector's confidence, 0 to 1.</summary>
    public double Confidence { get; init; }

    /// <summary>The stage the referral is at.</summary>
    public PipelineStage Stage { get; init; } = PipelineStage.Received;

    /// <summary>Who took the intake, once someone has.</summary>
    public StaffMember? AssignedTo { get; init; }

    /// <summary>When the intake was taken.</summary>
    public DateTimeOffset? AssignedAt { get; init; }

    /// <summary>
    /// Gives the intake to <paramref name="staff"/> unless someone already has it. Taking it again by the same person
    /// changes nothing, so a retried click is harmless.
    /// </summary>
    public IntakeAssignment AssignTo(StaffMember staff, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(staff);
        if (AssignedTo is { } holder)
        {
            return string.Equals(holder.Id, staff.Id, StringComparison.Ordinal)
                ? new IntakeAssignment(IntakeAssignmentOutcome.AlreadyYours, this, null)
                : new IntakeAssignment(IntakeAssignmentOutcome.HeldBySomeoneElse, this, null);
        }

        var assigned = this with { AssignedTo = staff, AssignedAt = at };
        return new IntakeAssignment(
            IntakeAssignmentOutcome.Assigned,
            assigned,
            new PipelineEvent(Id, PipelineEventKind.Assigned, assigned.Stage, staff, at));
    }

    /// <summary>
    /// Moves the referral to <paramref name="stage"/> when the pipeline allows it from where it stands. Moving to the
    /// stage it is already at changes nothing (a retried click); an illegal move is refused with the reason.
    /// </summary>
    public StageChange MoveTo(PipelineStage stage, StaffMember by, DateTimeOffset at) => Move(stage, by, at, PipelineEventKind.StageChanged);

    /// <summary>
    /// Staff say the detector was wrong: the message was not a referral. The referral leaves the pipeline (closed) and
    /// the event says why, so the correction can feed the detector's feedback set.
    /// </summary>
    public StageChange MarkNotReferral(StaffMember by, DateTimeOffset at) => Move(PipelineStage.Closed, by, at, PipelineEventKind.MarkedNotReferral);

    /// <summary>The clinic reached the family (<paramref name="method"/>: call, email or text): first contact.</summary>
    public StageChange LogFirstContact(StaffMember by, DateTimeOffset at, string method) =>
        Move(PipelineStage.FirstContact, by, at, PipelineEventKind.StageChanged, method);

    private StageChange Move(PipelineStage stage, StaffMember by, DateTimeOffset at, PipelineEventKind kind, string? detail = null)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (stage == Stage)
        {
            return new StageChange(StageChangeOutcome.AlreadyThere, this, null, null);
        }

        if (!PipelineTransitions.Allows(Stage, stage))
        {
            return new StageChange(StageChangeOutcome.Refused, this, null, $"A referral at {Stage} cannot move to {stage}.");
        }

        var moved = this with { Stage = stage };
        return new StageChange(StageChangeOutcome.Moved, moved, new PipelineEvent(Id, kind, stage, by, at, detail), null);
    }
}
