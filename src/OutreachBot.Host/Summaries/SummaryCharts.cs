using System.Text.Json.Nodes;

namespace OutreachBot.Host.Summaries;

/// <summary>
/// Teams' Adaptive Card charts (<c>Chart.VerticalBar</c>, <c>Chart.HorizontalBar</c>, <c>Chart.Donut</c>). They are
/// outside the 1.5 schema, so each carries a <c>fallback</c> element with the same numbers as text: a client without
/// charts (older Teams, the Agents Playground, Outlook) renders the fallback instead.
/// </summary>
public static class SummaryCharts
{
    public const string TypePrefix = "Chart.";

    public static JsonObject VerticalBar(string title, IEnumerable<(string Label, int Value)> data, JsonObject fallback) => new()
    {
        ["type"] = "Chart.VerticalBar",
        ["title"] = title,
        ["data"] = new JsonArray([.. data.Select(d => (JsonNode)new JsonObject { ["x"] = d.Label, ["y"] = d.Value })]),
        ["fallback"] = fallback,
    };

    public static JsonObject HorizontalBar(string title, IEnumerable<(string Label, int Value)> data, JsonObject fallback) => new()
    {
        ["type"] = "Chart.HorizontalBar",
        ["title"] = title,
        ["data"] = new JsonArray([.. data.Select(d => (JsonNode)new JsonObject { ["x"] = d.Label, ["y"] = d.Value })]),
        ["fallback"] = fallback,
    };

    public static JsonObject Donut(string title, IEnumerable<(string Label, int Value)> data, JsonObject fallback) => new()
    {
        ["type"] = "Chart.Donut",
        ["title"] = title,
        ["data"] = new JsonArray([.. data.Select(d => (JsonNode)new JsonObject { ["legend"] = d.Label, ["value"] = d.Value })]),
        ["fallback"] = fallback,
    };
}
