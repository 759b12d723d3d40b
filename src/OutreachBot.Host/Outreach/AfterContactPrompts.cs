using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using OutreachBot.Clinic.Partners;
using OutreachBot.Clinic.Staff;
using OutreachBot.Host.Calendars;
using OutreachBot.Host.ClinicProfile;
using OutreachBot.Host.Outreach.Materials;
using OutreachBot.Host.ResponseStandard;
using OutreachBot.Host.Summaries;
using OutreachBot.Host.Teams;

namespace OutreachBot.Host.Outreach;

/// <summary>
/// Follow-up after contact: a periodic look at staff calendars (as <see cref="EvaluationWatcher"/> does for
/// evaluations) for calls and visits with partners that have ended: events the bot booked for a partner, events in
/// the outreach category, or events with an attendee whose address belongs to a partner. Each ended meeting is claimed
/// once (Once table, purpose <c>outreach-after-contact</c>) and its staff member gets a 1:1 card with the follow-up
/// email ready (<see cref="AfterContactCard"/>); the send button sends it once.
/// </summary>
public sealed partial class AfterContactPrompts(
    IPartnerMeetings meetings,
    IPartnerDirectory partners,
    PartnerEmails emails,
    OutreachStaff outreachStaff,
    OnceClaims claims,
    StaffChats chats,
    ClinicCalendar calendar,
    IOptions<OutreachOptions> options,
    IOptions<ClinicOptions> clinic,
    TimeProvider time,
    ILogger<AfterContactPrompts> logger)
{
    public const string Purpose = "outreach-after-contact";
    private static readonly TimeSpan Lookback = TimeSpan.FromDays(2);
    private static readonly TimeSpan StaleClaim = TimeSpan.FromMinutes(10);

    /// <summary>One look at every staff calendar; returns how many prompts were sent now.</summary>
    public async Task<int> CheckOnceAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        IReadOnlyList<Partner>? all = null;
        var prompted = 0;
        foreach (var staffId in outreachStaff.Everyone)
        {
            IReadOnlyList<PartnerMeeting> ended;
            try
            {
                ended = await meetings.MeetingsEndingAsync(outreachStaff.CalendarOf(staffId), now - Lookback, now, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogCalendarFailed(logger, ex);
                continue;
            }

            foreach (var meeting in ended.Where(m => !m.Cancelled))
            {
                all ??= await partners.AllAsync(cancellationToken);
                if (PartnerOf(meeting, all, options.Value.Category) is not { } partner)
                {
                    continue;
                }

                var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(staffId + "|" + meeting.EventId)))[..24].ToLowerInvariant();
                if (await claims.TryClaimAsync(Purpose, key, now, StaleClaim, cancellationToken) is not { } claim)
                {
                    continue;
                }

                if (await PromptAsync(staffId, meeting, partner, key, cancellationToken))
                {
                    await claims.DoneAsync(claim, time.GetUtcNow(), cancellationToken);
                    prompted++;
                }
            }
        }

        return prompted;
    }

    /// <summary>
    /// The partner a meeting is with: the one the bot tagged it with; else the one an attendee's address belongs to
    /// (categorised or not); else, for a meeting in the outreach category, the partner its subject names ("Visit:
    /// Northfield Orthopedics"; the longest name found, spelling variants met as in the directory).
    /// </summary>
    public static Partner? PartnerOf(PartnerMeeting meeting, IReadOnlyList<Partner> all, string category)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(all);
        if (meeting.PartnerId is { Length: > 0 } id && all.FirstOrDefault(p => p.Id == id) is { } tagged)
        {
            return tagged;
        }

        if (all.FirstOrDefault(p => p.People.Any(person => person.Email is { Length: > 0 } email
            && meeting.AttendeeEmails.Contains(email, StringComparer.OrdinalIgnoreCase))) is { } attending)
        {
            return attending;
        }

        if (!meeting.Categories.Contains(category, StringComparer.OrdinalIgnoreCase))
        {
            return null;
        }

        var subject = PartnerNames.OrganizationKey(meeting.Subject);
        return all.Select(p => (Partner: p, Key: PartnerNames.OrganizationKey(p.Organization)))
            .Where(p => p.Key.Length >= 4 && subject.Contains(p.Key, StringComparison.Ordinal))
            .OrderByDescending(p => p.Key.Length).Select(p => p.Partner).FirstOrDefault();
    }

    private async Task<bool> PromptAsync(string staffId, PartnerMeeting meeting, Partner partner, string key, CancellationToken cancellationToken)
    {
        if (PartnerEmails.RecipientOf(partner) is not { } person)
        {
            LogNoAddress(logger, partner.Id);
            return true; // nothing to prompt with; not retried
        }

        var next = NextBusinessDay(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow() + options.Value.NextContactAfter, clinic.Value.Zone).DateTime));
        var pathway = MaterialsLibrary.PathwayFor(partner);
        // Signed as the email will be: the send button sends it from whoever presses it, normally this staff member.
        var by = await chats.NameOfAsync(staffId, cancellationToken) is { } name ? new StaffMember(staffId, name) : null;
        var request = new PartnerEmailRequest(partner.Id, OutreachEmailPurpose.AfterContact, "after-contact:" + key, by, pathway, next);
        var (subject, body, attachments) = await emails.ComposeAsync(request, partner, person, cancellationToken);
        var card = AfterContactCard.For(new AfterContactView(partner.Id, partner.Organization, meeting.Subject, meeting.End, key, person.Email!, subject, body,
            [.. attachments.Select(a => a.FileName)], next, pathway.ToString()), clinic.Value.Zone, options.Value.DraftForReview);
        if (await chats.SendCardAsync(staffId, card, $"Follow up with {partner.Organization}", cancellationToken) is null)
        {
            return false;
        }

        LogPrompted(logger, partner.Id);
        return true;
    }

    private DateOnly NextBusinessDay(DateOnly day)
    {
        var hours = calendar.Hours;
        for (var i = 0; i < 14 && (!hours.OpenDays.Contains(day.DayOfWeek) || hours.Holidays.Contains(day)); i++)
        {
            day = day.AddDays(1);
        }

        return day;
    }

    [LoggerMessage(EventId = 8701, Level = LogLevel.Information, Message = "Follow-up prompt sent for a meeting with partner {PartnerId}")]
    private static partial void LogPrompted(ILogger logger, string partnerId);

    [LoggerMessage(EventId = 8702, Level = LogLevel.Warning, Message = "A meeting with partner {PartnerId} ended, but the partner has no address to follow up")]
    private static partial void LogNoAddress(ILogger logger, string partnerId);

    [LoggerMessage(EventId = 8703, Level = LogLevel.Warning, Message = "Reading a staff calendar for partner meetings failed; the next check retries")]
    private static partial void LogCalendarFailed(ILogger logger, Exception exception);
}
