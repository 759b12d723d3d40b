using System.Text.Json.Nodes;
using OutreachBot.Clinic;
using OutreachBot.Clinic.Partners;
using OutreachBot.Clinic.Referrers;
using OutreachBot.Host.Partners;

namespace OutreachBot.Host.Tests.Partners;

/// <summary>Partner cards filled as the bot fills them, for the schema, size and content tests.</summary>
public static class PartnerCardSamples
{
    public static readonly TimeZoneInfo Chicago = TimeZoneInfo.FindSystemTimeZoneById("America/Chicago");
    public static readonly DateTimeOffset Now = new(2026, 11, 24, 15, 0, 0, TimeSpan.Zero);

    public static Partner StMarys => new(
        "stmaryspediatrics",
        "St. Mary's Pediatrics",
        PartnerSetting.PhysicianOffice,
        [Pathway.Pediatric, Pathway.School],
        OutreachStage.Active,
        PartnerChannel.Email,
        [
            new PartnerPerson("Dr. Ana Ruiz", ReferrerRole.Pediatrician, "aruiz@stmaryspeds.org", "(555) 201-3300"),
            new PartnerPerson("Kim Lee", ReferrerRole.Other, "klee@stmaryspeds.org", null, EmailBounced: true),
        ],
        new PartnerReferralFigures(12, 9, Now.AddDays(-200), Now.AddDays(-3)),
        Now.AddDays(-300),
        Now.AddDays(-10),
        UpdatesOptedIn: true,
        Feedback: "Expected wait times and which insurance plans we take",
        UpdatePreference: ReferrerUpdatePreference.EvaluationOnly);

    public static IReadOnlyList<PartnerActivity> History =>
    [
        .. Enumerable.Range(0, 20).Select(i => new PartnerActivity(StMarys.Id, (PartnerActivityKind)(i % 14), Now.AddDays(-40 + (2 * i)), "Dana Whitfield", $"k{i}", i % 3 == 0 ? "Call: " + new string('x', 400) : null)),
    ];

    public static JsonObject AddForm() => PartnerFormCard.For(null);

    public static JsonObject EditForm() => PartnerFormCard.For(StMarys, "\"klee@\" is not an email address.");

    public static JsonObject Card() => PartnerCard.For(StMarys, History, Chicago, "18f00aa1b2c3d4", "Contact logged.");

    public static JsonObject NewCard() => PartnerCard.For(
        new Partner("oakgrove", "Oak Grove Clinic", PartnerSetting.Community, [], OutreachStage.Identified, PartnerChannel.Phone, [], PartnerReferralFigures.None, Now),
        [], Chicago, "18f00aa1b2c3d5");

    /// <summary>The owners' sources card with the partners' outreach and response figures.</summary>
    public static JsonObject SourcesWithOutreach()
    {
        var summary = Summaries.SummaryCards.Summary(1, Host.Summaries.SummaryPeriodName.ThisMonth);
        var relationships = Enumerable.Range(0, 25).Select(i => new PartnerRelationship($"p{i}", $"Partner {i}", i % 5, i % 3, i, i % 4, i % 2 == 0 ? "Expected wait times, and " + new string('y', 200) : null)).ToList();
        return Host.Summaries.SourcesCard.For(summary, [], Summaries.PipelineSummaryNumbersTests.Rules, Chicago, 5, relationships, TimeSpan.FromDays(7));
    }

    public static JsonObject List(int count) => PartnersListCard.For(
        [.. Enumerable.Range(0, count).Select(i => StMarys with { Id = $"p{i}", Organization = $"Partner practice number {i} of the county health network" })], Chicago);
}
