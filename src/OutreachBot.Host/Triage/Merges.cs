using Microsoft.Extensions.Options;
using OutreachBot.Clinic.Referrals;
using OutreachBot.Clinic.Staff;
using OutreachBot.Host.ClinicProfile;
using OutreachBot.Host.Pipeline;
using OutreachBot.Host.Staff;

namespace OutreachBot.Host.Triage;

/// <summary>
/// "Merge…": the same patient referred twice (or a fax and its email). The earlier referral survives; the later is
/// closed as merged into it (an event on each), the survivor takes in what the duplicate knew, and both channel cards
/// are updated. The duplicate is closed first (ETag, one winner), so a retry or a crash between the steps only
/// repeats the second, which changes nothing twice.
/// </summary>
public sealed partial class Merges(
    ReferralStore referrals,
    IntakeActions intake,
    TriageCards cards,
    IOptions<ClinicOptions> clinic,
    TimeProvider time,
    ILogger<Merges> logger)
{
    private static readonly TimeSpan CandidateWindow = TimeSpan.FromDays(30);
    private const int MaxCandidates = 8;

    /// <summary>The picker card for the person who clicked: likely duplicates of the referral.</summary>
    public async Task<CardActionResult> ChooseAsync(string? referralId, StaffIdentity who, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(who);
        if (string.IsNullOrWhiteSpace(referralId) || await referrals.FindAsync(referralId, cancellationToken) is not { } current)
        {
            return TriageNotices.NotFound();
        }

        if (IntakePolicy.MergeReferrals(who.Roles) is { Allowed: false, Reason: var why })
        {
            return CardActionResult.Say(why!);
        }

        var referral = current.ToReferral();
        if (!referral.IsOpen)
        {
            return CardActionResult.ShowCard(cards.ForViewer(referral, IntakeActions.ViewerOf(who, referral)));
        }

        return CardActionResult.ShowCard(MergePickerCard.For(referral, await CandidatesAsync(referral, cancellationToken), clinic.Value.Zone));
    }

    /// <summary>Merges the referral the card shows with <paramref name="otherId"/>; answers with the clicked card as it now stands.</summary>
    public async Task<CardActionResult> MergeAsync(string? referralId, string? otherId, StaffIdentity who, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(who);
        if (string.IsNullOrWhiteSpace(referralId) || await referrals.FindAsync(referralId, cancellationToken) is not { } clickedRow)
        {
            return TriageNotices.NotFound();
        }

        if (IntakePolicy.MergeReferrals(who.Roles) is { Allowed: false, Reason: var why })
        {
            LogRefused(logger, clickedRow.PartitionKey, who.Roles);
            return CardActionResult.Say(why!);
        }

        otherId = otherId?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(otherId))
        {
            return CardActionResult.Say("Pick the other referral, or type its id (R-…).");
        }

        if (otherId == clickedRow.PartitionKey)
        {
            return CardActionResult.Say("That is this referral. Pick the other one.");
        }

        if (await referrals.FindAsync(otherId, cancellationToken) is not { } otherRow)
        {
            return CardActionResult.Say($"There is no referral {otherId}. Check the id on its card.");
        }

        var (clicked, other) = (clickedRow.ToReferral(), otherRow.ToReferral());
        var (survivor, duplicate) = FirstReceived(clicked, other);
        if (duplicate.MergedInto != survivor.Id && !survivor.IsOpen)
        {
            return CardActionResult.Say($"{survivor.Id} is {TriageCard.StageName(survivor.Stage).ToLowerInvariant()}, so it cannot take in a duplicate.");
        }

        var now = time.GetUtcNow();
        if (await referrals.MoveAsync(duplicate.Id, r => r.MergeInto(survivor.Id, who.Member, now), cancellationToken) is not var (closing, duplicateRow))
        {
            return TriageNotices.NotFound();
        }

        if (closing.Outcome == StageChangeOutcome.Refused)
        {
            return CardActionResult.Say($"{duplicate.Id}: {closing.RefusedBecause}");
        }

        if (await referrals.UpdateAsync(survivor.Id, r => r.Absorb(closing.Referral, who.Member, now), cancellationToken) is not var (absorbing, survivorRow))
        {
            return TriageNotices.NotFound();
        }

        if (absorbing.Outcome == ReferralDecisionOutcome.Refused)
        {
            return CardActionResult.Say(absorbing.RefusedBecause!);
        }

        if (closing.Outcome == StageChangeOutcome.Moved)
        {
            LogMerged(logger, duplicate.Id, survivor.Id);
            await intake.UpdateChannelCardAsync(duplicateRow, cards.ForChannel(closing.Referral), cancellationToken);
            await intake.FollowIntakeCardAsync(duplicateRow, cancellationToken);
        }

        if (absorbing.Outcome == ReferralDecisionOutcome.Changed)
        {
            await intake.UpdateChannelCardAsync(survivorRow, cards.ForChannel(absorbing.Referral), cancellationToken);
        }

        var shown = clicked.Id == duplicate.Id ? closing.Referral : absorbing.Referral;
        return CardActionResult.ShowCard(cards.ForViewer(shown, IntakeActions.ViewerOf(who, shown)));
    }

    // The earlier referral keeps its place in the queue and its response clock; the id breaks a tie, so both cards agree.
    private static (Referral Survivor, Referral Duplicate) FirstReceived(Referral a, Referral b) =>
        a.ReceivedAt < b.ReceivedAt || (a.ReceivedAt == b.ReceivedAt && string.CompareOrdinal(a.Id, b.Id) < 0) ? (a, b) : (b, a);

    // Open referrals of the last 30 days from the same referrer (email or organisation) or for the same patient
    // (initials and age). One filtered query over the referral rows (row keys 'referral-...'), not over their histories.
    private async Task<List<Referral>> CandidatesAsync(Referral referral, CancellationToken cancellationToken)
    {
        var found = new List<(int Score, Referral Referral)>();
        await foreach (var row in referrals.ReceivedSinceAsync(time.GetUtcNow() - CandidateWindow, cancellationToken))
        {
            var other = row.ToReferral();
            if (other.Id == referral.Id || !other.IsOpen)
            {
                continue;
            }

            var samePatient = referral.PatientInitials is not null && other.PatientInitials == referral.PatientInitials && other.PatientAge == referral.PatientAge;
            var sameReferrer = Same(other.Referrer.Email, referral.Referrer.Email) || Same(other.Referrer.Organization, referral.Referrer.Organization);
            if (samePatient || sameReferrer)
            {
                found.Add(((samePatient ? 2 : 0) + (sameReferrer ? 1 : 0), other));
            }
        }

        return [.. found.OrderByDescending(f => f.Score).ThenByDescending(f => f.Referral.ReceivedAt).Take(MaxCandidates).Select(f => f.Referral)];
    }

    private static bool Same(string? a, string? b) => a is { Length: > 0 } && string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    [LoggerMessage(EventId = 3221, Level = LogLevel.Information, Message = "Referral {DuplicateId} merged into {SurvivorId}")]
    private static partial void LogMerged(ILogger logger, string duplicateId, string survivorId);

    [LoggerMessage(EventId = 3222, Level = LogLevel.Information, Message = "Refused to merge referral {ReferralId} for someone with roles {Roles}")]
    private static partial void LogRefused(ILogger logger, string referralId, StaffRoles roles);
}
