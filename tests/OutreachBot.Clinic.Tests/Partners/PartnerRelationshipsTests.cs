using OutreachBot.Clinic.Partners;

namespace OutreachBot.Clinic.Tests.Partners;

public sealed class PartnerRelationshipsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 15, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Week = TimeSpan.FromDays(7);

    [Fact]
    public void ResponseRate_CountsRepliesInTheThreadWithinTheWindow_AndLeavesOpenEmailsOut()
    {
        var partner = Partner("p1");
        var history = new List<PartnerActivity>
        {
            Sent("p1", PartnerActivityKind.FollowUpSent, Now.AddDays(-30), "<a@clinic>"),
            Reply("p1", Now.AddDays(-28), "a@clinic"),                             // answered in 2 days
            Sent("p1", PartnerActivityKind.MaterialsSent, Now.AddDays(-20), "b@clinic"),
            Reply("p1", Now.AddDays(-10), "b@clinic"),                             // answered, but after 10 days
            Sent("p1", PartnerActivityKind.UpdateSent, Now.AddDays(-15), "c@clinic"), // never answered
            Sent("p1", PartnerActivityKind.FollowUpSent, Now.AddDays(-2), "d@clinic"), // still open: not counted yet
            Sent("p1", PartnerActivityKind.FollowUpSent, Now.AddDays(-1), "e@clinic"),
            Reply("p1", Now.AddHours(-3), "e@clinic"),                             // open but answered: counted
            new("p1", PartnerActivityKind.CallOrVisitScheduled, Now.AddDays(-40), "Dana", "visit-1"),
            new("p1", PartnerActivityKind.Referred, Now.AddDays(-5), "mailbox", "referral-1"),
            Sent("other", PartnerActivityKind.FollowUpSent, Now.AddDays(-30), "z@clinic"),
        };

        var measured = PartnerRelationships.For(partner, history, Week, Now);

        Assert.Equal((4, 2), (measured.EmailsSent, measured.EmailsAnswered));
        Assert.Equal(0.5, measured.ResponseRate);
        Assert.Equal(6, measured.OutreachActions);
        Assert.Equal(3, measured.Referrals);
        Assert.Equal("Intake forms by fax", measured.Feedback);
    }

    [Fact]
    public void ResponseRate_NothingSent_IsNone() =>
        Assert.Null(PartnerRelationships.For(Partner("p1"), [], Week, Now).ResponseRate);

    [Theory]
    [InlineData(1, 3)]
    [InlineData(7, 7)]
    [InlineData(42, 14)]
    public void ResponseRate_OnGeneratedHistories_MatchesWhatTheGeneratorAnswered(int seed, int windowDays)
    {
        var random = new Random(seed);
        var window = TimeSpan.FromDays(windowDays);
        var history = new List<PartnerActivity>();
        var (expectedSent, expectedAnswered) = (0, 0);
        for (var i = 0; i < 200; i++)
        {
            var sentAt = Now.AddHours(-random.Next(1, 24 * 120));
            var thread = $"<gen-{i}@clinic.example>";
            history.Add(Sent("p1", PartnerActivityKind.FollowUpSent, sentAt, thread));
            var replyAfter = random.Next(4) == 0 ? (TimeSpan?)null : TimeSpan.FromHours(random.Next(1, 24 * 3 * windowDays));
            var replyAt = replyAfter is { } after && sentAt + after <= Now ? sentAt + after : (DateTimeOffset?)null;
            if (replyAt is { } at)
            {
                history.Add(Reply("p1", at, thread.Trim('<', '>')));
            }

            var inTime = replyAt is { } r && r - sentAt <= window;
            if (inTime || Now - sentAt > window)
            {
                expectedSent++;
                expectedAnswered += inTime ? 1 : 0;
            }
        }

        var measured = PartnerRelationships.For(Partner("p1"), history.OrderBy(_ => random.Next()), window, Now);

        Assert.Equal((expectedSent, expectedAnswered), (measured.EmailsSent, measured.EmailsAnswered));
        Assert.Equal(200, measured.OutreachActions);
    }

    private static Partner Partner(string id) => new(id, "Lakeside Pediatrics", PartnerSetting.PhysicianOffice, [], OutreachStage.Active, PartnerChannel.Email, [],
        new PartnerReferralFigures(3, 1, Now.AddDays(-90), Now.AddDays(-5)), Now.AddDays(-200), Feedback: "Intake forms by fax");

    private static PartnerActivity Sent(string partnerId, PartnerActivityKind kind, DateTimeOffset at, string thread) =>
        new(partnerId, kind, at, "Dana", "sent-" + thread, null, thread);

    private static PartnerActivity Reply(string partnerId, DateTimeOffset at, string thread) =>
        new(partnerId, PartnerActivityKind.ReplyReceived, at, "mailbox", "reply-" + thread + at.Ticks, null, thread);
}
