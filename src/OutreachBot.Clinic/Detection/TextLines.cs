namespace OutreachBot.Clinic.Detection;

/// <summary>Lines of a message's text, cut out only when a reader can use them.</summary>
internal static class TextLines
{
    /// <summary>
    /// The lines of <paramref name="text"/> (split at '\n', as <c>Split('\n')</c> would) that hold at least
    /// <paramref name="digits"/> digits, in order. Phone numbers and ICD-10 codes are read line by line and every one
    /// has digits; most lines of a message have none and need not become strings.
    /// </summary>
    public static IEnumerable<string> WithDigits(string text, int digits)
    {
        for (var start = 0; start <= text.Length;)
        {
            var end = text.IndexOf('\n', start) is var at and >= 0 ? at : text.Length;
            if (CountsDigits(text.AsSpan(start, end - start), digits))
            {
                yield return text[start..end];
            }

            start = end + 1;
        }
    }

    // char.IsDigit, as a pattern's \d: any script's digits.
    private static bool CountsDigits(ReadOnlySpan<char> line, int wanted)
    {
        var digits = 0;
        foreach (var c in line)
        {
            if (char.IsDigit(c) && ++digits == wanted)
            {
                return true;
            }
        }

        return wanted <= 0;
    }
}
