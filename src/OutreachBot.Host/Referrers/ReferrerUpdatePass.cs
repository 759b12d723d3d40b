using Microsoft.Extensions.Options;
using OutreachBot.Clinic.Referrers;
using OutreachBot.Clinic.Summaries;
using OutreachBot.Host.ClinicProfile;
using OutreachBot.Host.Pipeline;
using OutreachBot.Host.Teams;

namespace OutreachBot.Host.Referrers;

/// <summary>
/// Closes the loop with referrers: every minute, each update owed (an evaluation completed, goals set) is claimed by
/// one instance and proposed to the clinician on a card in their 1:1 chat, or skipped when the referrer's organization
/// asked for no such updates or there is no address to write to. The clinician sends it (<see cref="ReferrerUpdateActions"/>).
/// </summary>
public sealed partial class ReferrerUpdatePass(
    ReferrerUpdates updates,
    ReferralStore referrals,
    PartnerOutcomes partners,
    StaffChats chats,
    IOptions<ClinicOptions> clinic,
    TimeProvider time,
    ILogger<ReferrerUpdatePass> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan StaleClaim = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                await ProposeOwedAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogPassFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Proposes (or skips) every owed update; returns how many cards were sent.</summary>
    public async Task<int> ProposeOwedAsync(CancellationToken cancellationToken)
    {
        var proposed = 0;
        var now = time.GetUtcNow();
        foreach (var row in await updates.ToProposeAsync(now - StaleClaim, cancellationToken))
        {
            if (!await updates.TryMoveAsync(row, ReferrerUpdateState.Proposing, now, cancellationToken))
            {
                continue;
            }

            if (await ProposeAsync(row, now, cancellationToken))
            {
                proposed++;
            }
        }

        return proposed;
    }

    private async Task<bool> ProposeAsync(ReferrerUpdateRow row, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var kind = Enum.Parse<ReferrerUpdateKind>(row.Kind);
        if (await referrals.FindAsync(row.ReferralId, cancellationToken) is not { } found)
        {
            return await SkipAsync(row, "The referral is no longer in the pipeline.", now, cancellationToken);
        }

        var referral = found.ToReferral();
        var preference = await partners.PreferenceAsync(ReferralProgress.SourceOf(referral.Referrer), cancellationToken);
        if (!ReferrerUpdateTemplate.Wants(preference, kind))
        {
            return await SkipAsync(row, $"The referrer's organization asked for updates: {preference}.", now, cancellationToken);
        }

        if (string.IsNullOrWhiteSpace(referral.Referrer.Email))
        {
            return await SkipAsync(row, "No email address for the referrer.", now, cancellationToken);
        }

        if (row.ClinicianId is not { Length: > 0 } clinicianId)
        {
            return await SkipAsync(row, "Nobody to approve the update (no clinician on the referral).", now, cancellationToken);
        }

        var (_, body) = ReferrerUpdateTemplate.For(kind, referral, clinic.Value.Name, row.ClinicianName ?? "our therapist", row.At, clinic.Value.Zone);
        var posted = await chats.SendCardAsync(clinicianId, ReferrerUpdateCard.For(referral, kind, body), "An update for the referrer to approve", cancellationToken);
        if (posted is null)
        {
            // No chat with the clinician yet: the claim goes stale and a later pass tries again.
            return false;
        }

        row.CardServiceUrl = posted.ServiceUrl;
        row.CardConversationId = posted.ConversationId;
        row.CardActivityId = posted.ActivityId;
        await updates.TryMoveAsync(row, ReferrerUpdateState.Proposed, now, cancellationToken);
        LogProposed(logger, row.ReferralId, kind);
        return true;
    }

    private async Task<bool> SkipAsync(ReferrerUpdateRow row, string because, DateTimeOffset now, CancellationToken cancellationToken)
    {
        row.SkippedBecause = because;
        await updates.TryMoveAsync(row, ReferrerUpdateState.Skipped, now, cancellationToken);
        LogSkipped(logger, row.ReferralId, row.Kind);
        return false;
    }

    [LoggerMessage(EventId = 7101, Level = LogLevel.Information, Message = "Referrer update ({Kind}) for referral {ReferralId} proposed to the clinician")]
    private static partial void LogProposed(ILogger logger, string referralId, ReferrerUpdateKind kind);

    [LoggerMessage(EventId = 7102, Level = LogLevel.Information, Message = "Referrer update ({Kind}) for referral {ReferralId} skipped")]
    private static partial void LogSkipped(ILogger logger, string referralId, string kind);

    [LoggerMessage(EventId = 7103, Level = LogLevel.Error, Message = "The referrer update pass failed; the next pass retries")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);
}
