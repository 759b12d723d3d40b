using System.Globalization;
using OutreachBot.Clinic.Outreach;
using OutreachBot.Clinic.Partners;
using OutreachBot.Host.ResponseStandard;
using OutreachBot.Host.Summaries;

namespace OutreachBot.Host.Outreach;

/// <summary>
/// The monthly update to partners who opted in (<see cref="Partner.UpdatesOptedIn"/>), from <c>mail.update.txt</c>, on
/// the first business day of the month: one email per partner to one person (never a shared list), to an address that
/// has not bounced, logged as UpdateSent. Each (month, partner) is one email key, so it goes once however often the
/// pass runs; the month is claimed so only one instance walks the list at a time, and marked done when all went out.
/// </summary>
public sealed partial class MonthlyPartnerUpdates(
    IPartnerDirectory partners,
    PartnerEmails emails,
    OnceClaims claims,
    ClinicCalendar calendar,
    TimeProvider time,
    ILogger<MonthlyPartnerUpdates> logger)
{
    public const string Purpose = "partner-updates";
    private static readonly TimeSpan StaleClaim = TimeSpan.FromMinutes(30);

    /// <summary>Sends the month's updates still owed; returns how many emails went out (or were drafted) now.</summary>
    public async Task<int> SendIfDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (new MonthlyPlanSchedule(calendar.Hours).DueMonth(now) is not { } month)
        {
            return 0;
        }

        var monthKey = month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        if (await claims.TryClaimAsync(Purpose, monthKey, now, StaleClaim, cancellationToken) is not { } claim)
        {
            return 0;
        }

        var sent = 0;
        foreach (var partner in (await partners.AllAsync(cancellationToken)).Where(p => p.UpdatesOptedIn))
        {
            var result = await emails.SendAsync(new PartnerEmailRequest(partner.Id, OutreachEmailPurpose.Update, $"update:{monthKey}:{partner.Id}", null), cancellationToken);
            sent += result.Outcome is PartnerEmailOutcome.Sent or PartnerEmailOutcome.Drafted ? 1 : 0;
        }

        await claims.DoneAsync(claim, time.GetUtcNow(), cancellationToken);
        LogSent(logger, monthKey, sent);
        return sent;
    }

    [LoggerMessage(EventId = 8601, Level = LogLevel.Information, Message = "Partner updates for {Month}: {Sent} sent now")]
    private static partial void LogSent(ILogger logger, string month, int sent);
}
