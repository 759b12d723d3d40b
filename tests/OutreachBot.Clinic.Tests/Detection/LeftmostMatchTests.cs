using System.Text.RegularExpressions;
using OutreachBot.Clinic.Detection;

namespace OutreachBot.Clinic.Tests.Detection;

/// <summary>Patterns searched one by one give the match their alternation would.</summary>
public sealed class LeftmostMatchTests
{
    private static readonly Regex[] Ways = [new("prefers (?<how>text)"), new("(?<how>email) is best"), new("(?<how>email) is best by far")];

    [Theory]
    [InlineData("Mom prefers text, though email is best for forms.", "prefers text")]
    [InlineData("For forms email is best; she prefers text otherwise.", "email is best")]
    [InlineData("Honestly email is best by far, and she prefers text.", "email is best")]
    [InlineData("No way of reaching her is named here.", "")]
    public void Of_SeveralPatterns_IsWhatTheirAlternationFinds(string text, string expected)
    {
        var alternation = new Regex(string.Join('|', Ways.Select(w => w.ToString())));

        var match = LeftmostMatch.Of(Ways, text);

        Assert.Equal(alternation.Match(text).Value, match.Value);
        Assert.Equal(expected, match.Value);
    }

    [Fact]
    public void Of_TwoPatternsAtTheSamePlace_IsTheEarlierPattern()
    {
        var match = LeftmostMatch.Of(Ways, "email is best by far");

        Assert.Equal("email is best", match.Value);
        Assert.Equal("email", match.Groups["how"].Value);
    }
}
