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
        var wanted = ExtendedValueFilter().Match(filter) is { Success: true } m ? m.Groups[1].Value : null;
        var found = calendar.Events.Where(e => wanted is not null && ReferralOf(e.Value) == wanted)
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

    /// <summary>The referral id in an event's single-value extended properties, whatever the case of the names.</summary>
    public static string? ReferralOf(JsonElement @event) =>
        Property(@event, "singleValueExtendedProperties")?.EnumerateArray()
            .Select(p => Property(p, "value")?.GetString()).FirstOrDefault();

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

    [GeneratedRegex(@"ep/value eq '([^']*)'", RegexOptions.IgnoreCase)]
    private static partial Regex ExtendedValueFilter();
}
