using System.Globalization;
using Microsoft.Extensions.Options;
using OutreachBot.Clinic.Summaries;
using OutreachBot.Host.ClinicProfile;
using OutreachBot.Host.Staff;
using OutreachBot.Host.Teams;

namespace OutreachBot.Host.Summaries;

/// <summary>
/// The weekly summary in every owner's 1:1 chat, at the configured day and time on the clinic's clock (Monday 08:00:
/// last week's numbers). Each (week, owner) is claimed in the Once table first, so restarts and a second instance
/// send it once; an instance that starts late in the week still sends what is due.
/// </summary>
public sealed partial class WeeklySummaryPost(
    SummaryReports reports,
    OnceClaims claims,
    StaffChats chats,
    IOptions<StaffOptions> staff,
    IOptions<SummaryOptions> options,
    IOptions<ClinicOptions> clinic,
    TimeProvider time,
    ILogger<WeeklySummaryPost> logger) : BackgroundService
{
    public const string Purpose = "weekly-summary";
    private static readonly TimeSpan StaleClaim = TimeSpan.FromMinutes(10);

    public WeeklyPostSchedule Schedule => new(options.Value.WeeklyPostDay, TimeOnly.FromTimeSpan(options.Value.WeeklyPostTime), clinic.Value.Zone);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.WeeklyPost)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.CheckInterval, time);
        do
        {
            try
            {
                await PostIfDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogPostFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Sends this week's post to each owner who has not had it; returns how many were sent now.</summary>
    public async Task<int> PostIfDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (Schedule.DueWeek(now) is not { } week)
        {
            return 0;
        }

        var weekKey = TimeZoneInfo.ConvertTime(week.Start, clinic.Value.Zone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var periodName = options.Value.WeeklyPostDay == DayOfWeek.Monday ? SummaryPeriodName.LastWeek : SummaryPeriodName.ThisWeek;
        SummaryReport? report = null;
        var sent = 0;
        foreach (var owner in staff.Value.Owners.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (await claims.TryClaimAsync(Purpose, $"{weekKey}|{owner}", now, StaleClaim, cancellationToken) is not { } claim)
            {
                continue;
            }

            report ??= await reports.ForAsync(SummaryPeriods.Resolve(periodName, now, clinic.Value.Zone), withPartners: false, cancellationToken);
            var card = SummaryCard.For(report.Summary, periodName, clinic.Value.Zone, options.Value.TopSources);
            if (await chats.SendCardAsync(owner, card, "Weekly referral summary", cancellationToken) is null)
            {
                // No chat with this owner yet: the claim goes stale and a later check tries again.
                continue;
            }

            await claims.DoneAsync(claim, time.GetUtcNow(), cancellationToken);
            LogPosted(logger, weekKey);
            sent++;
        }

        return sent;
    }

    [LoggerMessage(EventId = 7201, Level = LogLevel.Information, Message = "Weekly summary for the week of {Week} sent to an owner")]
    private static partial void LogPosted(ILogger logger, string week);

    [LoggerMessage(EventId = 7202, Level = LogLevel.Error, Message = "The weekly summary check failed; the next check retries")]
    private static partial void LogPostFailed(ILogger logger, Exception exception);
}
