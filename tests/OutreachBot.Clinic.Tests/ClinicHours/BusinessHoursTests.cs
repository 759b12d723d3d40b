using OutreachBot.Clinic.ClinicHours;

namespace OutreachBot.Clinic.Tests.ClinicHours;

public sealed class BusinessHoursTests
{
    private static readonly TimeZoneInfo Chicago = TimeZoneInfo.FindSystemTimeZoneById("America/Chicago");
    private static readonly DateOnly Thanksgiving = new(2026, 11, 26);
    private static readonly BusinessHours Hours = BusinessHours.Weekdays(new TimeOnly(8, 0), new TimeOnly(17, 0), Chicago, [Thanksgiving]);

    private static DateTimeOffset Local(int month, int day, int hour, int minute = 0) =>
        new(new DateTime(2026, month, day, hour, minute, 0), Chicago.GetUtcOffset(new DateTime(2026, month, day, hour, minute, 0)));

    [Fact]
    public void After_AReferralOnFridayEvening_IsDueOnMondayAfternoon()
    {
        // Fri 20 Nov 18:30: closed; Sat and Sun closed; Mon 23 Nov opens 08:00, so 8 open hours end at 16:00.
        var due = Hours.After(Local(11, 20, 18, 30), TimeSpan.FromHours(8));

        Assert.Equal(Local(11, 23, 16, 0), due);
    }

    [Fact]
    public void After_AcrossThanksgivingAndTheWeekend_SkipsTheHolidayToo()
    {
        // Wed 25 Nov 15:00: 2 h left that day; Thu 26 is a holiday; Fri 27 gives 9 h; 16 h need 5 h more on Mon 30.
        var due = Hours.After(Local(11, 25, 15, 0), TimeSpan.FromHours(16));

        Assert.Equal(Local(11, 30, 13, 0), due);
    }

    [Fact]
    public void Between_OverAWeekendAndAHoliday_CountsOnlyOpenHours()
    {
        Assert.Equal(TimeSpan.FromHours(2 + 9 + 5), Hours.Between(Local(11, 25, 15, 0), Local(11, 30, 13, 0)));
        Assert.Equal(TimeSpan.Zero, Hours.Between(Local(11, 21, 9, 0), Local(11, 22, 20, 0)));
        Assert.Equal(TimeSpan.Zero, Hours.Between(Local(11, 26, 9, 0), Local(11, 26, 16, 0)));
    }

    [Fact]
    public void Between_OnTheNightClocksGoBack_CountsTheRealOpenHours()
    {
        // Sun 1 Nov 2026 is the fall-back day (closed anyway); Mon 2 Nov is a normal 9-hour day in CST.
        Assert.Equal(TimeSpan.FromHours(9), Hours.Between(Local(10, 30, 17, 0), Local(11, 2, 17, 0)));
        Assert.Equal(Local(11, 2, 9, 0), Hours.After(Local(10, 30, 16, 0), TimeSpan.FromHours(2)));
    }

    [Fact]
    public void AfterAndBetween_AgreeForManyStarts()
    {
        var start = Local(11, 1, 0, 0);
        for (var i = 0; i < 500; i++)
        {
            var from = start.AddMinutes(i * 97);
            var standard = TimeSpan.FromMinutes(30 + (i * 53 % 1500));

            var due = Hours.After(from, standard);

            Assert.Equal(standard, Hours.Between(from, due));
            Assert.True(Hours.Between(from, due.AddMinutes(-1)) < standard);
        }
    }

    [Fact]
    public void AlwaysOpen_CountsWallClockTime()
    {
        var always = BusinessHours.AlwaysOpen(Chicago);

        Assert.Equal(TimeSpan.FromHours(30), always.Between(Local(11, 21, 9, 0), Local(11, 22, 15, 0)));
        Assert.Equal(Local(11, 22, 9, 0), always.After(Local(11, 21, 9, 0), TimeSpan.FromDays(1)));
    }
}
