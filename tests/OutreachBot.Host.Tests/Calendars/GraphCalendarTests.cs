using Microsoft.Extensions.DependencyInjection;
using OutreachBot.Clinic.Scheduling;
using OutreachBot.Host.Calendars;
using OutreachBot.Host.Tests.Graph;
using static OutreachBot.Host.Tests.Calendars.CalendarServices;

namespace OutreachBot.Host.Tests.Calendars;

/// <summary>Clinicians' Exchange calendars through the real Graph SDK against the fake Graph server.</summary>
public sealed class GraphCalendarTests : IAsyncLifetime, IDisposable
{
    private const string Ana = "ana@testclinic.example";
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromMinutes(1));
    private FakeGraphServer _graph = null!;
    private ServiceProvider _services = null!;

    private CancellationToken Ct => _timeout.Token;

    private EvaluationScheduler Scheduler => _services.GetRequiredService<EvaluationScheduler>();

    [Fact]
    public async Task FreeSlots_WithHoursInAWindowsZoneAndBusyTimeInAnIanaZone_AreTheFreeHoursInTheClinicZone()
    {
        var calendar = _graph.Calendar(Ana);
        calendar.WorkingHours = new(["monday", "tuesday", "wednesday", "thursday", "friday"], new TimeOnly(8, 0), new TimeOnly(12, 0), "Central Standard Time");
        calendar.Items.Add(new(new DateTime(2026, 11, 3, 9, 0, 0), new DateTime(2026, 11, 3, 10, 0, 0), "America/Chicago"));
        calendar.Items.Add(new(new DateTime(2026, 11, 3, 17, 0, 0), new DateTime(2026, 11, 3, 18, 0, 0), "UTC", "tentative")); // 11:00 Chicago
        calendar.Items.Add(new(new DateTime(2026, 11, 3, 8, 0, 0), new DateTime(2026, 11, 3, 9, 0, 0), "America/Chicago", "free"));

        var slots = await Scheduler.FreeSlotsAsync(Ana, Chicago(11, 3, 0), Chicago(11, 4, 0), Ct);

        Assert.Equal([Chicago(11, 3, 8), Chicago(11, 3, 10)], slots.Select(s => s.Start));
        Assert.Equal([Ana], Assert.Single(calendar.ScheduleRequests));
    }

    [Fact]
    public async Task FreeSlots_WhenTheMailboxStatesNoHours_UseTheClinicDayAndTheAvailabilityView()
    {
        // 15-minute digits from 08:00: free, then busy 08:15-08:30, then free.
        _graph.Calendar(Ana).AvailabilityView = "0200";

        var slots = await Scheduler.FreeSlotsAsync(Ana, Chicago(11, 3, 8), Chicago(11, 3, 12), Ct);

        Assert.Equal([Chicago(11, 3, 9), Chicago(11, 3, 10), Chicago(11, 3, 11)], slots.Select(s => s.Start));
    }

    [Fact]
    public async Task Book_WhenAskedTwice_CreatesOneEventTaggedWithTheReferralAndOnlyInitials()
    {
        var booking = new EvaluationBooking(Ana, "R-0a1b2c3d4e", "G.H.", new EvaluationSlot(Chicago(11, 3, 10), Chicago(11, 3, 11)));

        var first = await Scheduler.BookAsync(booking, Ct);
        var second = await Scheduler.BookAsync(booking, Ct);

        Assert.Equal(first, second);
        var posted = Assert.Single(_graph.Calendar(Ana).Events).Value;
        Assert.Equal("OT evaluation - G.H.", FakeGraphServer.Property(posted, "subject")?.GetString());
        Assert.Equal("R-0a1b2c3d4e", FakeGraphServer.ReferralOf(posted));
        Assert.Equal("2026-11-03T16:00:00", FakeGraphServer.Property(FakeGraphServer.Property(posted, "start")!.Value, "dateTime")?.GetString());
        Assert.Equal(1, _graph.Calendar(Ana).EventPosts);
    }

    [Fact]
    public async Task Book_WhenTheCreatedAnswerIsLostAndTheSdkRetries_LeavesOneEvent()
    {
        _graph.Calendar(Ana).LoseNextCreatedAnswer = true;
        var booking = new EvaluationBooking(Ana, "R-5f6e7d8c9b", "J.K.", new EvaluationSlot(Chicago(11, 4, 9), Chicago(11, 4, 10)));

        var id = await Scheduler.BookAsync(booking, Ct);

        Assert.Equal(2, _graph.Calendar(Ana).EventPosts); // the lost answer, then the retry with the same transactionId
        Assert.Equal(id, Assert.Single(_graph.Calendar(Ana).Events).Key);
    }

    public async Task InitializeAsync()
    {
        _graph = await FakeGraphServer.StartAsync(Ct);
        _services = Build(new() { ["Calendars:Source"] = "Graph", ["Graph:BaseUrl"] = _graph.BaseUrl.ToString() });
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _graph.DisposeAsync();
    }

    public void Dispose() => _timeout.Dispose();
}
