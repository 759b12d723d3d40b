using OutreachBot.Clinic.Detection;
using OutreachBot.Clinic.Referrals;
using OutreachBot.Clinic.Staff;

namespace OutreachBot.Host.Pipeline;

/// <summary>The clinician's part of the referral row: acceptance, a return to triage, the booked evaluation, contact attempts.</summary>
public sealed partial class ReferralRow
{
    public DateTimeOffset? AcceptedAt { get; set; }
    public string? ReturnedById { get; set; }
    public string? ReturnedByName { get; set; }
    public DateTimeOffset? ReturnedAt { get; set; }
    public string? ReturnedReason { get; set; }
    public string? ReturnedNote { get; set; }
    public DateTimeOffset? ReturnedAssignment { get; set; }
    public DateTimeOffset? EvaluationStart { get; set; }
    public DateTimeOffset? EvaluationEnd { get; set; }
    public string? EvaluationEventId { get; set; }
    public int ContactAttempts { get; set; }

    /// <summary>Phone or Text while the front desk still has to tell the family of the booked evaluation.</summary>
    public string? FamilyToBeTold { get; set; }

    private void CopyClinicianIntake(Referral referral)
    {
        AcceptedAt = referral.AcceptedAt;
        ReturnedById = referral.ReturnedToTriage?.By.Id;
        ReturnedByName = referral.ReturnedToTriage?.By.Name;
        ReturnedAt = referral.ReturnedToTriage?.At;
        ReturnedReason = referral.ReturnedToTriage?.Reason;
        ReturnedNote = referral.ReturnedToTriage?.Note;
        ReturnedAssignment = referral.ReturnedToTriage?.Assignment;
        EvaluationStart = referral.Evaluation?.Start;
        EvaluationEnd = referral.Evaluation?.End;
        EvaluationEventId = referral.Evaluation?.CalendarEventId;
        ContactAttempts = referral.ContactAttempts;
        FamilyToBeTold = referral.FamilyToBeTold?.ToString();
    }

    private IntakeReturn? ReturnedToTriageValue() =>
        ReturnedById is null || ReturnedAt is null || ReturnedAssignment is null
            ? null
            : new IntakeReturn(new StaffMember(ReturnedById, ReturnedByName ?? ReturnedById), ReturnedAt.Value, ReturnedReason ?? IntakeReturnReasons.Other, ReturnedNote, ReturnedAssignment.Value);

    private ScheduledEvaluation? EvaluationValue() =>
        EvaluationStart is { } start ? new ScheduledEvaluation(start, EvaluationEnd ?? start, EvaluationEventId) : null;

    private PreferredContact? FamilyToBeToldValue() =>
        Enum.TryParse<PreferredContact>(FamilyToBeTold, out var how) ? how : null;
}
