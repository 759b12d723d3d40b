namespace OutreachBot.Clinic.Tests.Detection.Concern;

/// <summary>
/// How close a reason for referral is to the one intake staff wrote: the F1 of their word sets, lower-cased and split
/// on spaces and punctuation, stopwords included (the shape of the CLI's evaluator).
/// </summary>
internal static class WordOverlap
{
    private static readonly char[] Separators = [' ', ',', '.', ';', ':', '(', ')', '/', '-', '\n'];

    public static double F1(string expected, string predicted)
    {
        var e = Words(expected);
        var p = Words(predicted);
        var common = e.Intersect(p).Count();
        return common == 0 ? 0 : 2.0 * common / (e.Count + p.Count);
    }

    public static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static HashSet<string> Words(string text) =>
        [.. text.ToLowerInvariant().Split(Separators, StringSplitOptions.RemoveEmptyEntries)];
}
