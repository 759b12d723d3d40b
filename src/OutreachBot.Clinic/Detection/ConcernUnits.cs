using System.Text.RegularExpressions;

namespace OutreachBot.Clinic.Detection;

/// <summary>
/// The sender's own text cut into the pieces a reason for referral is read from: sentences, list items, and the
/// values of labelled fields ("Reason for referral: ...", "Concerns:" followed by a list). Greetings, sign-offs,
/// signature lines and header-like lines ("DOB: ...") are left out.
/// </summary>
internal sealed partial record ConcernUnits(string Text, bool Labelled)
{
    public static IReadOnlyList<ConcernUnits> From(string text, IReadOnlyList<string> signatureLines)
    {
        var units = new List<ConcernUnits>();
        var signature = new HashSet<string>(signatureLines, StringComparer.Ordinal);
        var paragraph = new List<string>();
        var inLabelledList = false;
        var continuing = false;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            var label = Label().Match(line);
            if (line.Length == 0 || signature.Contains(line.TrimStart('-', ' ')))
            {
                Flush(paragraph, units);
                continuing = false;
                inLabelledList = inLabelledList && line.Length == 0 && units.Count > 0 && units[^1].Labelled;
                continue;
            }

            if (label.Success)
            {
                Flush(paragraph, units);
                var value = label.Groups["value"].Value.Trim();
                inLabelledList = value.Length == 0;
                continuing = value.Length > 0;
                if (value.Length > 0)
                {
                    units.Add(new ConcernUnits(value, true));
                }

                continue;
            }

            var item = ListItem().Match(line);
            if (item.Success)
            {
                Flush(paragraph, units);
                continuing = false;
                units.Add(new ConcernUnits(item.Groups["value"].Value.Trim(), inLabelledList));
                continue;
            }

            if (continuing && units.Count > 0 && units[^1].Labelled && !FieldLine().IsMatch(line))
            {
                // A labelled value wrapped onto the next line ("Reason for referral: ... Persistent fatigue\nand debility").
                units[^1] = units[^1] with { Text = units[^1].Text + " " + line };
                continue;
            }

            inLabelledList = false;
            continuing = false;
            if (FieldLine().IsMatch(line) && !RequestLine().IsMatch(line))
            {
                Flush(paragraph, units);
                continue;
            }

            paragraph.Add(line);
        }

        Flush(paragraph, units);
        return units;
    }

    private static void Flush(List<string> paragraph, List<ConcernUnits> units)
    {
        if (paragraph.Count == 0)
        {
            return;
        }

        foreach (Match sentence in Sentence().Matches(string.Join(' ', paragraph)))
        {
            var value = sentence.Value.Trim();
            if (value.Length > 15)
            {
                units.Add(new ConcernUnits(value, false));
            }
        }

        paragraph.Clear();
    }

    [GeneratedRegex(@"^(?:[-*•]\s*)?(?:reason for (?:referral|request|consult)|referral reason|diagnosis|dx|(?:team |parent |teacher |main |primary |presenting )?concerns?|presenting problem|chief complaint|areas? of concern|OT (?:needs|goals)|requested services?|clinical (?:summary|indication))\s*[:\-–]\s*(?<value>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Label();

    [GeneratedRegex(@"^(?:[-*•]|\d{1,2}[.)])\s+(?<value>\S.*)$")]
    private static partial Regex ListItem();

    // "DOB: 1/2/2019", "Phone: ...", "Insurance: ..."; a header line of the referral rather than prose.
    [GeneratedRegex(@"^[A-Za-z][A-Za-z /#'()]{1,30}:\s*\S", RegexOptions.None)]
    private static partial Regex FieldLine();

    // "Please evaluate and treat: scar management, ..." reads like a field but is the sender's request, in prose.
    [GeneratedRegex(@"^(?:please\s+)?(?:evaluate|eval|assess)\s*(?:and|&)\s*(?:treat|tx)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RequestLine();

    // A dot inside a code or number ("M18.11", "2.5 cm") or after a title ("Dr.", "Ms.") does not end a sentence.
    [GeneratedRegex(@"(?:[^.!?]|\.(?=\w)|(?<=\b(?:Dr|Ms|Mrs|Mr|St|vs|approx|e\.g|i\.e))\.)+[.!?]?")]
    private static partial Regex Sentence();
}
