using Microsoft.Extensions.Options;
using OutreachBot.Clinic.Pipeline;
using OutreachBot.Clinic.Referrals;
using OutreachBot.Clinic.Referrers;
using OutreachBot.Host.ClinicProfile;
using OutreachBot.Host.Correspondence;
using OutreachBot.Host.Pipeline;
using OutreachBot.Host.Staff;
using OutreachBot.Host.Triage;

namespace OutreachBot.Host.Referrers;

/// <summary>
/// The clinician's answer on the update card: send (as approved or edited) through <see cref="IReferrerMail"/>, once,
/// with a <see cref="PipelineEventKind.ReferrerUpdateSent"/> event in the referral's history; or don't send.
/// </summary>
public sealed partial class ReferrerUpdateActions(
    ReferrerUpdates updates,
    ReferralStore referrals,
    IReferrerMail mail,
    IOptions<ClinicOptions> clinic,
    TimeProvider time,
    ILogger<ReferrerUpdateActions> logger)
{
    public async Task<CardActionResult> SendAsync(string? referralId, string? kind, string? body, StaffIdentity who, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(who);
        var (row, refused) = await AllowedRowAsync(referralId, kind, who, cancellationToken);
        if (row is null)
        {
            return CardActionResult.Say(refused ?? "This update is no longer waiting.");
        }

        if (string.IsNullOrWhiteSpace(body))
        {
            return CardActionResult.Say("The update is empty: write something, or choose Don't send.");
        }

        if (await referrals.FindAsync(row.ReferralId, cancellationToken) is not { } found || found.ReferrerEmail is not { Length: > 0 } to)
        {
            return CardActionResult.Say("This referral has no referrer email address any more.");
        }

        var referral = found.ToReferral();
        var updateKind = Enum.Parse<ReferrerUpdateKind>(row.Kind);
        var (subject, _) = ReferrerUpdateTemplate.For(updateKind, referral, clinic.Value.Name, row.ClinicianName ?? who.Member.Name, row.At, clinic.Value.Zone);
        var purpose = Purpose(updateKind);
        var text = body.Trim();
        var letter = new ReferrerLetter(row.ReferralId, purpose, to, subject, text.Length > ReferrerUpdateCard.MaxBodyLength ? text[..ReferrerUpdateCard.MaxBodyLength] : text, referral.SourceMessageId);
        var outcome = await mail.SendOnceAsync(letter, cancellationToken);
        var now = time.GetUtcNow();
        if (outcome == LetterOutcome.Sent)
        {
            // The letter is sent once; so is its event: only the send that went out records it.
            await referrals.MoveAsync(row.ReferralId, r => new StageChange(StageChangeOutcome.Moved, r,
                new PipelineEvent(r.Id, PipelineEventKind.ReferrerUpdateSent, r.Stage, who.Member, now, purpose), null), cancellationToken);
            LogSent(logger, row.ReferralId, updateKind);
        }

        await updates.TryMoveAsync(row, ReferrerUpdateState.Sent, now, cancellationToken);
        return CardActionResult.ShowCard(ReferrerUpdateCard.Done("Update sent to the referrer", $"Sent to {referral.Referrer.Name ?? to} by {who.Member.Name}."));
    }

    public async Task<CardActionResult> SkipAsync(string? referralId, string? kind, StaffIdentity who, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(who);
        var (row, refused) = await AllowedRowAsync(referralId, kind, who, cancellationToken);
        if (row is null)
        {
            return CardActionResult.Say(refused ?? "This update is no longer waiting.");
        }

        row.SkippedBecause = $"Not sent: {who.Member.Name} chose not to.";
        await updates.TryMoveAsync(row, ReferrerUpdateState.Skipped, time.GetUtcNow(), cancellationToken);
        return CardActionResult.ShowCard(ReferrerUpdateCard.Done("Update not sent", $"{who.Member.Name} chose not to send this update."));
    }

    /// <summary>The letter purpose of an update: with the referral id, what makes it go out once.</summary>
    public static string Purpose(ReferrerUpdateKind kind) => kind == ReferrerUpdateKind.EvaluationCompleted ? "evaluation-update" : "goals-update";

    private async Task<(ReferrerUpdateRow? Row, string? Refused)> AllowedRowAsync(string? referralId, string? kind, StaffIdentity who, CancellationToken cancellationToken)
    {
        if (referralId is null || kind is null || await updates.FindAsync(referralId, kind, cancellationToken) is not { } row)
        {
            return (null, "This update is no longer waiting.");
        }

        if (row.State is not ReferrerUpdateState.Proposed)
        {
            return (null, row.State == ReferrerUpdateState.Sent ? "This update was already sent." : "This update is no longer waiting.");
        }

        var decision = ReferrerUpdatePolicy.Approve(who.Roles, string.Equals(row.ClinicianId, who.Member.Id, StringComparison.Ordinal));
        return decision.Allowed ? (row, null) : (null, decision.Reason);
    }

    [LoggerMessage(EventId = 7104, Level = LogLevel.Information, Message = "Referrer update ({Kind}) for referral {ReferralId} sent")]
    private static partial void LogSent(ILogger logger, string referralId, ReferrerUpdateKind kind);
}
