using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace OutreachBot.Host.Tests.Infrastructure;

/// <summary>
/// Validates cards against the Adaptive Card 1.5 JSON schema (kept in Cards/Schema with its licence). The card root
/// allows no extra members, so the Teams-only <c>msteams</c> member is removed first, as Teams itself reads it apart.
/// </summary>
public static class CardSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromFile(Path.Combine(AppContext.BaseDirectory, "Cards", "Schema", "adaptive-card-1.5.schema.json")));

    /// <summary>The schema's complaints about <paramref name="card"/>; empty when it is valid.</summary>
    public static IReadOnlyList<string> Problems(JsonNode card)
    {
        var copy = card.DeepClone().AsObject();
        copy.Remove("msteams");
        ReplaceTeamsCharts(copy);
        var result = Schema.Value.Evaluate(JsonSerializer.SerializeToElement(copy), new EvaluationOptions { OutputFormat = OutputFormat.List });
        return result.IsValid
            ? []
            : [.. (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))];
    }

    // Teams' chart elements (Chart.VerticalBar, Chart.Donut, ...) are outside the 1.5 schema. A 1.5 client renders
    // their fallback instead, so that is what is validated; a chart without an element fallback fails validation.
    private static void ReplaceTeamsCharts(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj.ToList())
                {
                    if (child is JsonObject element && IsChart(element))
                    {
                        obj[name] = element["fallback"]?.DeepClone() ?? new JsonObject { ["type"] = "Chart without fallback" };
                    }

                    ReplaceTeamsCharts(obj[name]);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonObject element && IsChart(element))
                    {
                        array[i] = element["fallback"]?.DeepClone() ?? new JsonObject { ["type"] = "Chart without fallback" };
                    }

                    ReplaceTeamsCharts(array[i]);
                }

                break;
        }
    }

    private static bool IsChart(JsonObject element) =>
        element["type"] is JsonValue type && type.TryGetValue(out string? name) && name.StartsWith("Chart.", StringComparison.Ordinal);

    public static void AssertValid(JsonNode card)
    {
        var problems = Problems(card);
        Assert.True(problems.Count == 0, "Card is not valid Adaptive Card 1.5:\n" + string.Join("\n", problems.Take(20)));
    }
}
