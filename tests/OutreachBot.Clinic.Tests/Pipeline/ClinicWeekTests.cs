using OutreachBot.Clinic.Pipeline;

namespace OutreachBot.Clinic.Tests.Pipeline;

public class ClinicWeekTests
{
    private static readonly TimeZoneInfo Chicago = TimeZoneInfo.FindSystemTimeZoneById("America/Chicago");
    private static readonly TimeSpan Cst = TimeSpan.FromHours(-6);
    private static readonly TimeSpan Cdt = TimeSpan.FromHours(-5);

    [Theory]
    [InlineData("2026-11-16T00:00:00-06:00")] // Monday midnight belongs to its own week
    [InlineData("2026-11-18T12:00:00-06:00")]
    [InlineData("2026-11-22T23:59:59-06:00")]
    public void Containing_StartsOnMondayMidnightInTheClinicsZone(string instant)
    {
        var week = ClinicWeek.Containing(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture), Chicago);

        Assert.Equal(new DateTimeOffset(2026, 11, 16, 0, 0, 0, Cst), week.Start);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 0, 0, 0, Cst), week.End);
        Assert.Equal(DayOfWeek.Monday, week.Start.DayOfWeek);
        Assert.Equal(Cst, week.Start.Offset);
    }

    [Fact]
    public void Containing_WhenSundayEveningInChicagoIsMondayInUtc_IsTheWeekEndingThatSunday()
    {
        var sundayEvening = new DateTimeOffset(2026, 11, 23, 2, 30, 0, TimeSpan.Zero); // Sun 22 Nov 20:30 CST
        Assert.Equal(DayOfWeek.Monday, sundayEvening.DayOfWeek);

        var week = ClinicWeek.Containing(sundayEvening, Chicago);

        Assert.Equal(new DateTimeOffset(2026, 11, 16, 0, 0, 0, Cst), week.Start);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 0, 0, 0, Cst), week.End);
        Assert.True(week.Contains(sundayEvening));
    }

    [Fact]
    public void Containing_WhenMondayMorningInUtcIsStillSundayInChicago_DoesNotStartANewWeek()
    {
        var mondayUtcMidnight = new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero);

        Assert.Equal(new DateTimeOffset(2026, 11, 16, 0, 0, 0, Cst), ClinicWeek.Containing(mondayUtcMidnight, Chicago).Start);
    }

    [Fact]
    public void Containing_WhenClocksSpringForward_TheWeekIs167Hours()
    {
        // US daylight saving time starts Sunday 8 March 2026 at 02:00.
        var week = ClinicWeek.Containing(new DateTimeOffset(2026, 3, 5, 12, 0, 0, Cst), Chicago);

        Assert.Equal(new DateTimeOffset(2026, 3, 2, 0, 0, 0, Cst), week.Start);
        Assert.Equal(new DateTimeOffset(2026, 3, 9, 0, 0, 0, Cdt), week.End);
        Assert.Equal(TimeSpan.FromHours(167), week.End - week.Start);
    }

    [Fact]
    public void Containing_WhenClocksFallBack_TheWeekIs169Hours()
    {
        // US daylight saving time ends Sunday 1 November 2026 at 02:00.
        var week = ClinicWeek.Containing(new DateTimeOffset(2026, 11, 1, 1, 30, 0, Cst), Chicago);

        Assert.Equal(new DateTimeOffset(2026, 10, 26, 0, 0, 0, Cdt), week.Start);
        Assert.Equal(new DateTimeOffset(2026, 11, 2, 0, 0, 0, Cst), week.End);
        Assert.Equal(TimeSpan.FromHours(169), week.End - week.Start);
    }

    [Fact]
    public void Contains_IncludesStartAndExcludesEnd()
    {
        var week = ClinicWeek.Containing(new DateTimeOffset(2026, 11, 18, 12, 0, 0, Cst), Chicago);

        Assert.True(week.Contains(week.Start));
        Assert.True(week.Contains(week.End.AddTicks(-1)));
        Assert.False(week.Contains(week.End));
        Assert.False(week.Contains(week.Start.AddTicks(-1)));
    }

    [Fact]
    public void Containing_WhenNextWeek_StartsWhereThisOneEnds()
    {
        var week = ClinicWeek.Containing(new DateTimeOffset(2026, 11, 18, 12, 0, 0, Cst), Chicago);

        Assert.Equal(week.End, ClinicWeek.Containing(week.End, Chicago).Start);
    }
}
