using System.Text.Json.Nodes;
using OutreachBot.Clinic;
using OutreachBot.Clinic.Outreach;
using OutreachBot.Host.Outreach;

namespace OutreachBot.Host.Tests.Outreach;

/// <summary>The outreach cards for the schema and size tests (EveryCardTests).</summary>
public static class OutreachCards
{
    private static readonly TimeZoneInfo Chicago = TimeZoneInfo.FindSystemTimeZoneById("America/Chicago");
    private static readonly DateTimeOffset Now = new(2026, 8, 3, 13, 0, 0, TimeSpan.Zero);

    public static JsonObject Plan(bool draftForReview)
    {
        var noAddress = TestPartners.Ortho("p-other") with { Organization = "Lakeside Medical Center " + new string('x', 200), People = [] };
        var plan = new OutreachPlan(new DateOnly(2026, 8, 1),
        [
            new OutreachPlanItem(OutreachPlanItemKind.ReachOut, TestPartners.School(), "School term starts on Thu 20 Aug 2026 (in 17 days); new partner (added Mon 2 Mar 2026), never contacted", Pathway.School, "School term starts"),
            new OutreachPlanItem(OutreachPlanItemKind.FollowUp, noAddress, "materials sent 50 days ago (Sun 14 Jun 2026), no referral yet", null, null),
            new OutreachPlanItem(OutreachPlanItemKind.Update, TestPartners.Ortho(), "refers: 8 referrals, the last on Mon 14 Sep 2026; last contact Tue 9 Jun 2026", Pathway.Hand, null),
        ]);
        return OutreachPlanCard.For(plan, 42, draftForReview, DateOnly.FromDateTime(Now.Date));
    }

    public static JsonObject EmptyPlan() => OutreachPlanCard.For(new OutreachPlan(new DateOnly(2026, 8, 1), []), 0, false, new DateOnly(2026, 8, 3));

    public static JsonObject AfterContact() => AfterContactCard.For(new AfterContactView(
        "p-maplewood", "Maplewood School District", "Visit: Maplewood School District", Now, "0123456789abcdef01234567", "jpike@maplewood.k12.example",
        "Thank you for your time: referring to Harborlight OT (school-based occupational therapy)", new string('a', 2500),
        ["harborlight-ot-school-intake-packet.html"], new DateOnly(2026, 9, 4), nameof(Pathway.School)), Chicago, draftForReview: false);
}
