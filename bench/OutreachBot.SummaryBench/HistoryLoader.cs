using System.Collections.Concurrent;
using Azure.Data.Tables;
using OutreachBot.Clinic;
using OutreachBot.Clinic.Pipeline;
using OutreachBot.Clinic.Referrals;
using OutreachBot.Clinic.Staff;
using OutreachBot.Clinic.Summaries;
using OutreachBot.Host.Pipeline;
using OutreachBot.Host.Summaries;

namespace OutreachBot.SummaryBench;

/// <summary>
/// Writes a generated history the way the store and its index would have: per referral one batch of its state row and
/// its events (one partition), and the index rows in batches of up to 100 per day partition.
/// </summary>
public static class HistoryLoader
{
    private static readonly string[] Sources = [.. Enumerable.Range(1, 60).Select(i => $"Partner clinic {i:D2}")];
    private static readonly StaffMember[] Staff = [new("aad-ana", "Ana"), new("aad-ben", "Ben"), new("aad-cara", "Cara"), new("aad-dev", "Dev")];

    public static async Task<(int Referrals, int Events, int IndexRows)> LoadAsync(
        TableClient referralsTable, TableClient indexTable, int referrals, int eventsPerReferral, DateTimeOffset now, TimeSpan span, int parallelism, bool writeHistory, CancellationToken cancellationToken)
    {
        var random = new Random(42);
        var pathways = Enum.GetValues<Pathway>();
        var plans = Enumerable.Range(0, referrals).Select(i => (Index: i, Received: now - TimeSpan.FromMinutes(random.NextDouble() * span.TotalMinutes), Seed: random.Next())).ToList();
        var progress = new ConcurrentBag<ReferralProgress>();
        var events = 0;
        var done = 0;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await Parallel.ForEachAsync(plans, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken }, async (plan, ct) =>
        {
            var r = new Random(plan.Seed);
            var referral = new Referral
            {
                Id = ReferralId.ForMessage($"bench-{plan.Index}@example"),
                ReceivedAt = plan.Received,
                Pathway = pathways[r.Next(pathways.Length)],
                Referrer = new Referrer($"Dr. {plan.Index % 300}", Sources[r.Next(Sources.Length)], ReferrerRole.Physician, null, null, null),
                PatientInitials = "A.B.",
                PatientAge = 40,
            };
            var history = History(referral, r, now, eventsPerReferral);
            var after = history[^1].After;
            // Add, not upsert: the table starts empty, and in Azurite each upsert looks the row up once more before writing
            // it (a lookup of the state row, whose row key every referral shares, costs time in proportion to the referrals
            // already written there).
            var actions = new List<TableTransactionAction> { new(TableTransactionActionType.Add, ReferralRow.From(after)) };
            actions.AddRange(history.Select(h => new TableTransactionAction(TableTransactionActionType.Add, PipelineEventRow.From(h.Event))));
            if (writeHistory)
            {
                await referralsTable.SubmitTransactionAsync(actions, ct);
            }
            progress.Add(history.Aggregate((ReferralProgress?)null, (p, h) => ReferralProgress.After(p, h.After, h.Event))!);
            Interlocked.Add(ref events, history.Count);
            if (Interlocked.Increment(ref done) % 10_000 == 0)
            {
                Console.Error.WriteLine($"bench: {done} referrals loaded ({Volatile.Read(ref events)} events), {clock.Elapsed.TotalSeconds:0} s");
            }
        });

        var rows = progress.Select(p => ReferralProgressRow.From(p, ReferralProgressRow.DayPartition(p.ReceivedAt)))
            .Concat(progress.Where(p => p.IsOpen).Select(p => ReferralProgressRow.From(p, ReferralProgressRow.OpenPartition)))
            .GroupBy(row => row.PartitionKey)
            .SelectMany(partition => partition.Chunk(100))
            .ToList();
        await Parallel.ForEachAsync(rows, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken }, async (batch, ct) =>
            await indexTable.SubmitTransactionAsync(batch.Select(row => new TableTransactionAction(TableTransactionActionType.UpsertReplace, row)), ct));
        return (referrals, events, rows.Sum(b => b.Length));
    }

    // Received, assigned, then along the funnel while the clock allows; old referrals end closed or declined (a few stay
    // stuck, as in life); the rest of the events are updates to the referrer, as a long history has.
    private static List<(Referral After, PipelineEvent Event)> History(Referral referral, Random r, DateTimeOffset now, int count)
    {
        var list = new List<(Referral, PipelineEvent)> { (referral, new PipelineEvent(referral.Id, PipelineEventKind.Received, PipelineStage.Received, null, referral.ReceivedAt)) };
        var current = referral;
        var at = referral.ReceivedAt;
        var by = Staff[r.Next(Staff.Length)];
        void Add(Func<Referral, (Referral, PipelineEvent?)> step, TimeSpan after)
        {
            if (at + after > now) { return; }
            at += after;
            var (next, e) = step(current);
            if (e is not null) { current = next; list.Add((next, e)); }
        }

        Add(x => { var a = x.AssignTo(by, at); return (a.Referral, a.Event); }, TimeSpan.FromMinutes(5 + r.Next(120)));
        var stuck = r.Next(500) == 0;
        if (r.Next(10) < 9 && !stuck)
        {
            Add(x => { var c = x.LogFirstContact(by, at, "call"); return (c.Referral, c.Event); }, TimeSpan.FromHours(1 + r.Next(30)));
            Add(x => { var c = x.MoveTo(PipelineStage.EvaluationScheduled, by, at); return (c.Referral, c.Event); }, TimeSpan.FromDays(1 + r.Next(4)));
            Add(x => { var c = x.MoveTo(PipelineStage.EvaluationCompleted, by, at); return (c.Referral, c.Event); }, TimeSpan.FromDays(2 + r.Next(10)));
            Add(x => { var c = x.MoveTo(PipelineStage.Closed, by, at); return (c.Referral, c.Event); }, TimeSpan.FromDays(20 + r.Next(40)));
        }
        else if (!stuck)
        {
            Add(x => { var c = x.MoveTo(PipelineStage.Declined, by, at); return (c.Referral, c.Event); }, TimeSpan.FromDays(1 + r.Next(3)));
        }

        // Every referral gets exactly `count` events (so the history holds referrals × count): weekly updates where
        // time allows, closer together for referrals received lately.
        for (var i = list.Count; i < count; i++)
        {
            var step = TimeSpan.FromTicks(Math.Min(TimeSpan.FromDays(7).Ticks, Math.Max(1, (now - at).Ticks / (count - i + 1))));
            at += step;
            list.Add((current, new PipelineEvent(current.Id, PipelineEventKind.ReferrerUpdateSent, current.Stage, by, at, $"update-{i}")));
        }

        return list;
    }
}
