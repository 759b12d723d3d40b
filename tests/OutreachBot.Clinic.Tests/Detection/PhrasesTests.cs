using System.Text;
using System.Text.RegularExpressions;
using OutreachBot.Clinic.Detection;

namespace OutreachBot.Clinic.Tests.Detection;

/// <summary>
/// The one-pass phrase search must find exactly what the regular-expression alternation it replaced found, including
/// its quirks: a match inside a word is skipped but still consumes the text it covers.
/// </summary>
public sealed class PhrasesTests
{
    private static readonly string[] Dictionary =
    [
        "fine motor", "motor", "OT", "O.T.", "OTR", "OTR/L", "s/p", "post-op", "can't", "Parkinson's", "% off", "eval & treat",
        "spinal cord injury", "injury", "fall", "falls", "near-falls", "near falls", "PT, DPT", "DPT", "CCC-SLP", "SLP", "reminder:",
    ];

    private static readonly Phrases Under = new(Dictionary);

    [Theory]
    [InlineData("Fine-motor and fine   motor delays", "fine-motor|fine   motor")]
    [InlineData("TBI/spinal cord injury and injury", "injury")]
    [InlineData("s/p ORIF, post-op day 3; can't grip", "s/p|post-op|can't")]
    [InlineData("xOT OTR/L O.T. OTs", "otr/l|o.t.")]
    [InlineData("20% off today, or % off", "% off")]
    [InlineData("near-falls, near falls and falls", "near-falls|near falls|falls")]
    public void AllIn_FindsWholeWordPhrasesAsTheRegexDid(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Under.AllIn(text));
        Assert.Equal(Oracle.AllIn(text), Under.AllIn(text));
    }

    [Fact]
    public void FirstIn_KeepsTheTextsOwnCase()
    {
        Assert.Equal("Fine Motor", Under.FirstIn("Poor Fine Motor skills"));
        Assert.Null(Under.FirstIn("nothing to see"));
        Assert.False(Under.IsIn("mOTORbike"));
    }

    [Fact]
    public void AllIn_AgreesWithTheRegexOnRandomText()
    {
        // Texts stitched from the phrases' own pieces, letters, digits and separators, to hit the edges often.
        string[] pieces = ["fine", "motor", "OT", "O.", "T.", "R/L", "s/p", "post", "op", "can't", "Parkinson", "'s", "%", "off",
            "eval", "&", "treat", "spinal", "cord", "injury", "fall", "s", "near", "PT", ",", "DPT", "CCC", "SLP", "reminder", ":",
            " ", " ", "  ", "-", "/", "x", "9", "_", "\n", "é", "\u00A0", "K", "\u212A"];
        var random = new Random(20261127);
        for (var round = 0; round < 4000; round++)
        {
            var text = new StringBuilder();
            for (var n = random.Next(1, 14); n > 0; n--)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
            }

            var value = text.ToString();
            Assert.True(Oracle.AllIn(value).SequenceEqual(Under.AllIn(value)), $"AllIn differs on \"{value}\"");
            Assert.Equal(Oracle.FirstIn(value), Under.FirstIn(value));
        }
    }

    /// <summary>The implementation before the one-pass search, kept as the reference.</summary>
    private static class Oracle
    {
        private static readonly Regex Pattern = new(
            $@"(?:{string.Join('|', Dictionary.OrderByDescending(p => p.Length).Select(p => Regex.Escape(p).Replace("\\ ", "[\\s-]+", StringComparison.Ordinal)))})(?!\w)",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        public static List<string> AllIn(string text)
        {
            var found = new List<string>();
            for (var match = Pattern.Match(text); match.Success; match = match.NextMatch())
            {
                var value = match.Value.ToLowerInvariant();
                if (StartsAWord(text, match.Index) && !found.Contains(value))
                {
                    found.Add(value);
                }
            }

            return found;
        }

        public static string? FirstIn(string text)
        {
            for (var match = Pattern.Match(text); match.Success; match = match.NextMatch())
            {
                if (StartsAWord(text, match.Index))
                {
                    return match.Value;
                }
            }

            return null;
        }

        private static bool StartsAWord(string text, int index) =>
            index == 0 || !(char.IsLetterOrDigit(text[index - 1]) || text[index - 1] is '_' or '/');
    }
}
