using OutreachBot.Clinic.Pipeline;
using OutreachBot.Clinic.Summaries;

namespace OutreachBot.Clinic.Tests.Summaries;

public sealed class WeeklyPostScheduleTests
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    private static readonly WeeklyPostSchedule MondayAtEight = new(DayOfWeek.Monday, new TimeOnly(8, 0), NewYork);

    [Theory]
    [InlineData("2026-03-02", "2026-03-02T13:00:00Z")] // EST, the week before the change
    [InlineData("2026-03-09", "2026-03-09T12:00:00Z")] // clocks went forward on Sun 8 March: EDT
    [InlineData("2026-10-26", "2026-10-26T12:00:00Z")] // EDT, the week before they go back
    [InlineData("2026-11-02", "2026-11-02T13:00:00Z")] // clocks went back on Sun 1 November: EST
    public void DueIn_IsMondayEightOnTheClinicsClock_InDstWeeksToo(string monday, string dueUtc)
    {
        var week = ClinicWeek.Containing(DateTimeOffset.Parse(monday + "T12:00:00-05:00", System.Globalization.CultureInfo.InvariantCulture), NewYork);

        Assert.Equal(DateTimeOffset.Parse(dueUtc, System.Globalization.CultureInfo.InvariantCulture), MondayAtEight.DueIn(week));
    }

    [Fact]
    public void DueWeek_BeforeEightOnMonday_IsNone_AndFromEightOnIsThisWeek()
    {
        var justBefore = DateTimeOffset.Parse("2026-03-09T11:59:00Z", System.Globalization.CultureInfo.InvariantCulture);

        Assert.Null(MondayAtEight.DueWeek(justBefore));
        Assert.Equal(ClinicWeek.Containing(justBefore, NewYork), MondayAtEight.DueWeek(justBefore.AddMinutes(1)));
        Assert.Equal(ClinicWeek.Containing(justBefore, NewYork), MondayAtEight.DueWeek(justBefore.AddDays(4)));
    }

    [Fact]
    public void DueIn_ATimeInTheSpringForwardGap_MovesToTheFirstValidMinute()
    {
        var sundayAtTwoThirty = new WeeklyPostSchedule(DayOfWeek.Sunday, new TimeOnly(2, 30), NewYork);
        var week = ClinicWeek.Containing(DateTimeOffset.Parse("2026-03-04T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture), NewYork);

        Assert.Equal(DateTimeOffset.Parse("2026-03-08T07:00:00Z", System.Globalization.CultureInfo.InvariantCulture), sundayAtTwoThirty.DueIn(week));
    }

    [Fact]
    public void DueIn_ATimeThatHappensTwice_IsTheFirst()
    {
        var sundayAtOneThirty = new WeeklyPostSchedule(DayOfWeek.Sunday, new TimeOnly(1, 30), NewYork);
        var week = ClinicWeek.Containing(DateTimeOffset.Parse("2026-10-28T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture), NewYork);

        Assert.Equal(DateTimeOffset.Parse("2026-11-01T05:30:00Z", System.Globalization.CultureInfo.InvariantCulture), sundayAtOneThirty.DueIn(week));
    }
}
