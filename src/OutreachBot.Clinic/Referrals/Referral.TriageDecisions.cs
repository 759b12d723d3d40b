using OutreachBot.Clinic.Pipeline;
using OutreachBot.Clinic.Staff;

namespace OutreachBot.Clinic.Referrals;

/// <summary>Triage's decisions on a referral: asking the referrer for what is missing, declining, merging duplicates.</summary>
public sealed partial record Referral
{
    private const int MaxSignals = 20;

    /// <summary>Whether the referral is still being worked (not declined, closed or merged away).</summary>
    public bool IsOpen => Stage is not (PipelineStage.Declined or PipelineStage.Closed) && MergedInto is null;

    /// <summary>
    /// Records request number <paramref name="request"/> for missing information. The number comes from the card the
    /// person clicked, so a retried click (the same number again) changes nothing, and a later deliberate request (the
    /// next number) is a new one. A number further ahead than the next is refused (the card was not current).
    /// </summary>
    public ReferralDecision RequestMissingInfo(int request, StaffMember by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (request <= InfoRequests)
        {
            return ReferralDecision.Unchanged(this);
        }

        if (!IsOpen)
        {
            return ReferralDecision.Refused(this, "This referral is no longer open, so the referrer is not asked for anything more.");
        }

        if (request != InfoRequests + 1)
        {
            return ReferralDecision.Refused(this, "This card was out of date. It now shows the latest requests; check it and send again if still needed.");
        }

        var asked = this with { InfoRequests = request, InfoRequestedAt = at };
        return new ReferralDecision(ReferralDecisionOutcome.Changed, asked,
            new PipelineEvent(Id, PipelineEventKind.MissingInfoRequested, Stage, by, at, request.ToString(System.Globalization.CultureInfo.InvariantCulture)), null);
    }

    /// <summary>
    /// The clinic declines the referral for <paramref name="reason"/> (a <see cref="DeclineReasons"/> code); the referral
    /// leaves the pipeline at the Declined exit. Declining again changes nothing.
    /// </summary>
    public StageChange Decline(string reason, string? note, StaffMember by, DateTimeOffset at)
    {
        if (!DeclineReasons.IsKnown(reason))
        {
            return new StageChange(StageChangeOutcome.Refused, this, null, "Choose a reason for declining.");
        }

        if (MergedInto is not null)
        {
            return new StageChange(StageChangeOutcome.Refused, this, null, $"This referral was merged into {MergedInto}; decline that one instead.");
        }

        var change = Move(PipelineStage.Declined, by, at, PipelineEventKind.Declined, reason);
        return change.Outcome == StageChangeOutcome.Moved
            ? change with { Referral = change.Referral with { DeclineReason = reason, DeclineNote = reason == DeclineReasons.Other ? note : null } }
            : change;
    }

    /// <summary>
    /// Closes this referral as a duplicate of <paramref name="survivorId"/>. Merging into the same referral again changes
    /// nothing; a referral already merged elsewhere, or already closed or declined, is refused.
    /// </summary>
    public StageChange MergeInto(string survivorId, StaffMember by, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrEmpty(survivorId);
        if (MergedInto == survivorId)
        {
            return new StageChange(StageChangeOutcome.AlreadyThere, this, null, null);
        }

        if (survivorId == Id)
        {
            return new StageChange(StageChangeOutcome.Refused, this, null, "A referral cannot be merged with itself.");
        }

        if (!IsOpen)
        {
            return new StageChange(StageChangeOutcome.Refused, this, null,
                MergedInto is { } other ? $"This referral was already merged into {other}." : $"This referral is {Stage}, so it cannot be merged.");
        }

        var change = Move(PipelineStage.Closed, by, at, PipelineEventKind.MergedInto, survivorId);
        return change.Outcome == StageChangeOutcome.Moved ? change with { Referral = change.Referral with { MergedInto = survivorId } } : change;
    }

    /// <summary>
    /// Takes in what the duplicate knew: facts this referral lacks are filled from it, the urgency is the higher of the
    /// two, and an item counts as missing only when neither message had it (the duplicate's missing items alone when
    /// this one had no pathway, so no checklist was applied). Absorbing the same duplicate again changes nothing.
    /// </summary>
    public ReferralDecision Absorb(Referral duplicate, StaffMember by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(duplicate);
        ArgumentNullException.ThrowIfNull(by);
        if (MergedDuplicates.Contains(duplicate.Id))
        {
            return ReferralDecision.Unchanged(this);
        }

        if (duplicate.Id == Id)
        {
            return ReferralDecision.Refused(this, "A referral cannot be merged with itself.");
        }

        var missing = Pathway is null
            ? duplicate.MissingItems
            : [.. MissingItems.Where(item => duplicate.Pathway != Pathway || duplicate.MissingItems.Contains(item))];
        var merged = this with
        {
            Pathway = Pathway ?? duplicate.Pathway,
            Urgency = Urgency == Urgency.Urgent || duplicate.Urgency == Urgency.Urgent ? Urgency.Urgent : Urgency.Routine,
            Referrer = new Referrer(
                Referrer.Name ?? duplicate.Referrer.Name,
                Referrer.Organization ?? duplicate.Referrer.Organization,
                Referrer.Role ?? duplicate.Referrer.Role,
                Referrer.Phone ?? duplicate.Referrer.Phone,
                Referrer.Fax ?? duplicate.Referrer.Fax,
                Referrer.Email ?? duplicate.Referrer.Email),
            PatientInitials = PatientInitials ?? duplicate.PatientInitials,
            PatientAge = PatientAge ?? duplicate.PatientAge,
            Signals = [.. Signals.Concat(duplicate.Signals).Distinct(StringComparer.Ordinal).Take(MaxSignals)],
            MissingItems = missing,
            MergedDuplicates = [.. MergedDuplicates, duplicate.Id],
        };
        return new ReferralDecision(ReferralDecisionOutcome.Changed, merged,
            new PipelineEvent(Id, PipelineEventKind.DuplicateMerged, Stage, by, at, duplicate.Id), null);
    }

    /// <summary>The referrer was sent the confirmation of receipt; recording it again changes nothing.</summary>
    public ReferralDecision RecordConfirmationSent(DateTimeOffset at) =>
        ConfirmationSentAt is not null
            ? ReferralDecision.Unchanged(this)
            : new ReferralDecision(ReferralDecisionOutcome.Changed, this with { ConfirmationSentAt = at },
                new PipelineEvent(Id, PipelineEventKind.ConfirmationSent, Stage, null, at), null);
}
