using System.Text.Json.Nodes;
using OutreachBot.Clinic;
using OutreachBot.Clinic.Pipeline;
using OutreachBot.Clinic.Referrals;
using OutreachBot.Clinic.Staff;
using OutreachBot.Host.Tests.Infrastructure;
using OutreachBot.Host.Triage;

namespace OutreachBot.Host.Tests.Cards;

/// <summary>Each viewer sees the buttons their role allows; the channel's card asks every client to refresh into that view.</summary>
public sealed class TriageCardViewTests
{
    private static readonly TimeZoneInfo Chicago = TimeZoneInfo.FindSystemTimeZoneById("America/Chicago");
    private static readonly TriageViewer IntakeStaff = new(CanTakeIntake: true, CanLogFirstContact: true, CanMarkNotReferral: true);
    private static readonly TriageViewer OtherPathwayClinician = new(CanTakeIntake: false, CanLogFirstContact: false, CanMarkNotReferral: false);

    public static TheoryData<string> Views => new() { "channel", "intake", "other-clinician", "first-contact", "assigned", "closed" };

    [Theory]
    [MemberData(nameof(Views))]
    public void EveryView_IsValidAdaptiveCard(string view) => CardSchema.AssertValid(Card(view));

    [Fact]
    public void ChannelCard_AsksEveryClientToRefreshIntoItsOwnView()
    {
        var card = Card("channel");

        Assert.Equal("Action.Execute", card["refresh"]!["action"]!["type"]!.GetValue<string>());
        Assert.Equal(TriageCard.RefreshVerb, card["refresh"]!["action"]!["verb"]!.GetValue<string>());
        Assert.Null(card["refresh"]!["userIds"]);
        Assert.Equal([TriageCard.AssignToMeVerb, TriageCard.LogFirstContactVerb,
            TriageCardFollowUps.DeclineVerb, TriageCardFollowUps.ChooseMergeVerb, TriageCard.NotAReferralVerb], Verbs(card)); // no referrer email: nothing to request by
    }

    [Fact]
    public void IntakeStaffView_OffersAssignFirstContactAndNotAReferral_WithTheContactMethodInput()
    {
        var card = Card("intake");

        Assert.Equal([TriageCard.AssignToMeVerb, TriageCard.LogFirstContactVerb, TriageCard.NotAReferralVerb], Verbs(card));
        Assert.Contains(card["body"]!.AsArray(), e => e!["id"]?.GetValue<string>() == TriageCard.ContactMethodInput);
    }

    [Fact]
    public void ClinicianOnAnotherPathway_SeesTheCardWithoutButtons()
    {
        var card = Card("other-clinician");

        Assert.Empty(Verbs(card));
        Assert.DoesNotContain(card["body"]!.AsArray(), e => e!["id"]?.GetValue<string>() == TriageCard.ContactMethodInput);
    }

    [Fact]
    public void AfterFirstContact_TheCardSaysSoAndNoLongerOffersIt()
    {
        var card = Card("first-contact");

        Assert.Contains("First contact made", card.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain(TriageCard.LogFirstContactVerb, Verbs(card));
    }

    [Fact]
    public void ClosedReferral_HasNoButtonsAndNoRefresh()
    {
        var card = Card("closed");

        Assert.Empty(Verbs(card));
        Assert.Null(card["refresh"]);
    }

    [Fact]
    public void WaitingReferral_ShowsTheResponseClock_UntilFirstContact()
    {
        var clock = new ResponseClock(new DateTimeOffset(2026, 11, 25, 18, 0, 0, TimeSpan.Zero), TimeSpan.FromHours(24));

        var waiting = TriageCard.For(Referral(), Chicago, IntakeStaff, clock).ToJsonString();
        var contacted = TriageCard.For(Referral() with { Stage = PipelineStage.FirstContact }, Chicago, IntakeStaff, clock).ToJsonString();

        Assert.Contains("Overdue by 3 h (24 h standard)", waiting, StringComparison.Ordinal);
        Assert.DoesNotContain("Overdue", contacted, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingItems_AreListedOnTheCard()
    {
        var card = TriageCard.For(Referral() with { MissingItems = ["signed order", "insurance"] }, Chicago, IntakeStaff);

        CardSchema.AssertValid(card);
        Assert.Contains("Missing: signed order, insurance", card.ToJsonString(), StringComparison.Ordinal);
    }

    private static JsonObject Card(string view) => view switch
    {
        "channel" => TriageCard.For(Referral(), Chicago, TriageViewer.IntakeTeam),
        "intake" => TriageCard.For(Referral(), Chicago, IntakeStaff),
        "other-clinician" => TriageCard.For(Referral(), Chicago, OtherPathwayClinician),
        "first-contact" => TriageCard.For(Referral() with { Stage = PipelineStage.FirstContact }, Chicago, IntakeStaff),
        "assigned" => TriageCard.For(Referral() with { AssignedTo = new StaffMember("aad-1", "Dana Whitfield") }, Chicago, IntakeStaff),
        "closed" => TriageCard.For(Referral() with { Stage = PipelineStage.Closed }, Chicago, IntakeStaff),
        _ => throw new ArgumentOutOfRangeException(nameof(view)),
    };

    private static List<string> Verbs(JsonObject card) =>
        [.. (card["actions"] as JsonArray ?? []).Select(a => (a!["verb"] ?? a["card"]!["actions"]![0]!["verb"])!.GetValue<string>())];

    private static Referral Referral() => new()
    {
        Id = "R-00000000BB",
        ReceivedAt = new DateTimeOffset(2026, 11, 24, 15, 0, 0, TimeSpan.Zero),
        Pathway = Pathway.Hand,
        Referrer = new Referrer("Rosa Delgado, MD", "Northfield Orthopedics", ReferrerRole.Orthopedist, null, null, null),
        PatientInitials = "G.H.",
        PatientAge = 55,
    };
}
