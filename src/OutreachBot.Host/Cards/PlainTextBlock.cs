using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace OutreachBot.Host.Cards;

/// <summary>
/// Plain text with line breaks (an email as it will be sent) as one TextBlock that shows each line on its own line.
/// Teams draws TextBlock text as markdown, which joins single line breaks into one line ("Kind regards, Dana Clinic"),
/// so each line becomes its own paragraph; consecutive list items ("1. ...", "- ...") stay one list.
/// </summary>
public static partial class PlainTextBlock
{
    public static JsonObject From(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var shown = new StringBuilder(text.Length + 64);
        var inList = false;
        foreach (var line in text.ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0))
        {
            var listItem = ListItem().IsMatch(line);
            if (shown.Length > 0)
            {
                shown.Append(listItem && inList ? "\n" : "\n\n");
            }

            shown.Append(line);
            inList = listItem;
        }

        return CardElements.Text(shown.ToString());
    }

    [GeneratedRegex(@"^\s*(?:\d{1,2}[.)]|[-*•])\s")]
    private static partial Regex ListItem();
}
