using System.Text.Json;
using OutreachBot.Cli.Batch;
using OutreachBot.Cli.Evaluation;
using OutreachBot.Cli.Output;

namespace OutreachBot.Cli.Commands;

/// <summary>
/// <c>eval FOLDER</c>: compares classify's output with FOLDER/labels.jsonl, on all messages, on the tuning part and
/// on the held-out part (every file whose number is divisible by 5). <c>--show-tune</c> lists disagreements on the
/// tuning part only: the held-out part is never shown message by message. <c>--show-all</c> lists them on every
/// message, for a folder that is all for tuning.
/// </summary>
internal static class EvalCommand
{
    public static int Run(string folder, IReadOnlyList<string> options, TextWriter output)
    {
        var labelsPath = Path.Combine(folder, "labels.jsonl");
        if (!File.Exists(labelsPath))
        {
            Console.Error.WriteLine($"no labels.jsonl in {folder}");
            return 2;
        }

        var labels = File.ReadLines(labelsPath)
            .Where(l => l.Trim().Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .ToDictionary(l => l.GetProperty("file").GetString()!, StringComparer.Ordinal);
        var results = MessageBatch.Classify(EmlFiles.Expand([folder]), DetectorSetup.Rules());
        var filesById = MessageBatch.FilesById(results);
        var predicted = results.ToDictionary(
            r => r.File,
            r => r.Detection is null ? (JsonElement?)null : JsonDocument.Parse(LabelJson.Write(r, filesById)).RootElement,
            StringComparer.Ordinal);

        var all = new Scorecard("all");
        var tune = new Scorecard("tune (number not divisible by 5)");
        var heldOut = new Scorecard("held-out (number divisible by 5)");
        var showAll = options.Contains("--show-all");
        var show = showAll || options.Contains("--show-tune");
        foreach (var (file, expected) in labels.OrderBy(l => l.Key, StringComparer.Ordinal))
        {
            var guess = predicted.GetValueOrDefault(file);
            all.Add(expected, guess);
            var isHeldOut = IsHeldOut(file);
            (isHeldOut ? heldOut : tune).Add(expected, guess);
            if (show && (showAll || !isHeldOut))
            {
                ShowDisagreements(file, expected, guess, output);
            }
        }

        all.WriteTo(output);
        tune.WriteTo(output);
        heldOut.WriteTo(output);
        return 0;
    }

    public static bool IsHeldOut(string file)
    {
        var digits = new string([.. Path.GetFileNameWithoutExtension(file).Where(char.IsDigit)]);
        return digits.Length > 0 && int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) % 5 == 0;
    }

    private static void ShowDisagreements(string file, JsonElement expected, JsonElement? guess, TextWriter output)
    {
        if (guess is not { } p)
        {
            output.WriteLine($"{file}: unreadable");
            return;
        }

        foreach (var field in FieldComparer.Fields.Where(f => !FieldComparer.Agree(f, expected, p)))
        {
            output.WriteLine($"{file} {field}: expected {FieldComparer.Value(expected, field) ?? "null"} | got {FieldComparer.Value(p, field) ?? "null"}");
        }
    }
}
