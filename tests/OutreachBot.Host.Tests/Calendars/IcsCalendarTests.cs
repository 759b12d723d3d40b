using Microsoft.Extensions.DependencyInjection;
using OutreachBot.Clinic.Scheduling;
using OutreachBot.Host.Calendars;
using static OutreachBot.Host.Tests.Calendars.CalendarServices;

namespace OutreachBot.Host.Tests.Calendars;

/// <summary>The local calendar source: a folder of .ics files read and written with Ical.Net.</summary>
public sealed class IcsCalendarTests : IDisposable
{
    private const string Ben = "ben@testclinic.example";
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromMinutes(1));
    private readonly string _folder = Directory.CreateTempSubdirectory("outreachbot-ics-").FullName;
    private readonly ServiceProvider _services;

    public IcsCalendarTests() => _services = Build(new() { ["Calendars:Source"] = "IcsFolder", ["Calendars:IcsFolder"] = _folder });

    private CancellationToken Ct => _timeout.Token;

    private EvaluationScheduler Scheduler => _services.GetRequiredService<EvaluationScheduler>();

    [Fact]
    public async Task FreeSlots_AroundADailyMeetingAcrossTheFallBackWeekend_KeepItAtTenLocal()
    {
        File.WriteAllText(Path.Combine(_folder, Ben + ".ics"), """
            BEGIN:VCALENDAR
            VERSION:2.0
            PRODID:-//Test Clinic//Calendar//EN
            BEGIN:VEVENT
            UID:staff-huddle@testclinic.example
            DTSTART;TZID=America/Chicago:20261030T100000
            DTEND;TZID=America/Chicago:20261030T110000
            RRULE:FREQ=DAILY;COUNT=5
            SUMMARY:Staff huddle
            END:VEVENT
            BEGIN:VEVENT
            UID:lunch-and-learn@testclinic.example
            DTSTART;TZID=America/Chicago:20261102T080000
            DTEND;TZID=America/Chicago:20261102T090000
            TRANSP:TRANSPARENT
            SUMMARY:Optional reading hour
            END:VEVENT
            END:VCALENDAR
            """.Replace("\n", "\r\n", StringComparison.Ordinal));

        var slots = await Scheduler.FreeSlotsAsync(Ben, Chicago(10, 30, 0), Chicago(11, 3, 0), Ct);

        Assert.Equal(
            [Chicago(10, 30, 8), Chicago(10, 30, 9), Chicago(10, 30, 11), Chicago(11, 2, 8), Chicago(11, 2, 9), Chicago(11, 2, 11)],
            slots.Select(s => s.Start));
    }

    [Fact]
    public async Task Book_WhenAskedTwice_WritesOneEventAndTheSlotIsNoLongerFree()
    {
        var booking = new EvaluationBooking(Ben, "R-abcdef0123", "G.H.", new EvaluationSlot(Chicago(11, 3, 9), Chicago(11, 3, 10)));

        var first = await Scheduler.BookAsync(booking, Ct);
        var second = await Scheduler.BookAsync(booking, Ct);
        var slots = await Scheduler.FreeSlotsAsync(Ben, Chicago(11, 3, 0), Chicago(11, 4, 0), Ct);

        Assert.Equal(first, second);
        var ics = File.ReadAllText(Path.Combine(_folder, Ben + ".ics"));
        Assert.Single(ics.Split("BEGIN:VEVENT")[1..]);
        Assert.Contains("X-OUTREACHBOT-REFERRAL:R-abcdef0123", ics, StringComparison.Ordinal);
        Assert.Contains("SUMMARY:OT evaluation - G.H.", ics, StringComparison.Ordinal);
        Assert.Equal([Chicago(11, 3, 8), Chicago(11, 3, 10), Chicago(11, 3, 11)], slots.Select(s => s.Start));
    }

    [Fact]
    public async Task FreeSlots_ForAClinicianNamedLikeAPath_AreRefused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Scheduler.FreeSlotsAsync("../secrets", Chicago(11, 3, 0), Chicago(11, 4, 0), Ct));
    }

    public void Dispose()
    {
        _services.Dispose();
        _timeout.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
