using OutreachBot.Clinic.Scheduling;

namespace OutreachBot.Clinic.Tests.Scheduling;

/// <summary>Free evaluation slots in America/Chicago, across both DST changes of 2026 (8 March, 1 November).</summary>
public sealed class SlotCalculatorTests
{
    private static readonly TimeZoneInfo Chicago = TimeZoneInfo.FindSystemTimeZoneById("America/Chicago");
    private static readonly EvaluationRules Hourly = new(TimeSpan.FromHours(1), TimeSpan.Zero, TimeSpan.Zero, TimeSpan.FromHours(1));

    [Fact]
    public void FreeSlots_OnTheFallBackNight_GivesTheRepeatedHourTwoSlots()
    {
        var hours = new WorkingHours(new HashSet<DayOfWeek> { DayOfWeek.Sunday }, new TimeOnly(0, 0), new TimeOnly(4, 0), Chicago);

        var slots = SlotCalculator.FreeSlots(At(2026, 11, 1, 0, -5), At(2026, 11, 1, 12, -6), hours, [], Hourly, Chicago);

        Assert.Equal(
            [At(2026, 11, 1, 0, -5), At(2026, 11, 1, 1, -5), At(2026, 11, 1, 1, -6), At(2026, 11, 1, 2, -6), At(2026, 11, 1, 3, -6)],
            slots.Select(s => s.Start));
        Assert.All(slots, s => Assert.Equal(s.Start.Offset, Chicago.GetUtcOffset(s.Start)));
    }

    [Fact]
    public void FreeSlots_OnTheSpringForwardNight_SkipsTheMissingHour()
    {
        var hours = new WorkingHours(new HashSet<DayOfWeek> { DayOfWeek.Sunday }, new TimeOnly(0, 0), new TimeOnly(4, 0), Chicago);

        var slots = SlotCalculator.FreeSlots(At(2026, 3, 8, 0, -6), At(2026, 3, 8, 12, -5), hours, [], Hourly, Chicago);

        Assert.Equal([At(2026, 3, 8, 0, -6), At(2026, 3, 8, 1, -6), At(2026, 3, 8, 3, -5)], slots.Select(s => s.Start));
    }

    [Fact]
    public void FreeSlots_OverAWeekendWithADstChange_KeepsTheWorkingDayAtEightLocal()
    {
        var hours = WorkingHours.Weekdays(new TimeOnly(8, 0), new TimeOnly(12, 0), Chicago);

        var slots = SlotCalculator.FreeSlots(At(2026, 10, 30, 0, -5), At(2026, 11, 4, 0, -6), hours, [], Hourly, Chicago);

        Assert.Equal(12, slots.Count); // Friday, Monday, Tuesday: 4 each
        var friday = slots.First(s => s.Start.Day == 30);
        var monday = slots.First(s => s.Start.Day == 2);
        Assert.Equal((8, 13), (friday.Start.Hour, friday.Start.UtcDateTime.Hour));
        Assert.Equal((8, 14), (monday.Start.Hour, monday.Start.UtcDateTime.Hour));
        Assert.DoesNotContain(slots, s => s.Start.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday);
    }

    [Fact]
    public void FreeSlots_AroundABusyHour_KeepTheBuffersClear()
    {
        var hours = WorkingHours.Weekdays(new TimeOnly(8, 0), new TimeOnly(13, 0), Chicago);
        var rules = new EvaluationRules(TimeSpan.FromHours(1), TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(15));
        BusyTime[] busy = [new(At(2026, 11, 3, 10, -6), At(2026, 11, 3, 11, -6))];

        var slots = SlotCalculator.FreeSlots(At(2026, 11, 3, 0, -6), At(2026, 11, 4, 0, -6), hours, busy, rules, Chicago);

        var starts = slots.Select(s => s.Start.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(["08:00", "08:15", "08:30", "08:45", "11:15", "11:30", "11:45", "12:00"], starts);
    }

    [Fact]
    public void FreeSlots_WhenTheHoursAreKeptInAWindowsZone_ShowsThemInTheClinicZone()
    {
        var pacific = TimeZoneInfo.FindSystemTimeZoneById("Pacific Standard Time");
        var hours = WorkingHours.Weekdays(new TimeOnly(8, 0), new TimeOnly(10, 0), pacific);

        var slots = SlotCalculator.FreeSlots(At(2026, 11, 3, 0, -6), At(2026, 11, 4, 0, -6), hours, [], Hourly, Chicago);

        Assert.Equal([At(2026, 11, 3, 10, -6), At(2026, 11, 3, 11, -6)], slots.Select(s => s.Start));
    }

    [Fact]
    public void FreeSlots_BeforeTheEarliestStart_AreLeftOut()
    {
        var hours = WorkingHours.Weekdays(new TimeOnly(8, 0), new TimeOnly(12, 0), Chicago);

        var slots = SlotCalculator.FreeSlots(At(2026, 11, 3, 9, -6).AddMinutes(5), At(2026, 11, 3, 23, -6), hours, [], Hourly, Chicago);

        Assert.Equal([At(2026, 11, 3, 10, -6), At(2026, 11, 3, 11, -6)], slots.Select(s => s.Start));
    }

    [Theory]
    [InlineData(2, 30, 3, -5)] // skipped by spring forward: the end of the gap
    [InlineData(1, 30, 1, -6)] // an ordinary night
    public void ToInstant_MovesOnlyATimeSkippedBySpringForwardToTheEndOfTheGap(int hour, int minute, int expectedHour, int expectedOffset)
    {
        var day = hour == 2 ? 8 : 7;

        var instant = SlotCalculator.ToInstant(new DateTime(2026, 3, day, hour, minute, 0, DateTimeKind.Unspecified), Chicago);

        Assert.Equal((expectedHour, TimeSpan.FromHours(expectedOffset)), (instant.Hour, instant.Offset));
    }

    private static DateTimeOffset At(int year, int month, int day, int hour, int offsetHours) =>
        new(year, month, day, hour, 0, 0, TimeSpan.FromHours(offsetHours));
}
