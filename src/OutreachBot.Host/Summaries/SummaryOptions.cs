using System.ComponentModel.DataAnnotations;

namespace OutreachBot.Host.Summaries;

/// <summary>Owners' summaries and the weekly post (section <c>Summaries</c>).</summary>
public sealed class SummaryOptions
{
    public const string SectionName = "Summaries";

    /// <summary>Whether every owner gets the summary once a week.</summary>
    public bool WeeklyPost { get; set; } = true;

    /// <summary>The day of the weekly post, in the clinic's time zone.</summary>
    public DayOfWeek WeeklyPostDay { get; set; } = DayOfWeek.Monday;

    /// <summary>The time of the weekly post on the clinic's clock.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "23:59:59")]
    public TimeSpan WeeklyPostTime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>An open referral with no movement for this long is stalled.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "90.00:00:00")]
    public TimeSpan StalledAfter { get; set; } = TimeSpan.FromDays(7);

    /// <summary>A source is lapsed when it referred within this long ...</summary>
    [Range(typeof(TimeSpan), "7.00:00:00", "730.00:00:00")]
    public TimeSpan LapsedLookback { get; set; } = TimeSpan.FromDays(90);

    /// <summary>... but not within this long.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "365.00:00:00")]
    public TimeSpan LapsedQuiet { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How many sources the card lists.</summary>
    [Range(1, 20)]
    public int TopSources { get; set; } = 5;

    /// <summary>How often the weekly post checks whether it is due.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromMinutes(1);
}
