using System.Globalization;
using System.Text.Json.Nodes;
using OutreachBot.Clinic.Outreach;
using OutreachBot.Host.ResponseStandard;
using OutreachBot.Host.Summaries;
using OutreachBot.Host.Teams;

namespace OutreachBot.Host.Outreach;

/// <summary>
/// The plan card in each outreach lead's 1:1 chat at opening time on the first business day of the month (clinic
/// hours and holidays), as the weekly summary is posted: each (month, lead) is claimed in the Once table first, so
/// restarts and a second instance send it once; an instance that starts later in the month still sends what is due.
/// </summary>
public sealed partial class MonthlyOutreachPlanPost(
    OutreachPlans plans,
    OutreachStaff outreachStaff,
    OnceClaims claims,
    StaffChats chats,
    ClinicCalendar calendar,
    TimeProvider time,
    ILogger<MonthlyOutreachPlanPost> logger)
{
    public const string Purpose = "outreach-plan";
    private static readonly TimeSpan StaleClaim = TimeSpan.FromMinutes(10);

    public MonthlyPlanSchedule Schedule => new(calendar.Hours);

    /// <summary>Sends this month's plan to each lead who has not had it; returns how many were sent now.</summary>
    public async Task<int> PostIfDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (Schedule.DueMonth(now) is not { } month)
        {
            return 0;
        }

        var monthKey = month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        JsonObject? card = null;
        var sent = 0;
        foreach (var lead in outreachStaff.Leads)
        {
            if (await claims.TryClaimAsync(Purpose, $"{monthKey}|{lead}", now, StaleClaim, cancellationToken) is not { } claim)
            {
                continue;
            }

            card ??= await plans.CardAsync(cancellationToken);
            if (await chats.SendCardAsync(lead, (JsonObject)card.DeepClone(), "This month's outreach plan", cancellationToken) is null)
            {
                continue; // no chat with this lead yet: the claim goes stale and a later check tries again
            }

            await claims.DoneAsync(claim, time.GetUtcNow(), cancellationToken);
            LogPosted(logger, monthKey);
            sent++;
        }

        return sent;
    }

    [LoggerMessage(EventId = 8501, Level = LogLevel.Information, Message = "Outreach plan for {Month} sent to a lead")]
    private static partial void LogPosted(ILogger logger, string month);
}
