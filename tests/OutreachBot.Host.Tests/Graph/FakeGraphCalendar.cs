using System.Collections.Concurrent;
using System.Text.Json;

namespace OutreachBot.Host.Tests.Graph;

/// <summary>A busy item as getSchedule reports it: wall-clock times with the zone name they are in.</summary>
public sealed record FakeScheduleItem(DateTime Start, DateTime End, string TimeZone, string Status = "busy");

/// <summary>Working hours as a mailbox's settings hold them.</summary>
public sealed record FakeWorkingHours(string[] DaysOfWeek, TimeOnly Start, TimeOnly End, string TimeZone);

/// <summary>A change to an event after it was booked.</summary>
public sealed record FakeEventChange(DateTimeOffset? Start, DateTimeOffset? End, bool Cancelled, DateTimeOffset At);

/// <summary>One user's calendar on the fake: what getSchedule answers, and the events posted to it.</summary>
public sealed class FakeGraphCalendar
{
    public List<FakeScheduleItem> Items { get; } = [];

    public FakeWorkingHours? WorkingHours { get; set; }

    public string AvailabilityView { get; set; } = "";

    /// <summary>Events created, by id, as posted (property names as the SDK sent them).</summary>
    public ConcurrentDictionary<string, JsonElement> Events { get; } = new();

    /// <summary>The Schedules array of each getSchedule body received.</summary>
    public ConcurrentQueue<string[]> ScheduleRequests { get; } = new();

    /// <summary>When set, the next event POST is stored but answered 504, as if the answer was lost on the way.</summary>
    public bool LoseNextCreatedAnswer { get; set; }

    private int _eventPosts;

    /// <summary>Changes made "in Outlook" to posted events: a new start and end, a cancellation, the time of the change.</summary>
    public ConcurrentDictionary<string, FakeEventChange> Changes { get; } = new();

    public void Move(string id, DateTimeOffset start, DateTimeOffset end, DateTimeOffset at) =>
        Changes[id] = Changes.GetValueOrDefault(id, new FakeEventChange(null, null, false, at)) with { Start = start, End = end, At = at };

    public void Cancel(string id, DateTimeOffset at) =>
        Changes[id] = Changes.GetValueOrDefault(id, new FakeEventChange(null, null, false, at)) with { Cancelled = true, At = at };

    public void Delete(string id) => Events.TryRemove(id, out _);

    /// <summary>
    /// An event a person made in Outlook (not the bot): its subject, UTC times, categories and attendees' addresses,
    /// with no extended property of the bot's. Returns its id.
    /// </summary>
    public string AddFromOutlook(string subject, DateTimeOffset start, DateTimeOffset end, IReadOnlyList<string> categories, IReadOnlyList<string> attendees)
    {
        var id = "AAMkOutlook" + Guid.NewGuid().ToString("N");
        Events[id] = JsonSerializer.SerializeToElement(new Dictionary<string, object?>
        {
            ["subject"] = subject,
            ["start"] = new Dictionary<string, string> { ["dateTime"] = start.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture), ["timeZone"] = "UTC" },
            ["end"] = new Dictionary<string, string> { ["dateTime"] = end.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture), ["timeZone"] = "UTC" },
            ["categories"] = categories,
            ["attendees"] = attendees.Select(a => new Dictionary<string, object?> { ["type"] = "required", ["emailAddress"] = new Dictionary<string, string> { ["address"] = a } }).ToList(),
        });
        return id;
    }

    /// <summary>Event POSTs received, retries included.</summary>
    public int EventPosts => _eventPosts;

    internal void EventPosted() => Interlocked.Increment(ref _eventPosts);
}
