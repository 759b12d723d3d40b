using System.Text;
using OutreachBot.Clinic.Detection;

namespace OutreachBot.Clinic.Tests.Detection;

/// <summary>
/// A part of a longer text (a message's subject or body in its whole text) is answered from the longer text's scan:
/// the answers must be those of scanning the part alone, also when a phrase runs across the part's edge.
/// </summary>
public sealed class PhraseSharingTests
{
    private static readonly Phrases Under = new("fine motor", "motor", "out of office", "office", "near-falls", "falls", "OT", "s/p");

    [Fact]
    public void PartsOfAWholeAreAnsweredAsIfReadAlone()
    {
        var (subject, body, quoted) = (Fresh("Re: fine motor"), Fresh("She falls; s/p fall, OT asked"), Fresh("> motor office"));
        var whole = Share(subject, body, quoted);
        try
        {
            Assert.Equal(["fine motor", "falls", "s/p", "ot", "motor", "office"], Under.AllIn(whole));
            Assert.Equal(["fine motor"], Under.AllIn(subject));
            Assert.Equal(["falls", "s/p", "ot"], Under.AllIn(body));
            Assert.Equal(["motor", "office"], Under.AllIn(quoted));
        }
        finally
        {
            PhraseCatalog.Forget();
        }
    }

    [Fact]
    public void APhraseAcrossAnEdgeDoesNotHideThePartsOwnWords()
    {
        // In the whole, "fine\nmotor" and "out of\noffice" run across the line between subject and body.
        var (subject, body) = (Fresh("needs fine"), Fresh("motor work, out of"));
        var quoted = Fresh("office hours");
        var whole = Share(subject, body, quoted);
        try
        {
            Assert.Equal(["fine\nmotor", "out of\noffice"], Under.AllIn(whole));
            Assert.Empty(Under.AllIn(subject));
            Assert.Equal(["motor"], Under.AllIn(body));
            Assert.Equal(["office"], Under.AllIn(quoted));
        }
        finally
        {
            PhraseCatalog.Forget();
        }
    }

    [Fact]
    public void APartThatIsNotTheWholesTextIsReadOnItsOwn()
    {
        var whole = Fresh("motor\nfalls");
        var stranger = Fresh("office");
        PhraseCatalog.Share(whole, (stranger, 6));
        try
        {
            Assert.Equal(["office"], Under.AllIn(stranger));
            Assert.Equal(["motor", "falls"], Under.AllIn(whole));
        }
        finally
        {
            PhraseCatalog.Forget();
        }
    }

    [Fact]
    public void PartsAgreeWithReadingAloneOnRandomText()
    {
        string[] pieces = ["fine", "motor", "out", "of", "office", "near", "falls", "-", "OT", "s/p", "x", " ", "  ", "\n", ",", "9"];
        var random = new Random(20261129);
        for (var round = 0; round < 2000; round++)
        {
            var parts = Enumerable.Range(0, 3).Select(_ => Stitch(pieces, random)).ToArray();
            var alone = parts.Select(p => Under.AllIn(Fresh(p))).ToArray();
            PhraseCatalog.Forget(); // else the same words would be answered from these scans
            var (a, b, c) = (Fresh(parts[0]), Fresh(parts[1]), Fresh(parts[2]));
            Share(a, b, c);
            try
            {
                Assert.True(alone[0].SequenceEqual(Under.AllIn(a)), $"first part differs: \"{parts[0]}\" | \"{parts[1]}\"");
                Assert.True(alone[1].SequenceEqual(Under.AllIn(b)), $"second part differs: \"{parts[0]}\" | \"{parts[1]}\" | \"{parts[2]}\"");
                Assert.True(alone[2].SequenceEqual(Under.AllIn(c)), $"third part differs: \"{parts[1]}\" | \"{parts[2]}\"");
            }
            finally
            {
                PhraseCatalog.Forget();
            }
        }
    }

    // Joined as MessageText joins a message's subject, own text and quoted text.
    private static string Share(string subject, string body, string quoted)
    {
        var whole = $"{subject}\n{body}\n{quoted}";
        PhraseCatalog.Share(whole, (subject, 0), (body, subject.Length + 1), (quoted, subject.Length + body.Length + 2));
        return whole;
    }

    private static string Stitch(string[] pieces, Random random)
    {
        var text = new StringBuilder();
        for (var n = random.Next(0, 8); n > 0; n--)
        {
            text.Append(pieces[random.Next(pieces.Length)]);
        }

        return text.ToString();
    }

    // A new instance, as a message's texts are: parts are known by reference, and literals are shared.
    private static string Fresh(string text) => new(text.AsSpan());
}
