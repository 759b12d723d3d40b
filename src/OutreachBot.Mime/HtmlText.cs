using System.Net;
using System.Text.RegularExpressions;

namespace OutreachBot.Mime;

/// <summary>
/// A small HTML-to-text converter for mail bodies, enough for detection: scripts, styles and comments dropped, table
/// rows flattened into "label: value" lines, block elements to line breaks, entities decoded.
/// </summary>
internal static partial class HtmlText
{
    public static string ToText(string html)
    {
        var text = Invisible().Replace(MimeReadLimits.Cap(html, MimeReadLimits.MaxHtmlChars), " ");
        text = UnclosedInvisible().Replace(text, " ");
        // A line break in the HTML source is only a space ("<br>\n" is one break, and Outlook wraps long lines in the
        // source); preformatted text keeps its lines.
        if (!text.Contains("<pre", StringComparison.OrdinalIgnoreCase))
        {
            text = SourceLineBreak().Replace(text, " ");
        }
        // Innermost rows first so layout tables around a form keep its "label: value" rows. Nesting is bounded.
        for (var pass = 0; pass < 8; pass++)
        {
            // Each row is a line; rows next to each other are not separated by blank lines (the table's end breaks the line).
            var next = InnermostRow().Replace(text, m => "\n" + RowText(m.Groups["cells"].Value));
            if (next == text)
            {
                break;
            }

            text = next;
        }

        // Outlook writes every line as <p class=MsoNormal>: a line, not a paragraph (its blank lines are &nbsp; lines).
        text = OfficeLineStart().Replace(text, "");
        text = LineBreak().Replace(text, "\n");
        text = ListItem().Replace(text, "\n- ");
        text = Tag().Replace(text, "");
        text = WebUtility.HtmlDecode(text).Replace('\u00A0', ' ').Replace('\u200B', ' ');
        var lines = text.Split('\n').Select(l => Spaces().Replace(l, " ").Trim());
        return EmlMessageReader.Normalise(string.Join('\n', lines));
    }

    private static string CellText(string cell) =>
        string.Join('\n', Tag().Replace(LineBreak().Replace(OfficeLineStart().Replace(cell, ""), "\n"), " ")
            .Split('\n')
            .Select(l => Spaces().Replace(l, " ").Trim())
            .Where(l => l.Length > 0));

    private static string RowText(string row)
    {
        // A cell's own paragraphs stay lines: a signature table's text cell holds name, title, practice and numbers.
        var cells = Cell().Matches(row)
            .Select(c => CellText(c.Groups["text"].Value))
            .Where(c => c.Length > 0)
            .ToList();
        if (cells.Count == 0)
        {
            return Tag().Replace(row, " ");
        }

        return cells.Count == 2 && !cells[0].Contains('\n', StringComparison.Ordinal)
            ? $"{cells[0].TrimEnd(':')}: {cells[1]}"
            : string.Join(" | ", cells);
    }

    // Each element is spelled out with its own end tag: the generator cannot compile a back-reference ("</\1") that
    // ignores case, and falls back to the interpreter for the whole pattern.
    [GeneratedRegex(@"<!--.*?-->|<(?:script\b[^>]*>.*?</script|style\b[^>]*>.*?</style|head\b[^>]*>.*?</head|title\b[^>]*>.*?</title|xml\b[^>]*>.*?</xml|noscript\b[^>]*>.*?</noscript|template\b[^>]*>.*?</template)\s*>|<!\[if[^\]]*\]>|<!\[endif\]>", RegexOptions.IgnoreCase | RegexOptions.Singleline, 2000)]
    private static partial Regex Invisible();

    // A script or style left open runs to the end of the document, as a browser would read it.
    [GeneratedRegex(@"<(?:script|style)\b.*\z", RegexOptions.IgnoreCase | RegexOptions.Singleline, 2000)]
    private static partial Regex UnclosedInvisible();

    [GeneratedRegex(@"<tr\b[^>]*>(?<cells>(?:(?!<tr\b|</tr\s*>).)*)</tr\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline, 2000)]
    private static partial Regex InnermostRow();

    [GeneratedRegex(@"<t[dh]\b[^>]*>(?<text>.*?)(?:</t[dh]\s*>|(?=<t[dh]\b)|$)", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Cell();

    [GeneratedRegex(@"<br\s*/?>|</?p\b[^>]*>|</div\s*>|<div\b[^>]*>|</h[1-6]\s*>|</?table\b[^>]*>|</li\s*>|</?ul\b[^>]*>|</?ol\b[^>]*>|<hr\b[^>]*>|</?blockquote\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreak();

    [GeneratedRegex(@"<p\b[^>]*\bclass\s*=\s*[""']?Mso[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex OfficeLineStart();

    [GeneratedRegex(@"[ \t]*\r?\n[ \t]*")]
    private static partial Regex SourceLineBreak();

    [GeneratedRegex(@"<li\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ListItem();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"[ \t\f\v]+")]
    private static partial Regex Spaces();
}
