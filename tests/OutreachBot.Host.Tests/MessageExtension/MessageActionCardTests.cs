using System.Text;
using System.Text.Json.Nodes;
using OutreachBot.Clinic;
using OutreachBot.Clinic.Detection;
using OutreachBot.Host.MessageExtension;
using OutreachBot.Host.Tests.Infrastructure;

namespace OutreachBot.Host.Tests.MessageExtension;

/// <summary>The two message-action dialogs: valid Adaptive Card 1.5, under 80 KB, initials and age only (as EveryCardTests).</summary>
public sealed class MessageActionCardTests
{
    private static readonly TimeZoneInfo Chicago = TimeZoneInfo.FindSystemTimeZoneById("America/Chicago");
    private static readonly DateTimeOffset Received = new(2026, 11, 24, 9, 40, 0, TimeSpan.FromHours(-6));
    private static readonly SubmittedSource Source = new("teams:19:x:1700000000101", Received, ["0123456789ABCDEF0123456789ABCDEF"], "msteams");

    private static readonly Dictionary<string, Func<JsonObject>> Cards = new()
    {
        ["referral, read from a real referral"] = () => ReferralDraftCard.For(DraftOf(MessageActionPayloads.ReferralHtml), Source, "Test Clinic"),
        ["referral, nothing read"] = () => ReferralDraftCard.For(DraftOf("<p>see attached</p>"), Source, "Test Clinic"),
        ["referral, long values"] = () => ReferralDraftCard.For(new ReferralDraft(MessageKind.SelfReferral, "A.B.", 7,
            new Referrer(new string('x', 5000), new string('y', 5000), null, "555", null, "a@b.example"), Pathway.School, Urgency.Urgent,
            [.. ChecklistItem.Defaults.Select(c => c.Item)]), Source, new string('c', 300)),
        ["partner contact"] = () => PartnerContactCard.For(new Referrer("Rosa Delgado, MD", "Northfield Orthopedics", null, "(555) 200-1000", null, "rdelgado@northfieldortho.example"), Source),
        ["partner contact, nothing read"] = () => PartnerContactCard.For(new Referrer(null, null, null, null, null, null), Source),
    };

    public static TheoryData<string> CardNames => [.. Cards.Keys];

    [Theory]
    [MemberData(nameof(CardNames))]
    public void Card_IsValidAdaptiveCard15AndUnder80KB(string card)
    {
        var json = Cards[card]();

        CardSchema.AssertValid(json);
        Assert.InRange(Encoding.UTF8.GetByteCount(json.ToJsonString()), 1, 80 * 1024);
    }

    [Fact]
    public void ReferralDialog_FromARealReferral_ShowsInitialsAndAgeButNotTheNameOrBirthDate()
    {
        var text = Cards["referral, read from a real referral"]().ToJsonString();

        Assert.Contains("G.H.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Gregory", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Hale", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("1971", text, StringComparison.Ordinal);
        Assert.DoesNotContain("410-2233", text, StringComparison.Ordinal);
    }

    [Fact]
    public void SubmittedForm_ReadsBackAsTheCorrectedDraft()
    {
        var data = Source.ToData();
        data[ReferralDraftCard.KindInput] = "SelfReferral";
        data[ReferralDraftCard.PatientInitialsInput] = "M.B.";
        data[ReferralDraftCard.PatientAgeInput] = 9;
        data[ReferralDraftCard.PathwayInput] = "Pediatric";
        data[ReferralDraftCard.UrgencyInput] = "Urgent";
        data[ReferralDraftCard.MissingItemsInput] = "insurance,not a checklist item,date of birth";

        var draft = ReferralDraft.Read(data);

        Assert.Equal(MessageKind.SelfReferral, draft.Kind);
        Assert.Equal("M.B.", draft.PatientInitials);
        Assert.Equal(9, draft.PatientAge);
        Assert.Equal(Pathway.Pediatric, draft.Pathway);
        Assert.Equal(Urgency.Urgent, draft.Urgency);
        Assert.Equal(["insurance", "date of birth"], draft.MissingItems);
        Assert.Equal(Source, SubmittedSource.Read(data)! with { DetectedContentKeys = Source.DetectedContentKeys });
    }

    [Fact]
    public void ContentKey_IgnoresCaseAndPunctuationAndMatchesByEmailOrName()
    {
        var mailbox = ContentKey.For(new Referrer("Rosa Delgado, MD", null, null, null, null, "RDelgado@northfieldortho.example"), "G.H.", Received, Chicago);
        var teams = ContentKey.For(new Referrer("rosa delgado md", null, null, null, null, null), "gh", Received.AddHours(8), Chicago);
        var nextDay = ContentKey.For(new Referrer("Rosa Delgado, MD", null, null, null, null, null), "G.H.", Received.AddDays(1), Chicago);
        var noPatient = ContentKey.For(new Referrer("Rosa Delgado, MD", null, null, null, null, null), null, Received, Chicago);

        Assert.Equal(2, mailbox.Count);
        Assert.Contains(Assert.Single(teams), mailbox);
        Assert.DoesNotContain(Assert.Single(nextDay), mailbox);
        Assert.Empty(noPatient);
    }

    private static ReferralDraft DraftOf(string html)
    {
        var message = SourceMessage.From(MessageActionPayloads.TeamsMessage("1", html), "19:x", Received)!;
        var detection = new ReferralDetector().Detect(message.ToIncoming(CancellationToken.None));
        return ReferralDraft.From(detection, message.ReceivedAt);
    }
}
