using System.Text.Json;

namespace OutreachBot.Cli.Evaluation;

/// <summary>
/// Compares one field of a predicted label line with the expected one. Nulls count: a null expected and a null
/// predicted agree. ICD-10 lists compare as sets. Concern is free text: it agrees when both are null or their word
/// sets overlap with an F1 of at least 0.5 (the wording of a reason for referral is never unique).
/// </summary>
internal static class FieldComparer
{
    public static readonly string[] Fields =
    [
        "kind", "pathway", "urgency", "referrer.name", "referrer.organization", "referrer.role", "referrer.phone",
        "referrer.fax", "referrer.email", "patient.name", "patient.dob", "patient.age_years", "patient.phone", "icd10",
        "concern", "insurance", "order_attached", "preferred_contact", "thread_of",
    ];

    public static bool Agree(string field, JsonElement expected, JsonElement predicted)
    {
        var e = Value(expected, field);
        var p = Value(predicted, field);
        return field == "concern" && e is not null && p is not null ? WordF1(e, p) >= 0.5 : e == p;
    }

    public static string? Value(JsonElement root, string field)
    {
        var element = root;
        foreach (var part in field.Split('.'))
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(part, out element))
            {
                return null;
            }
        }

        return element.ValueKind switch
        {
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            JsonValueKind.String => element.GetString(),
            JsonValueKind.Array => string.Join(",", element.EnumerateArray().Select(v => v.ToString()).Order(StringComparer.Ordinal)),
            _ => element.GetRawText(),
        };
    }

    private static double WordF1(string expected, string predicted)
    {
        var e = Words(expected);
        var p = Words(predicted);
        if (e.Count == 0 || p.Count == 0)
        {
            return 0;
        }

        var common = e.Intersect(p).Count();
        var precision = (double)common / p.Count;
        var recall = (double)common / e.Count;
        return common == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    private static HashSet<string> Words(string text) =>
        [.. text.ToLowerInvariant().Split([' ', ',', '.', ';', ':', '(', ')', '/', '-', '\n'], StringSplitOptions.RemoveEmptyEntries)];
}
