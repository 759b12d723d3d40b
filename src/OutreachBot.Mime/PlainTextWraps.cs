using System.Text.RegularExpressions;

namespace OutreachBot.Mime;

/// <summary>
/// Rejoins the lines of a plain-text body that the sender's mail program broke at a fixed width (72 or 76 columns),
/// so "Humana Gold" / "Plus HMO" is one plan again. A break counts as a wrap only when the next line's first word would
/// not have fitted on the line: a short line, a form's "Label: value" line, a list item or a quote level change is a
/// break the writer meant and stays.
/// </summary>
internal static partial class PlainTextWraps
{
    private const int NarrowestWrap = 60;
    private const int WidestWrap = 80;

    public static string Unwrap(string text)
    {
        var lines = text.Split('\n');
        var width = WrapWidth(lines);
        if (width == 0)
        {
            return text;
        }

        var joined = new List<string>(lines.Length);
        var current = lines[0];
        for (var i = 1; i < lines.Length; i++)
        {
            if (IsWrapped(current, lines[i], width))
            {
                var (_, rest) = SplitQuote(lines[i]);
                current = current.TrimEnd() + " " + rest.TrimStart();
            }
            else
            {
                joined.Add(current);
                current = lines[i];
            }
        }

        joined.Add(current);
        return string.Join('\n', joined);
    }

    /// <summary>
    /// The column the text was wrapped at, or 0 when it does not look wrapped: no line is wider than 80 characters and
    /// at least three lines end within eight characters of the widest.
    /// </summary>
    private static int WrapWidth(string[] lines)
    {
        var widest = 0;
        foreach (var line in lines)
        {
            var length = line.TrimEnd().Length;
            if (length > WidestWrap && !line.Contains("://", StringComparison.Ordinal))
            {
                return 0;
            }

            widest = Math.Max(widest, Math.Min(length, WidestWrap));
        }

        if (widest < NarrowestWrap)
        {
            return 0;
        }

        var nearTheEdge = lines.Count(l => l.TrimEnd().Length >= widest - 8 && l.TrimEnd().Length <= widest);
        return nearTheEdge >= 3 ? widest : 0;
    }

    private static bool IsWrapped(string line, string next, int width)
    {
        var (quote, text) = SplitQuote(line);
        var (nextQuote, nextText) = SplitQuote(next);
        if (quote != nextQuote || text.Trim().Length == 0 || nextText.Trim().Length == 0)
        {
            return false;
        }

        if (StartsOwnLine().IsMatch(nextText) || EndsOwnLine().IsMatch(text))
        {
            return false;
        }

        var firstWord = nextText.TrimStart().Split(' ', 2)[0];
        return line.TrimEnd().Length + 1 + firstWord.Length > width;
    }

    private static (string Quote, string Text) SplitQuote(string line)
    {
        var match = QuotePrefix().Match(line);
        return (match.Value.Replace(" ", "", StringComparison.Ordinal), line[match.Length..]);
    }

    [GeneratedRegex(@"^[> ]*>\s?")]
    private static partial Regex QuotePrefix();

    /// <summary>A list item, a numbered step, a "Label:" line, a signature's dash or a header a writer starts a line with.</summary>
    [GeneratedRegex(@"^\s*(?:[-*•·]|\d{1,2}[.)]\s|[A-Z][A-Za-z0-9 /#&'().-]{0,30}:(?:\s|$)|--|_{3,})")]
    private static partial Regex StartsOwnLine();

    /// <summary>A label with nothing after it, or a run of dashes.</summary>
    [GeneratedRegex(@"(?::|-{3,}|={3,})\s*$")]
    private static partial Regex EndsOwnLine();
}
