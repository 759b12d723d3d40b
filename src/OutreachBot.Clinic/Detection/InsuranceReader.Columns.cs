using System.Text.RegularExpressions;

namespace OutreachBot.Clinic.Detection;

/// <summary>
/// Payers a form or a note writes beside the first one: a "Secondary:" column, an answer after the form's own question,
/// an insurer named in brackets after the kind of insurance.
/// </summary>
internal static partial class InsuranceReader
{
    /// <summary>"Primary insurance: Medicare Part B    Secondary: Lakeside Medigap Plan G" (one row of a form, or the next
    /// line): both payers, primary first, as intake lists them ("Medicare Part B / Lakeside Medigap Plan G").</summary>
    private static string WithSecondaryColumn(string primary, string source, int valueStart)
    {
        var lineEnd = source.IndexOf('\n', valueStart);
        var nextEnd = lineEnd < 0 ? -1 : source.IndexOf('\n', lineEnd + 1);
        var rest = source[valueStart..(lineEnd < 0 ? source.Length : nextEnd < 0 ? source.Length : nextEnd)];
        return SecondaryColumn().Match(rest) is { Success: true } secondary && Clean(ClauseOf(secondary.Groups["value"].Value)) is { } second
            && Payer().IsMatch(second) && !NotAPayer().IsMatch(second) && !primary.Contains(second, StringComparison.OrdinalIgnoreCase)
            ? $"{primary} / {second}"
            : primary;
    }

    // "   Secondary: ...", a line "Secondary insurance: ..."; not "no secondary".
    [GeneratedRegex(@"(?:[ \t]{2,}|\t|^[ \t]*)(?<!\bno[ \t]+)secondary(?:[ \t]+(?:insurance|ins|coverage|payer|payor))?[ \t]*[:\-–][ \t]*(?<value>[^\n]{3,80})", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex SecondaryColumn();

    /// <summary>"Ins: Workers comp? No - personal. Lakeside Choice PPO": the answer after the question mark and "no"
    /// corrects the guess before it; the payer it names is the one.</summary>
    private static string? AnsweredAfterQuestion(string raw)
    {
        if (QuestionAnsweredNo().Match(raw) is not { Success: true } no || Payer().Match(raw, no.Index + no.Length) is not { Success: true } payer)
        {
            return null;
        }

        return Clean(PayersOf(raw[PlanNameStart(raw, payer.Index)..]));
    }

    [GeneratedRegex(@"\?[ \t]*no\b", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionAnsweredNo();

    /// <summary>"He has travel health insurance (Edelweiss Travel, policy number on his card)": a carrier the payer list
    /// does not know, named in brackets right after the word insurance.</summary>
    private static string? InsurerInBrackets(string source) =>
        InsuranceThenBracket().Match(source) is { Success: true } named && Clean(named.Groups["value"].Value) is { } insurer && !NotAPayer().IsMatch(insurer)
            ? insurer
            : null;

    [GeneratedRegex(@"\binsurance[ \t]*\((?<value>(?-i:\p{Lu})[\p{L}&'’\- ]{2,40})[,;)]", RegexOptions.IgnoreCase)]
    private static partial Regex InsuranceThenBracket();

    private static string WithoutApostrophes(string text) => text.Replace("'", "", StringComparison.Ordinal).Replace("’", "", StringComparison.Ordinal);
}
