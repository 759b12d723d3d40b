using System.Globalization;
using OutreachBot.Clinic.Pipeline;
using OutreachBot.Clinic.Summaries;

namespace OutreachBot.Host.Summaries;

/// <summary>Numbers as the summary cards and the CSV write them.</summary>
public static class SummaryText
{
    public static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Percent(double share) => share.ToString("P0", CultureInfo.InvariantCulture).Replace(" ", string.Empty, StringComparison.Ordinal);

    public static string Hours(TimeSpan? span) => span is not { } s ? "–"
        : s.TotalHours < 1 ? $"{(int)s.TotalMinutes} min"
        : $"{s.TotalHours.ToString("0.#", CultureInfo.InvariantCulture)} h";

    public static string Days(TimeSpan? span) => span is not { } s ? "–" : $"{s.TotalDays.ToString("0.#", CultureInfo.InvariantCulture)} d";

    public static string Waits(WaitTimes waits, Func<TimeSpan?, string> format)
    {
        ArgumentNullException.ThrowIfNull(waits);
        ArgumentNullException.ThrowIfNull(format);
        return waits.Count == 0 ? "none yet" : $"median {format(waits.Median)} · 90th percentile {format(waits.P90)} ({Count(waits.Count)})";
    }

    public static string Stage(PipelineStage stage) => stage switch
    {
        PipelineStage.Received => "Received",
        PipelineStage.FirstContact => "First contact",
        PipelineStage.EvaluationScheduled => "Evaluation scheduled",
        PipelineStage.EvaluationCompleted => "Evaluation completed",
        PipelineStage.NotReachable => "Not reachable",
        _ => stage.ToString(),
    };

    public static string Date(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture);
}
