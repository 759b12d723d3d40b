using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using OutreachBot.Clinic.Pipeline;
using OutreachBot.Clinic.Referrals;
using OutreachBot.Clinic.Scheduling;
using OutreachBot.Clinic.Staff;
using OutreachBot.Host.Calendars;
using OutreachBot.Host.ClinicProfile;
using OutreachBot.Host.Pipeline;
using OutreachBot.Host.Staff;
using OutreachBot.Host.Teams;
using OutreachBot.Protocol.Connector;

namespace OutreachBot.Host.Intake;

/// <summary>
/// Draws, sends and keeps up to date the clinician's intake card: sent once per assignment to a clinician, in their
/// 1:1 chat with the bot, and updated whenever the referral changes.
/// </summary>
public sealed partial class ClinicianIntakeCards(
    IntakeCardRecords records,
    StaffChats chats,
    EvaluationScheduler scheduler,
    StaffDirectory staff,
    IOptions<ClinicOptions> clinic,
    TimeProvider time,
    ILogger<ClinicianIntakeCards> logger) : IIntakeCardFollower
{
    /// <summary>How soon the first proposed time may start (so the family can be told), and how far ahead to look.</summary>
    private static readonly TimeSpan LeadTime = TimeSpan.FromHours(2);
    private static readonly TimeSpan Horizon = TimeSpan.FromDays(14);

    /// <summary>Whether <paramref name="who"/> holds the referral's intake (by object id, or by the key the staff list names them by).</summary>
    public static bool Holds(StaffIdentity who, Referral referral)
    {
        ArgumentNullException.ThrowIfNull(who);
        ArgumentNullException.ThrowIfNull(referral);
        return referral.IsHeldBy(who.Member.Id) || referral.IsHeldBy(who.AsClinician?.Key);
    }

    /// <summary>The intake card as <paramref name="holder"/> sees it: full details and actions only while the intake is theirs.</summary>
    public async Task<JsonObject> DrawAsync(Referral referral, bool holder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(referral);
        if (!holder)
        {
            return ClinicianIntakeCard.For(new IntakeCardView(referral, null, [], ForHolder: false), clinic.Value.Zone);
        }

        var patient = await records.PatientAsync(referral.Id, cancellationToken);
        var slots = await ProposeSlotsAsync(referral, cancellationToken);
        return ClinicianIntakeCard.For(new IntakeCardView(referral, patient, slots, ForHolder: true), clinic.Value.Zone);
    }

    /// <summary>The calendar of the clinician holding the intake: their configured calendar, else their id.</summary>
    public string CalendarOf(StaffMember clinician)
    {
        ArgumentNullException.ThrowIfNull(clinician);
        return staff.Staff.ClinicianOf([clinician.Id])?.CalendarName ?? clinician.Id;
    }

    /// <summary>3 to 5 free times in the holder's calendar over the next two weeks, when an evaluation can be booked.</summary>
    public async Task<IReadOnlyList<EvaluationSlot>> ProposeSlotsAsync(Referral referral, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(referral);
        if (referral is not { AssignedTo: { } clinician, Evaluation: null, Stage: PipelineStage.Received or PipelineStage.FirstContact })
        {
            return [];
        }

        var from = time.GetUtcNow() + LeadTime;
        var free = await scheduler.FreeSlotsAsync(CalendarOf(clinician), from, from + Horizon, cancellationToken);
        return SlotProposals.Pick(free, clinic.Value.Zone);
    }

    /// <summary>
    /// Sends the intake card of the referral's current assignment to its clinician, once: a retry finds it sent. When the
    /// bot has no chat with them (the app is not installed for them), nothing is sent and a later retry may send it.
    /// </summary>
    public async Task SendAsync(ReferralRow row, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(row);
        var referral = row.ToReferral();
        if (referral is not { AssignedTo: { } clinician, AssignedAt: { } assignment })
        {
            return;
        }

        if (!await records.TryClaimAsync(referral.Id, assignment, clinician.Id, time.GetUtcNow(), cancellationToken))
        {
            return;
        }

        try
        {
            var card = await DrawAsync(referral, holder: true, cancellationToken);
            var posted = await chats.SendCardAsync(clinician.Id, card, $"Intake for you: referral {referral.Id}", cancellationToken);
            if (posted is null)
            {
                await records.ReleaseAsync(referral.Id, assignment, cancellationToken);
                return;
            }

            await records.RecordAsync(referral.Id, assignment, posted, cancellationToken);
            LogSent(logger, referral.Id);
        }
        catch (Exception ex) when (ex is ConnectorException or HttpRequestException)
        {
            LogSendFailed(logger, ex, referral.Id);
            await records.ReleaseAsync(referral.Id, assignment, CancellationToken.None);
        }
    }

    /// <summary>Brings the current assignment's intake card up to date (after a change made on any card).</summary>
    public async Task FollowAsync(ReferralRow row, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(row);
        var referral = row.ToReferral();
        if (referral.AssignedAt is { } assignment)
        {
            await UpdateAsync(referral, assignment, holder: true, cancellationToken);
        }
    }

    /// <summary>Redraws the card of the assignment made at <paramref name="assignment"/>, if one was posted.</summary>
    public async Task UpdateAsync(Referral referral, DateTimeOffset assignment, bool holder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(referral);
        if (await records.FindAsync(referral.Id, assignment, cancellationToken) is not { } posted)
        {
            return;
        }

        try
        {
            await chats.UpdateCardAsync(posted, await DrawAsync(referral, holder, cancellationToken), cancellationToken);
        }
        catch (Exception ex) when (ex is ConnectorException or HttpRequestException)
        {
            // The change is saved; the card catches up on its next refresh.
            LogUpdateFailed(logger, ex, referral.Id);
        }
    }

    [LoggerMessage(EventId = 3201, Level = LogLevel.Information, Message = "Sent the intake card of referral {ReferralId} to its clinician")]
    private static partial void LogSent(ILogger logger, string referralId);

    [LoggerMessage(EventId = 3202, Level = LogLevel.Warning, Message = "Sending the intake card of referral {ReferralId} failed; a retry may send it")]
    private static partial void LogSendFailed(ILogger logger, Exception exception, string referralId);

    [LoggerMessage(EventId = 3203, Level = LogLevel.Warning, Message = "Updating the intake card of referral {ReferralId} failed")]
    private static partial void LogUpdateFailed(ILogger logger, Exception exception, string referralId);
}
