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
            // The line as sent decides, not what it has been joined into.
            if (IsWrapped(lines[i - 1], lines[i], width))
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
    /// The column the text was wrapped at, or 0 when it does not look wrapped: at least three lines of 60 to 80
    /// characters end within eight characters of the widest of them. Longer lines (a reply typed above a wrapped
    /// quote, a URL) were not wrapped and are left alone.
    /// </summary>
    private static int WrapWidth(string[] lines)
    {
        var widths = lines.Select(l => l.TrimEnd().Length).Where(w => w <= WidestWrap).ToList();
        var widest = widths.Count == 0 ? 0 : widths.Max();
        if (widest < NarrowestWrap)
        {
            return 0;
        }

        return widths.Count(w => w >= widest - 8) >= 3 ? widest : 0;
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
        var length = line.TrimEnd().Length;
        return length <= width && length + 1 + firstWord.Length > width;
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
