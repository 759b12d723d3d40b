using System.Text.Json.Nodes;
using OutreachBot.Host.Partners;
using OutreachBot.Host.Tests.Infrastructure;

namespace OutreachBot.Host.Tests.Partners;

public sealed class PartnerCardTests
{
    [Fact]
    public void PartnerCard_ShowsTheRelationship_AndEveryAction()
    {
        var card = PartnerCardSamples.Card();
        var text = string.Join('\n', Strings(card));

        foreach (var expected in new[]
        {
            "St. Mary's Pediatrics", "Physician office", "Pediatric, School", "Active", "Nov 14, 2026", "12 sent · 9 evaluated (75%) · last Nov 21, 2026",
            "opted in", "After the evaluation only", "Expected wait times", "klee@stmaryspeds.org (bounced)", PartnerCard.FeedbackQuestion,
            "Opt out of monthly updates", "Contact logged.",
        })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        var verbs = Strings(card).ToHashSet();
        Assert.Superset(new HashSet<string> { PartnerCard.LogContactVerb, PartnerCard.FeedbackVerb, PartnerCard.UpdatesVerb, PartnerCard.ReferrerUpdatesVerb, PartnerCard.EditVerb }, verbs);
        Assert.DoesNotContain(new string('x', 200), text, StringComparison.Ordinal);
    }

    [Fact]
    public void PartnersList_OfMoreThanItShows_SaysHowManyMore_AndStaysSmall()
    {
        var card = PartnerCardSamples.List(300);

        Assert.Contains($"and {300 - PartnersListCard.Listed} more", string.Join('\n', Strings(card)), StringComparison.Ordinal);
        CardSchema.AssertValid(card);
    }

    [Fact]
    public void SourcesCard_ShowsOutreachAgainstReferrals_AndResponseRates()
    {
        var text = string.Join('\n', Strings(PartnerCardSamples.SourcesWithOutreach()));

        Assert.Contains("Outreach and response: actions, referrals, replies within 7 days, feedback", text, StringComparison.Ordinal);
        Assert.Contains("24 outreach · 0 referrals · replies 0/4 (0%) · feedback: Expected wait times", text, StringComparison.Ordinal);
        Assert.Contains("23 outreach · 3 referrals · replies 2/3 (67%)", text, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('y', 100), text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("partners", PartnerCommandKind.List, "")]
    [InlineData("Partner add", PartnerCommandKind.Add, "")]
    [InlineData("partner St. Mary's Pediatrics?", PartnerCommandKind.Show, "St. Mary's Pediatrics")]
    [InlineData("partner address book", PartnerCommandKind.Show, "address book")]
    [InlineData("partner import\norganization\nOak Grove", PartnerCommandKind.Import, "organization\nOak Grove")]
    public void PartnerCommand_ReadsTheFirstWords(string text, PartnerCommandKind kind, string argument)
    {
        var command = PartnerCommand.Read(text);

        Assert.Equal(new PartnerCommand(kind, argument), command);
    }

    [Theory]
    [InlineData("summary")]
    [InlineData("partnership summary")]
    [InlineData("partners of ours")]
    public void PartnerCommand_OtherText_IsNotOne(string text) => Assert.Null(PartnerCommand.Read(text));

    [Fact]
    public void PastedCsv_FromTeamsHtml_KeepsItsLines() =>
        Assert.Equal("organization,email\nSt. Mary's &amp; Co,a@b.org\n".Replace("&amp;", "&", StringComparison.Ordinal),
            PartnerImport.PastedCsv("<p>partner import</p><p>organization,email</p><p>St. Mary&#39;s &amp; Co,a@b.org</p>"));

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => Strings(p.Value)),
        JsonArray array => array.SelectMany(Strings),
        JsonValue value when value.TryGetValue(out string? s) => [s],
        _ => [],
    };
}
