using Microsoft.Extensions.Options;

namespace OutreachBot.Host.Outreach;

/// <summary>
/// The outreach's clock: every <see cref="OutreachOptions.CheckInterval"/>, the monthly plan to the leads, the monthly
/// partner updates, and follow-up prompts for calls and visits that ended. Each part is exactly-once on its own, so a
/// failure in one is retried at the next check without repeating the others.
/// </summary>
public sealed partial class OutreachRhythm(
    MonthlyOutreachPlanPost planPost,
    MonthlyPartnerUpdates updates,
    AfterContactPrompts prompts,
    IOptions<OutreachOptions> options,
    TimeProvider time,
    ILogger<OutreachRhythm> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CheckInterval, time);
        do
        {
            await RunAsync("plan", options.Value.MonthlyPlan, planPost.PostIfDueAsync, stoppingToken);
            await RunAsync("updates", options.Value.MonthlyUpdates, updates.SendIfDueAsync, stoppingToken);
            await RunAsync("follow-up prompts", options.Value.FollowUpPrompts, prompts.CheckOnceAsync, stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task RunAsync(string part, bool enabled, Func<CancellationToken, Task<int>> run, CancellationToken stoppingToken)
    {
        if (!enabled)
        {
            return;
        }

        try
        {
            await run(stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(logger, ex, part);
        }
    }

    [LoggerMessage(EventId = 8801, Level = LogLevel.Error, Message = "Outreach check ({Part}) failed; the next check retries")]
    private static partial void LogFailed(ILogger logger, Exception exception, string part);
}
