using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace OutreachBot.Host.Tests.Graph;

public sealed partial class FakeGraphServer
{
    private readonly ConcurrentDictionary<string, FakeGraphCalendar> _calendars = new(StringComparer.OrdinalIgnoreCase);

    public FakeGraphCalendar Calendar(string user) => _calendars.GetOrAdd(user, _ => new FakeGraphCalendar());

    private async Task CalendarAsync(HttpContext context, string user, string[] rest)
    {
        Counters.Other.AddOrUpdate($"{context.Request.Method} {string.Join('/', rest)}", 1, (_, n) => n + 1);
        var calendar = Calendar(user);
        switch (rest)
        {
            case [var c, var g] when Is(c, "calendar") && Is(g, "getSchedule") && HttpMethods.IsPost(context.Request.Method):
                await GetScheduleAsync(context, calendar);
                return;
            case [var e] when Is(e, "events") && HttpMethods.IsGet(context.Request.Method):
                await FindEventsAsync(context, calendar);
                return;
            case [var v] when Is(v, "calendarView") && HttpMethods.IsGet(context.Request.Method):
                await CalendarViewAsync(context, calendar);
                return;
            case [var e, var id] when Is(e, "events") && HttpMethods.IsGet(context.Request.Method):
                await GetEventAsync(context, calendar, Uri.UnescapeDataString(id));
                return;
            case [var e] when Is(e, "events") && HttpMethods.IsPost(context.Request.Method):
                await CreateEventAsync(context, calendar);
                return;
            default:
                await ErrorAsync(context, 404, "ResourceNotFound", null);
                return;
        }
    }

    private static async Task GetScheduleAsync(HttpContext context, FakeGraphCalendar calendar)
    {
        var body = await ReadBodyAsync(context);
        var schedules = Property(body, "schedules")?.EnumerateArray().Select(s => s.GetString()!).ToArray() ?? [];
        calendar.ScheduleRequests.Enqueue(schedules);
        if (Property(body, "startTime") is null || Property(body, "endTime") is null)
        {
            await ErrorAsync(context, 400, "ErrorInvalidRequest", null);
            return;
        }

        var value = schedules.Select(id => new Dictionary<string, object?>
        {
            ["scheduleId"] = id,
            ["availabilityView"] = calendar.AvailabilityView,
            ["scheduleItems"] = calendar.Items.Select(i => new Dictionary<string, object?>
            {
                ["isPrivate"] = false,
                ["status"] = i.Status,
                ["start"] = When(i.Start, i.TimeZone),
                ["end"] = When(i.End, i.TimeZone),
            }).ToList(),
            ["workingHours"] = calendar.WorkingHours is { } hours
                ? new Dictionary<string, object?>
                {
                    ["daysOfWeek"] = hours.DaysOfWeek,
                    ["startTime"] = hours.Start.ToString("HH:mm:ss.fffffff", CultureInfo.InvariantCulture),
                    ["endTime"] = hours.End.ToString("HH:mm:ss.fffffff", CultureInfo.InvariantCulture),
                    ["timeZone"] = new Dictionary<string, object?> { ["name"] = hours.TimeZone },
                }
                : null,
        }).ToList();
        await context.Response.WriteAsJsonAsync(new Dictionary<string, object?> { ["value"] = value }, context.RequestAborted);
    }

    private static async Task FindEventsAsync(HttpContext context, FakeGraphCalendar calendar)
    {
        var filter = context.Request.Query["$filter"].ToString();
        var wanted = ExtendedValueFilter().Match(filter) is { Success: true } m ? (Id: m.Groups[1].Value, Value: m.Groups[2].Value.Replace("''", "'", StringComparison.Ordinal)) : default;
        var found = calendar.Events.Where(e => wanted.Id is not null && ExtendedProperties(e.Value).Any(p =>
                string.Equals(p.Id, wanted.Id, StringComparison.OrdinalIgnoreCase) && p.Value == wanted.Value))
            .Select(e => new Dictionary<string, object?> { ["id"] = e.Key }).ToList();
        await context.Response.WriteAsJsonAsync(new Dictionary<string, object?> { ["value"] = found }, context.RequestAborted);
    }

    private static async Task CreateEventAsync(HttpContext context, FakeGraphCalendar calendar)
    {
        calendar.EventPosted();
        var body = await ReadBodyAsync(context);
        var transaction = Property(body, "transactionId")?.GetString();
        var id = calendar.Events.FirstOrDefault(e => transaction is not null && Property(e.Value, "transactionId")?.GetString() == transaction).Key;
        if (id is null)
        {
            id = "AAMkEvt" + Convert.ToBase64String(Guid.NewGuid().ToByteArray()).Replace('+', '-').Replace('/', '_');
            calendar.Events[id] = body;
            if (calendar.LoseNextCreatedAnswer)
            {
                calendar.LoseNextCreatedAnswer = false;
                await ErrorAsync(context, 504, "GatewayTimeout", 0);
                return;
            }
        }

        context.Response.StatusCode = 201;
        await context.Response.WriteAsJsonAsync(
            new Dictionary<string, object?> { ["id"] = id, ["subject"] = Property(calendar.Events[id], "subject")?.GetString() },
            context.RequestAborted);
    }

    // calendarView: the events overlapping [startDateTime, endDateTime), with times in UTC (the bot asks so).
    private static async Task CalendarViewAsync(HttpContext context, FakeGraphCalendar calendar)
    {
        var from = DateTimeOffset.Parse(context.Request.Query["startDateTime"].ToString(), CultureInfo.InvariantCulture);
        var to = DateTimeOffset.Parse(context.Request.Query["endDateTime"].ToString(), CultureInfo.InvariantCulture);
        var expand = ExpandedId(context);
        var value = calendar.Events.Keys.Select(id => EventJson(calendar, id, expand)).OfType<(DateTimeOffset Start, DateTimeOffset End, Dictionary<string, object?> Json)>()
            .Where(e => e.End > from && e.Start < to).Select(e => e.Json).ToList();
        await context.Response.WriteAsJsonAsync(new Dictionary<string, object?> { ["value"] = value }, context.RequestAborted);
    }

    private static async Task GetEventAsync(HttpContext context, FakeGraphCalendar calendar, string id)
    {
        if (EventJson(calendar, id, ExpandedId(context)) is not { } found)
        {
            await ErrorAsync(context, 404, "ErrorItemNotFound", null);
            return;
        }

        await context.Response.WriteAsJsonAsync(found.Json, context.RequestAborted);
    }

    // Graph returns only the extended properties asked for: $expand=singleValueExtendedProperties($filter=id eq '...').
    private static string? ExpandedId(HttpContext context) =>
        ExpandFilter().Match(context.Request.Query["$expand"].ToString()) is { Success: true } m ? m.Groups[1].Value : null;

    private static (DateTimeOffset Start, DateTimeOffset End, Dictionary<string, object?> Json)? EventJson(FakeGraphCalendar calendar, string id, string? expandedId)
    {
        if (!calendar.Events.TryGetValue(id, out var posted))
        {
            return null;
        }

        var change = calendar.Changes.GetValueOrDefault(id);
        var start = change?.Start ?? Utc(Property(posted, "start"));
        var end = change?.End ?? Utc(Property(posted, "end"));
        return (start, end, new Dictionary<string, object?>
        {
            ["id"] = id,
            ["start"] = When(start.UtcDateTime, "UTC"),
            ["end"] = When(end.UtcDateTime, "UTC"),
            ["isCancelled"] = change?.Cancelled == true,
            ["lastModifiedDateTime"] = (change?.At ?? start.AddDays(-7)).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            ["subject"] = Property(posted, "subject")?.GetString(),
            ["categories"] = Property(posted, "categories") is { ValueKind: JsonValueKind.Array } categories
                ? categories.EnumerateArray().Select(c => c.GetString()).ToList()
                : new List<string?>(),
            ["attendees"] = Property(posted, "attendees") is { ValueKind: JsonValueKind.Array } attendees
                ? attendees.EnumerateArray().Select(a => Property(a, "emailAddress") is { } address
                    ? new Dictionary<string, object?>
                    {
                        ["type"] = Property(a, "type")?.GetString() ?? "required",
                        ["emailAddress"] = new Dictionary<string, object?> { ["address"] = Property(address, "address")?.GetString(), ["name"] = Property(address, "name")?.GetString() },
                    }
                    : null).OfType<Dictionary<string, object?>>().ToList()
                : new List<Dictionary<string, object?>>(),
            ["singleValueExtendedProperties"] = ExtendedProperties(posted)
                .Where(p => expandedId is not null && string.Equals(p.Id, expandedId, StringComparison.OrdinalIgnoreCase))
                .Select(p => new Dictionary<string, object?> { ["id"] = p.Id, ["value"] = p.Value }).ToList(),
        });
    }

    private static DateTimeOffset Utc(JsonElement? when) =>
        new(DateTime.SpecifyKind(DateTime.Parse(Property(when!.Value, "dateTime")!.Value.GetString()!, CultureInfo.InvariantCulture), DateTimeKind.Utc));

    /// <summary>The referral id in an event's single-value extended properties, whatever the case of the names.</summary>
    public static string? ReferralOf(JsonElement @event) =>
        Property(@event, "singleValueExtendedProperties")?.EnumerateArray()
            .Select(p => Property(p, "value")?.GetString()).FirstOrDefault();

    /// <summary>An event's single-value extended properties as posted (id and value).</summary>
    public static IEnumerable<(string? Id, string? Value)> ExtendedProperties(JsonElement @event) =>
        Property(@event, "singleValueExtendedProperties") is { ValueKind: JsonValueKind.Array } list
            ? list.EnumerateArray().Select(p => (Property(p, "id")?.GetString(), Property(p, "value")?.GetString())).ToList()
            : [];

    /// <summary>A property by name, ignoring case, as Graph reads bodies (the SDK sends some in PascalCase).</summary>
    public static JsonElement? Property(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object
            ? element.EnumerateObject().Where(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).Select(p => (JsonElement?)p.Value).FirstOrDefault()
            : null;

    private static Dictionary<string, object?> When(DateTime at, string zone) => new()
    {
        ["dateTime"] = at.ToString("yyyy-MM-ddTHH:mm:ss.fffffff", CultureInfo.InvariantCulture),
        ["timeZone"] = zone,
    };

    [GeneratedRegex(@"ep/id eq '((?:[^']|'')*)' and ep/value eq '((?:[^']|'')*)'", RegexOptions.IgnoreCase)]
    private static partial Regex ExtendedValueFilter();

    [GeneratedRegex(@"id eq '([^']*)'", RegexOptions.IgnoreCase)]
    private static partial Regex ExpandFilter();
}
