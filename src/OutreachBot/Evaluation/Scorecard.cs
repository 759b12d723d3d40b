using System.Text.Json;

namespace OutreachBot.Cli.Evaluation;

/// <summary>Detection precision/recall/F1 (referral and self-referral against the rest), kind accuracy, field accuracy.</summary>
internal sealed class Scorecard(string title)
{
    private readonly Dictionary<string, int> _agreed = FieldComparer.Fields.ToDictionary(f => f, _ => 0);
    private int _count;
    private int _truePositives;
    private int _falsePositives;
    private int _falseNegatives;
    private int _errors;

    public void Add(JsonElement expected, JsonElement? predicted)
    {
        _count++;
        var expectedReferral = IsReferral(FieldComparer.Value(expected, "kind"));
        if (predicted is not { } p)
        {
            _errors++;
            _falseNegatives += expectedReferral ? 1 : 0;
            return;
        }

        var predictedReferral = IsReferral(FieldComparer.Value(p, "kind"));
        _truePositives += expectedReferral && predictedReferral ? 1 : 0;
        _falsePositives += !expectedReferral && predictedReferral ? 1 : 0;
        _falseNegatives += expectedReferral && !predictedReferral ? 1 : 0;
        foreach (var field in FieldComparer.Fields)
        {
            _agreed[field] += FieldComparer.Agree(field, expected, p) ? 1 : 0;
        }
    }

    public void WriteTo(TextWriter output)
    {
        var precision = Ratio(_truePositives, _truePositives + _falsePositives);
        var recall = Ratio(_truePositives, _truePositives + _falseNegatives);
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        output.WriteLine($"== {title}: {_count} messages ({_errors} unreadable)");
        output.WriteLine($"referral detection  precision {precision:0.000}  recall {recall:0.000}  F1 {f1:0.000}  (TP {_truePositives}, FP {_falsePositives}, FN {_falseNegatives})");
        foreach (var field in FieldComparer.Fields)
        {
            output.WriteLine($"  {field,-24} {Ratio(_agreed[field], _count):0.000}  ({_agreed[field]}/{_count})");
        }
    }

    private static bool IsReferral(string? kind) => kind is "referral" or "self-referral";

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
