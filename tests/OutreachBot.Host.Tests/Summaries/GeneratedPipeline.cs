using OutreachBot.Clinic;
using OutreachBot.Clinic.Pipeline;
using OutreachBot.Clinic.Referrals;
using OutreachBot.Clinic.Staff;

namespace OutreachBot.Host.Tests.Summaries;

/// <summary>One generated referral and the times its script says things happened (null: not yet, or never).</summary>
public sealed record ScriptedReferral(
    Referral Referral,
    StaffMember? Assignee,
    DateTimeOffset? AssignedAt,
    DateTimeOffset? FirstContactAt,
    DateTimeOffset? EvaluationScheduledAt,
    DateTimeOffset? EvaluationCompletedAt,
    DateTimeOffset? DeclinedAt)
{
    /// <summary>The events the script implies, oldest first, as the domain would record them.</summary>
    public IEnumerable<(DateTimeOffset At, Func<Referral, StaffMember, DateTimeOffset, object> Apply)> Steps()
    {
        if (AssignedAt is { } assigned) { yield return (assigned, (r, s, at) => r.AssignTo(s, at)); }
        if (FirstContactAt is { } contact) { yield return (contact, (r, s, at) => r.LogFirstContact(s, at, "call")); }
        if (EvaluationScheduledAt is { } scheduled) { yield return (scheduled, (r, s, at) => r.MoveTo(PipelineStage.EvaluationScheduled, s, at)); }
        if (EvaluationCompletedAt is { } completed) { yield return (completed, (r, s, at) => r.MoveTo(PipelineStage.EvaluationCompleted, s, at)); }
        if (DeclinedAt is { } declined) { yield return (declined, (r, s, at) => r.MoveTo(PipelineStage.Declined, s, at)); }
    }

    public PipelineStage StageNow =>
        DeclinedAt is not null ? PipelineStage.Declined
        : EvaluationCompletedAt is not null ? PipelineStage.EvaluationCompleted
        : EvaluationScheduledAt is not null ? PipelineStage.EvaluationScheduled
        : FirstContactAt is not null ? PipelineStage.FirstContact
        : PipelineStage.Received;

    public DateTimeOffset LastMovedAt => new[] { Referral.ReceivedAt, AssignedAt, FirstContactAt, EvaluationScheduledAt, EvaluationCompletedAt, DeclinedAt }
        .OfType<DateTimeOffset>().Max();
}

/// <summary>
/// A pipeline made from a seed: referrals received over a span, each with a script of what happened to it up to
/// <c>now</c>. The tests compute the right answers from the scripts, not from the code under test.
/// </summary>
public static class GeneratedPipeline
{
    public static readonly string[] Sources =
        ["Northfield Orthopedics", "Lakeside Pediatrics", "Riverside Unified School District", "St. Mary's Neurology", "Harbor Case Management"];

    public static readonly StaffMember[] Staff = [new("aad-ana", "Ana Whitfield"), new("aad-ben", "Ben Okafor"), new("aad-cara", "Cara Jensen")];

    public static List<ScriptedReferral> Generate(int seed, int count, DateTimeOffset from, DateTimeOffset to, DateTimeOffset now)
    {
        var random = new Random(seed);
        var minutes = (int)(to - from).TotalMinutes;
        var pathways = Enum.GetValues<Pathway>();
        var list = new List<ScriptedReferral>();
        for (var i = 0; i < count; i++)
        {
            var received = from.AddMinutes(random.Next(minutes));
            var sourceIndex = random.Next(Sources.Length + 1);
            var referral = new Referral
            {
                Id = ReferralId.ForMessage($"gen-{seed}-{i}@example"),
                ReceivedAt = received,
                Pathway = random.Next(6) == 0 ? null : pathways[random.Next(pathways.Length)],
                Referrer = new Referrer($"Referrer {sourceIndex}", sourceIndex == Sources.Length ? null : Sources[sourceIndex],
                    (ReferrerRole)random.Next(4), null, null, $"referrer{sourceIndex}@example.org"),
                PatientInitials = "A.B.",
                PatientAge = 30 + random.Next(40),
            };
            var assignee = random.Next(10) < 7 ? Staff[random.Next(Staff.Length)] : null;
            var assigned = assignee is null ? null : Upto(received.AddMinutes(5 + random.Next(60)), now);
            var contact = random.Next(100) < 85 ? Upto(received.AddMinutes(10 + random.Next(72 * 60)), now) : null;
            var scheduled = contact is { } c && random.Next(10) < 7 ? Upto(c.AddMinutes(60 * 24 * (1 + random.Next(4))), now) : null;
            var completed = scheduled is { } s && random.Next(10) < 8 ? Upto(s.AddMinutes(60 * 24 * (1 + random.Next(10))), now) : null;
            var declined = contact is null && random.Next(2) == 0 ? Upto(received.AddMinutes(60 * (24 + random.Next(48))), now) : null;
            list.Add(new ScriptedReferral(referral, assigned is null ? null : assignee, assigned, contact, scheduled, completed, declined));
        }

        return list;
    }

    private static DateTimeOffset? Upto(DateTimeOffset at, DateTimeOffset now) => at <= now ? at : null;
}
