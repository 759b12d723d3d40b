using System.Text.Json.Nodes;
using OutreachBot.Clinic;
using OutreachBot.Clinic.Detection;
using OutreachBot.Clinic.Pipeline;
using OutreachBot.Clinic.Referrals;
using OutreachBot.Clinic.Staff;
using OutreachBot.Host.Intake;
using OutreachBot.Host.Tests.Infrastructure;

namespace OutreachBot.Host.Tests.Cards;

/// <summary>The clinician's intake card tells the truth at each stage: heading, state line, and what it still shows.</summary>
public sealed class IntakeCardHeadingTests
{
    private static readonly TimeZoneInfo Chicago = TimeZoneInfo.FindSystemTimeZoneById("America/Chicago");
    private static readonly DateTimeOffset ReceivedAt = new(2026, 11, 24, 9, 15, 0, TimeSpan.FromHours(-6));
    private static readonly StaffMember Dana = new("aad-dana", "Dana Whitfield");
    private static readonly StaffMember Marcus = new("aad-marcus", "Marcus Oyelaran");
    private static readonly PatientDetails Patient = new("Gregory Hale", new DateOnly(1971, 3, 14), "(555) 410-2233",
        "right distal radius fracture", "Aetna PPO", ["S62.101A"], PreferredContact.Phone, OrderAttached: true);

    private static readonly Referral Urgent = new()
    {
        Id = "R-0a1b2c3d4e",
        ReceivedAt = ReceivedAt,
        Pathway = Pathway.Hand,
        Urgency = Urgency.Urgent,
        Referrer = new Referrer("Rosa Delgado, MD", "Northfield Orthopedics", ReferrerRole.Orthopedist, null, null, "rdelgado@northfieldortho.example"),
        PatientInitials = "G.H.",
        PatientAge = 55,
    };

    private static Referral Given() => Urgent.AssignToClinician(Marcus, Dana, ReceivedAt.AddMinutes(20)).Referral;

    private static Referral Booked() => Given().Accept(Marcus, ReceivedAt.AddMinutes(30)).Referral
        .ScheduleEvaluation(Marcus, ReceivedAt.AddHours(1), new DateTimeOffset(2026, 11, 26, 10, 0, 0, TimeSpan.FromHours(-6)),
            new DateTimeOffset(2026, 11, 26, 11, 0, 0, TimeSpan.FromHours(-6)), "evt-1", null).Referral;

    public static TheoryData<string, string, string> Stages => new()
    {
        { "given", "URGENT · Intake for you · Hand / upper extremity", "This intake was given to you." },
        { "accepted", "URGENT · Accepted · Hand / upper extremity", "You accepted this intake on Tue 24 Nov, 9:45 AM." },
        { "family reached", "URGENT · Family reached · Hand / upper extremity", "First contact is made with the family." },
        { "not reachable", "URGENT · Family not reachable · Hand / upper extremity", "The family could not be reached." },
        { "booked", "Evaluation booked · Thu 26 Nov, 10:00–11:00 AM", "Evaluation booked for Thu 26 Nov, 10:00–11:00 AM." },
        { "completed", "Evaluation completed · Hand / upper extremity", "Evaluation completed (booked for Thu 26 Nov, 10:00–11:00 AM)." },
        { "declined", "Declined · Hand / upper extremity", "The clinic declined this referral (caseload full) and told the referrer." },
        { "merged", "Merged · Hand / upper extremity", "The intake team merged this referral into R-00000000BB as a duplicate." },
        { "closed", "Closed · Hand / upper extremity", "This referral is closed." },
    };

    [Theory]
    [MemberData(nameof(Stages))]
    public void HolderCard_AtEachStage_HeadsWithWhereItStands(string stage, string heading, string status)
    {
        var card = ClinicianIntakeCard.For(new IntakeCardView(At(stage), Patient, [], ForHolder: true), Chicago);

        CardSchema.AssertValid(card);
        var texts = Texts(card).ToList();
        Assert.Equal(heading, texts[0]);
        Assert.StartsWith(status, texts[1], StringComparison.Ordinal);
        if (!heading.StartsWith("URGENT", StringComparison.Ordinal))
        {
            Assert.DoesNotContain(texts, t => t.Contains("URGENT", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("declined")]
    [InlineData("merged")]
    [InlineData("closed")]
    public void HolderCard_OnceTheReferralLeftThePath_KeepsNoPatientDetailsActionsOrRefresh(string stage)
    {
        var card = ClinicianIntakeCard.For(new IntakeCardView(At(stage), Patient, [], ForHolder: true), Chicago);

        var json = card.ToJsonString();
        Assert.DoesNotContain("Gregory", json, StringComparison.Ordinal);
        Assert.DoesNotContain("410-2233", json, StringComparison.Ordinal);
        Assert.DoesNotContain("1971", json, StringComparison.Ordinal);
        Assert.DoesNotContain("S62", json, StringComparison.Ordinal);
        Assert.Null(card["actions"]);
        Assert.Null(card["refresh"]);
        Assert.Contains("G.H., age 55", Texts(card));
    }

    [Fact]
    public void HolderCard_AfterBooking_StillShowsThePatientToTheClinician_WithoutUrgentOrBooking()
    {
        var card = ClinicianIntakeCard.For(new IntakeCardView(Booked(), Patient, [], ForHolder: true), Chicago);

        var texts = Texts(card).ToList();
        Assert.Contains("Gregory Hale", texts);
        Assert.DoesNotContain(texts, t => t.Contains("URGENT", StringComparison.Ordinal) || t.Contains("Intake for you", StringComparison.Ordinal));
        var actions = card["actions"]!.AsArray().Select(a => a!["title"]!.GetValue<string>()).ToList();
        Assert.DoesNotContain("Book this time", actions);
        Assert.Contains("Evaluation completed", actions);
    }

    private static Referral At(string stage) => stage switch
    {
        "given" => Given(),
        "accepted" => Given().Accept(Marcus, ReceivedAt.AddMinutes(30)).Referral,
        "family reached" => Given().Accept(Marcus, ReceivedAt.AddMinutes(30)).Referral.LogContact(Dana, ReceivedAt.AddMinutes(40), "call", ContactOutcome.Reached, 0).Referral,
        "not reachable" => Given().MoveTo(PipelineStage.NotReachable, Dana, ReceivedAt.AddDays(3)).Referral,
        "booked" => Booked(),
        "completed" => Booked().CompleteEvaluation(Marcus, new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.FromHours(-6))).Referral,
        "declined" => Given().Decline(DeclineReasons.CaseloadFull, null, Dana, ReceivedAt.AddHours(2)).Referral,
        "merged" => Given().MergeInto("R-00000000BB", Dana, ReceivedAt.AddHours(2)).Referral,
        "closed" => Given().MoveTo(PipelineStage.Closed, Dana, ReceivedAt.AddDays(3)).Referral,
        _ => throw new ArgumentOutOfRangeException(nameof(stage)),
    };

    private static IEnumerable<string> Texts(JsonNode? node) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>() == "TextBlock" => [o["text"]!.GetValue<string>()],
        JsonObject o when o["type"]?.GetValue<string>() == "FactSet" => o["facts"]!.AsArray().Select(f => f!["value"]!.GetValue<string>()),
        JsonObject o => o.Where(p => p.Key != "actions").SelectMany(p => Texts(p.Value)),
        JsonArray a => a.SelectMany(Texts),
        _ => [],
    } ?? [];
}
