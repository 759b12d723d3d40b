using System.Globalization;
using System.Text;
using System.Text.Json;
using OutreachBot.Cli.Batch;
using OutreachBot.Clinic.Detection;

namespace OutreachBot.Cli.Output;

/// <summary>Writes a detection as one JSON line with the keys and value sets of the corpus labels (LABELS.md).</summary>
internal static class LabelJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(ClassifiedMessage result, IReadOnlyDictionary<string, string> filesById)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("file", result.File);
            if (result.Detection is not { } d)
            {
                json.WriteString("error", result.Error);
            }
            else
            {
                WriteDetection(json, d, filesById);
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static string Token<T>(T value)
        where T : struct, Enum
    {
        // SelfReferral -> self-referral, CaseManager -> case-manager.
        var name = value.ToString();
        var text = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append('-');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }

    private static void WriteDetection(Utf8JsonWriter json, ReferralDetection d, IReadOnlyDictionary<string, string> filesById)
    {
        json.WriteString("kind", Token(d.Kind));
        WriteOptional(json, "pathway", d.Pathway is { } p ? Token(p) : null);
        WriteOptional(json, "urgency", d.Urgency is { } u ? Token(u) : null);
        json.WriteStartObject("referrer");
        WriteOptional(json, "name", d.Referrer.Name);
        WriteOptional(json, "organization", d.Referrer.Organization);
        WriteOptional(json, "role", d.Referrer.Role is { } r ? Token(r) : null);
        WriteOptional(json, "phone", d.Referrer.Phone);
        WriteOptional(json, "fax", d.Referrer.Fax);
        WriteOptional(json, "email", d.Referrer.Email);
        json.WriteEndObject();
        json.WriteStartObject("patient");
        WriteOptional(json, "name", d.Patient.Name);
        WriteOptional(json, "dob", d.Patient.DateOfBirth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (d.Patient.AgeYears is { } age)
        {
            json.WriteNumber("age_years", age);
        }
        else
        {
            json.WriteNull("age_years");
        }

        WriteOptional(json, "phone", d.Patient.Phone);
        json.WriteEndObject();
        json.WriteStartArray("icd10");
        foreach (var code in d.Icd10Codes)
        {
            json.WriteStringValue(code);
        }

        json.WriteEndArray();
        WriteOptional(json, "concern", d.Concern);
        WriteOptional(json, "insurance", d.Insurance);
        json.WriteBoolean("order_attached", d.OrderAttached);
        WriteOptional(json, "preferred_contact", d.PreferredContact is { } c ? Token(c) : null);
        WriteOptional(json, "thread_of", d.ThreadOf is { } t ? filesById.GetValueOrDefault(t, t) : null);
        json.WriteNumber("confidence", d.Confidence);
        WriteList(json, "signals", d.Signals);
        WriteList(json, "missing_items", d.MissingItems);
    }

    private static void WriteList(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
