using System.Text.Json.Nodes;
using OutreachBot.Clinic;
using OutreachBot.Clinic.Referrals;
using OutreachBot.Clinic.Staff;
using OutreachBot.Host.Triage;

namespace OutreachBot.Host.Tests.Triage;

/// <summary>What the triage card shows and offers for requests, declines and merges.</summary>
public sealed class TriageCardFollowUpsTests
{
    private static readonly TimeZoneInfo Chicago = TimeZoneInfo.FindSystemTimeZoneById("America/Chicago");
    private static readonly StaffMember Ana = new("aad-ana", "Ana Whitfield");
    private static readonly DateTimeOffset ReceivedAt = new(2026, 11, 24, 15, 15, 0, TimeSpan.Zero);

    private static readonly Referral Referral = new()
    {
        Id = "R-0123456789",
        ReceivedAt = ReceivedAt,
        Pathway = Pathway.Hand,
        Referrer = new Referrer("Rosa Delgado, MD", "Northfield Orthopedics", ReferrerRole.Orthopedist, "(555) 200-1000", null, "rdelgado@northfieldortho.example"),
        PatientInitials = "G.H.",
        PatientAge = 55,
        MissingItems = ["signed order", "insurance"],
    };

    [Fact]
    public void IntakeTeam_GetsRequestDeclineAndMerge_WithTheMissingItemsTickedAndTheNextRequestNumber()
    {
        var card = TriageCard.For(Referral, Chicago, TriageViewer.IntakeTeam);

        var titles = Actions(card).Select(a => a["title"]!.GetValue<string>()).ToList();
        Assert.Contains("Request missing info…", titles);
        Assert.Contains("Decline…", titles);
        Assert.Contains("Merge…", titles);
        var form = Actions(card).Single(a => a["title"]!.GetValue<string>() == "Request missing info…")["card"]!;
        var toggles = form["body"]!.AsArray().Where(e => e!["type"]!.GetValue<string>() == "Input.Toggle").ToList();
        Assert.Equal(["signed order", "insurance"], toggles.Select(t => t!["value"]!.GetValue<string>()));
        var send = form["actions"]![0]!;
        Assert.Equal(TriageCardFollowUps.RequestMissingInfoVerb, send["verb"]!.GetValue<string>());
        Assert.Equal("1", send["data"]![TriageCardFollowUps.RequestInput]!.GetValue<string>());
    }

    [Fact]
    public void AfterARequest_TheCardSaysWhen_AndTheNextRequestHasTheNextNumber()
    {
        var asked = Referral.RequestMissingInfo(1, Ana, ReceivedAt.AddHours(3)).Referral;

        var card = TriageCard.For(asked, Chicago, TriageViewer.IntakeTeam);

        Assert.Contains("Info requested Tue 24 Nov, 12:15 PM", card.ToJsonString(), StringComparison.Ordinal);
        var again = Actions(card).Single(a => a["title"]!.GetValue<string>() == "Request info again…");
        Assert.Equal("2", again["card"]!["actions"]![0]!["data"]![TriageCardFollowUps.RequestInput]!.GetValue<string>());
    }

    [Fact]
    public void NoReferrerEmail_NoRequestButton()
    {
        var card = TriageCard.For(Referral with { Referrer = Referral.Referrer with { Email = null } }, Chicago, TriageViewer.IntakeTeam);

        Assert.DoesNotContain(Actions(card), a => a["title"]!.GetValue<string>().StartsWith("Request", StringComparison.Ordinal));
    }

    [Fact]
    public void Declined_SaysWhyAndOffersNothing()
    {
        var declined = Referral.Decline(DeclineReasons.OutsideArea, null, Ana, ReceivedAt.AddHours(1)).Referral;

        var card = TriageCard.For(declined, Chicago, TriageViewer.IntakeTeam);

        Assert.Contains("Declined: Outside our service area. The referrer was told by email.", card.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(Actions(card));
        Assert.Null(card["refresh"]);
    }

    [Fact]
    public void MergedDuplicate_PointsToTheSurvivorAndOffersNothing()
    {
        var merged = Referral.MergeInto("R-00000000AA", Ana, ReceivedAt.AddHours(1)).Referral;

        var card = TriageCard.For(merged, Chicago, TriageViewer.IntakeTeam);

        Assert.Contains("merged into R-00000000AA", card.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(Actions(card));
    }

    [Fact]
    public void DeclinedOrMergedUrgentReferral_ReadsAsClosed_WithoutUrgencyMissingItemsOrSignals()
    {
        var urgent = Referral with { Urgency = Urgency.Urgent, Signals = ["Subject says referral"] };
        Assert.StartsWith("URGENT · New referral", Heading(TriageCard.For(urgent, Chicago, TriageViewer.IntakeTeam)), StringComparison.Ordinal);
        Assert.Contains("Missing: signed order, insurance", TriageCard.For(urgent, Chicago, TriageViewer.IntakeTeam).ToJsonString(), StringComparison.Ordinal);

        foreach (var (closed, heading) in new[]
        {
            (urgent.Decline(DeclineReasons.OutsideArea, null, Ana, ReceivedAt.AddHours(1)).Referral, "Declined referral · Hand / upper extremity"),
            (urgent.MergeInto("R-00000000AA", Ana, ReceivedAt.AddHours(1)).Referral, "Duplicate, merged · Hand / upper extremity"),
        })
        {
            var card = TriageCard.For(closed, Chicago, TriageViewer.IntakeTeam);

            Assert.Equal(heading, Heading(card));
            var json = card.ToJsonString();
            Assert.DoesNotContain("URGENT", json, StringComparison.Ordinal);
            Assert.DoesNotContain("Missing:", json, StringComparison.Ordinal);
            Assert.DoesNotContain("Why this looks like a referral", json, StringComparison.Ordinal);
            Assert.DoesNotContain("Not assigned yet", json, StringComparison.Ordinal);
            Assert.DoesNotContain("\"Urgency\"", json, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AClinicianWhoDoesNotHoldTheIntake_SeesNoneOfTheseButtons()
    {
        var clinician = new TriageViewer(CanTakeIntake: true, CanLogFirstContact: false, CanMarkNotReferral: false);

        var card = TriageCard.For(Referral, Chicago, clinician);

        Assert.Equal(["Assign to me"], Actions(card).Select(a => a["title"]!.GetValue<string>()));
    }

    private static string Heading(JsonObject card) => card["body"]![0]!["text"]!.GetValue<string>();

    private static List<JsonNode> Actions(JsonObject card) => [.. (card["actions"] as JsonArray ?? []).OfType<JsonNode>()];
}
