using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using OutreachBot.Host.Staff;
using OutreachBot.Host.Storage;

namespace OutreachBot.Host.Calendars;

/// <summary>
/// Watches the evaluations the bot booked (events tagged with a referral id) in each clinician's calendar, every
/// <see cref="CalendarOptions.EvaluationCheckInterval"/>: a periodic check of the calendar view (the window around now)
/// against what was seen last time, kept in the Settings table (partition <c>evaluation-watch</c>). A moved start, a
/// cancelled or deleted event, and an end that has passed are each reported once to <see cref="IEvaluationChanges"/>.
/// </summary>
public sealed partial class EvaluationWatcher(
    IClinicianCalendars calendars,
    IEvaluationChanges changes,
    PipelineTables tables,
    IOptions<StaffOptions> staff,
    IOptions<CalendarOptions> options,
    TimeProvider time,
    ILogger<EvaluationWatcher> logger) : BackgroundService
{
    private const string Partition = "evaluation-watch";
    private static readonly TimeSpan Lookback = TimeSpan.FromDays(2);
    private static readonly TimeSpan Horizon = TimeSpan.FromDays(120);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.EvaluationCheckInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await CheckOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogCheckFailed(logger, ex);
            }
        }
    }

    /// <summary>One look at every clinician's booked evaluations.</summary>
    public async Task CheckOnceAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        foreach (var clinician in staff.Value.Clinicians.Select(c => c.Id).Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var seen = (await calendars.EvaluationsAsync(clinician, now - Lookback, now + Horizon, cancellationToken)).ToDictionary(e => e.EventId, StringComparer.Ordinal);
            var watched = new Dictionary<string, TableEntity>(StringComparer.Ordinal);
            await foreach (var row in tables.Settings.QueryAsync<TableEntity>(
                TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and Clinician eq {clinician} and State eq {"Watching"}"), cancellationToken: cancellationToken))
            {
                watched[row.GetString("EventId")!] = row;
            }

            foreach (var booked in seen.Values.Where(e => !watched.ContainsKey(e.EventId)))
            {
                await StartWatchingAsync(clinician, booked, now, cancellationToken);
            }

            foreach (var row in watched.Values)
            {
                var eventId = row.GetString("EventId")!;
                var current = seen.GetValueOrDefault(eventId) ?? await calendars.FindEvaluationAsync(clinician, eventId, cancellationToken);
                await CompareAsync(row, current, now, cancellationToken);
            }
        }
    }

    private async Task StartWatchingAsync(string clinician, BookedEvaluation booked, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var row = new TableEntity(Partition, RowKey(booked.EventId))
        {
            ["Clinician"] = clinician,
            ["EventId"] = booked.EventId,
            ["ReferralId"] = booked.ReferralId,
            ["Start"] = booked.Start,
            ["End"] = booked.End,
            ["State"] = "Watching",
        };
        try
        {
            row.ETag = (await tables.Settings.AddEntityAsync(row, cancellationToken)).Headers.ETag ?? default;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return; // seen before and no longer watched (cancelled or ended)
        }

        await CompareAsync(row, booked, now, cancellationToken);
    }

    // Reports what changed since the row was written, then records it (ETag): a second instance that raced us reports
    // the same change at the same time, which the history keeps once.
    private async Task CompareAsync(TableEntity row, BookedEvaluation? current, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var referralId = row.GetString("ReferralId")!;
        var eventId = row.GetString("EventId")!;
        if (current is null || current.Cancelled)
        {
            await changes.ReportAsync(new EvaluationChange(referralId, eventId, EvaluationChangeKind.Cancelled, null, current?.LastModified ?? now), cancellationToken);
            row["State"] = "Cancelled";
        }
        else
        {
            if (current.Start != row.GetDateTimeOffset("Start"))
            {
                await changes.ReportAsync(new EvaluationChange(referralId, eventId, EvaluationChangeKind.Moved, current.Start, current.LastModified ?? now), cancellationToken);
                row["Start"] = current.Start;
                row["End"] = current.End;
            }

            if (current.End <= now)
            {
                await changes.ReportAsync(new EvaluationChange(referralId, eventId, EvaluationChangeKind.Ended, null, current.End), cancellationToken);
                row["State"] = "Ended";
            }
        }

        try
        {
            await tables.Settings.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            // another instance recorded the same look first
        }
    }

    private static string RowKey(string eventId) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(eventId)));

    [LoggerMessage(EventId = 2321, Level = LogLevel.Error, Message = "Checking the booked evaluations failed; the next check retries")]
    private static partial void LogCheckFailed(ILogger logger, Exception exception);
}
