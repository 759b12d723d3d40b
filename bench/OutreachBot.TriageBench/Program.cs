using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using OutreachBot.TriageBench;

// bench/triage-invoke.sh is the way in: it starts Azurite, the Agents Playground and the bot, then runs this with
//   --playground URL --bot URL --mailbox DIR [--users 10] [--referrals 60] [--warmup 3] [--duration 20] [--out FILE]
var options = Options.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("usage: OutreachBot.TriageBench --playground URL --bot URL --mailbox DIR [--users 10] [--referrals 60] [--warmup 3] [--duration 20] [--out FILE]");
    return 2;
}

var c = CultureInfo.InvariantCulture;
await using var playground = new PlaygroundSession(options.Playground);
using (var connect = new CancellationTokenSource(TimeSpan.FromSeconds(30)))
{
    await playground.ConnectAsync(connect.Token);
    await playground.ChooseReferralsChannelAsync(connect.Token);
}

// The referrals to click on: mail dropped into the bot's mailbox, posted by the bot as cards in the Referrals channel.
var run = DateTime.UtcNow.ToString("HHmmss", c);
var messageIds = Enumerable.Range(0, options.Referrals).Select(i => $"bench-{run}-{i}@northfieldortho.example").ToList();
foreach (var (id, i) in messageIds.Select((id, i) => (id, i)))
{
    var staging = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}.tmp");
    await File.WriteAllTextAsync(staging, Referral(id, DateTimeOffset.UtcNow.AddMinutes(-i), i));
    File.Move(staging, Path.Combine(options.Mailbox, $"bench-{run}-{i}.eml"));
}

Console.Error.WriteLine($"bench: {options.Referrals} referrals dropped; waiting for their triage cards ...");
var cards = await playground.WaitForCardsAsync([.. messageIds.Select(ReferralIdOf)], TimeSpan.FromSeconds(120 + options.Referrals));
Console.Error.WriteLine($"bench: {cards.Count} cards posted; {options.Users} users, {options.Warmup.TotalSeconds:0} s warm-up + {options.Duration.TotalSeconds:0} s per scenario");

// Playground people (tools/playground): Dana, Tom (intake), Helen (owner), Marcus (hand clinician).
string[] staff = ["user-id-0", "user-id-4", "user-id-3", "user-id-1"];
string[] askers = ["user-id-0", "user-id-4", "user-id-3"];
var load = new List<string> { LoadAverage() };
var results = new List<ScenarioResult>();

// 1. Refresh: each viewer's Teams client asks for its own view of a card (the most frequent invoke).
var thirds = cards.Count / 3;
var viewCards = cards;
results.Add(await RunAsync("refresh (read)", (user, i) =>
    new Click(viewCards[(int)((user * 7919 + i) % viewCards.Count)], staff[(user + i) % staff.Length], "refreshReferral", Data(viewCards[(int)((user * 7919 + i) % viewCards.Count)]))));

// 1b. The same, straight to the bot (no Playground in between), to see whose share the round trip is.
results.Add(await RunAsync("refresh (read), straight to the bot's /api/messages", (user, i) =>
    new Click(viewCards[(int)((user * 7919 + i) % viewCards.Count)], staff[(user + i) % staff.Length], "refreshReferral", Data(viewCards[(int)((user * 7919 + i) % viewCards.Count)])),
    new DirectToBot(new Uri(options.Bot, "/api/messages"), new Uri(options.Playground, "/_connector").ToString())));

// 2. Assign to me: all users click the same card at once, card after card (one wins by ETag, the rest see who has it).
var assignCards = cards.Take(thirds).ToList();
// No warm-up here (the bot is warm from the scenarios before): a warm-up would use up the cards, one per round.
results.Add(await RunAsync("assign to me, all users on the same card (ETag race)", (user, i) =>
    i < assignCards.Count ? new Click(assignCards[(int)i], staff[user % staff.Length], "assignToMe", Data(assignCards[(int)i])) : null, warmup: TimeSpan.Zero));

// 3. Request missing info: each user asks again and again on cards of their own (write + event + .eml + channel PUT).
var requestCards = cards.Skip(thirds).ToList();
var requests = new int[requestCards.Count];
results.Add(await RunAsync("request missing info (write, email, card update)", (user, i) =>
{
    // Each user asks on cards of their own (index = user mod users), one after another, numbering each card's requests.
    var own = (requestCards.Count - user + options.Users - 1) / options.Users;
    var index = own == 0 ? (int)(i % requestCards.Count) : (int)(user + i % own * options.Users);
    var card = requestCards[index];
    var data = Data(card);
    data["request"] = Interlocked.Increment(ref requests[index]).ToString(c);
    data["missing0"] = "insurance";
    return new Click(card, askers[user % askers.Length], "requestMissingInfo", data);
}));

load.Add(LoadAverage());
var report = Markdown(results, options, load);
Console.WriteLine(report);
if (options.Out is { } outFile)
{
    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outFile))!);
    await File.WriteAllTextAsync(outFile, report);
    Console.Error.WriteLine($"bench: wrote {outFile}");
}

return results.Any(r => r.Errors > 0) ? 1 : 0;

async Task<ScenarioResult> RunAsync(string scenario, Func<int, long, Click?> next, DirectToBot? direct = null, TimeSpan? warmup = null)
{
    Console.Error.WriteLine($"bench: {scenario} ...");
    var result = await InvokeLoad.RunAsync(scenario, options.Playground, options.Users, warmup ?? options.Warmup, options.Duration, next, direct);
    Console.Error.WriteLine(string.Create(c, $"bench:   {result.Requests} invokes, {result.PerSecond:0.0}/s, p50 {result.P50Ms:0.0} ms, p99 {result.P99Ms:0.0} ms, {result.Errors} errors{(result.FirstError is { } e ? $" (first: {e})" : "")}"));
    return result;
}

static JsonObject Data(TriageCardPost card) => new() { ["referralId"] = card.ReferralId };

// As the bot makes them (OutreachBot.Clinic.Referrals.ReferralId), so the bench knows which card is whose.
static string ReferralIdOf(string messageId) => "R-" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(messageId)), 0, 5);

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

// A fictional hand referral (555 numbers, .example domains), different initials per message.
static string Referral(string messageId, DateTimeOffset sentAt, int n) => $"""
    Message-ID: <{messageId}>
    Date: {sentAt.ToString("ddd, dd MMM yyyy HH:mm:ss", CultureInfo.InvariantCulture)} +0000
    From: "Rosa Delgado, MD" <rdelgado@northfieldortho.example>
    To: intake@testclinic.example
    Subject: OT referral - post-op hand therapy

    Hello,

    I am referring my patient {(char)('A' + n % 26)}lex {(char)('A' + n / 26 % 26)}arlow (DOB 03/14/1971) for occupational therapy, evaluate and treat.
    Diagnosis: S62.101A, right distal radius fracture, s/p ORIF. Decreased grip strength and wrist ROM.
    Patient phone (555) 410-2233. Signed order attached.

    Rosa Delgado, MD
    Northfield Orthopedics
    Phone (555) 200-1000 | Fax (555) 200-1001
    """.Replace("\n", "\r\n", StringComparison.Ordinal);

static string Markdown(List<ScenarioResult> results, Options options, List<string> load)
{
    var c = CultureInfo.InvariantCulture;
    var s = new StringBuilder();
    s.AppendLine("# adaptiveCard/action round trip: Playground → bot → Azurite → response");
    s.AppendLine();
    s.Append(c, $"{Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}; {options.Users} concurrent users (closed loop), ");
    s.Append(c, $"{options.Warmup.TotalSeconds:0} s warm-up + {options.Duration.TotalSeconds:0} s per scenario; the bot in Release, Development settings ");
    s.AppendLine("(no token: the Playground sends none), Azurite in memory, all on 127.0.0.1.");
    s.AppendLine(c, $"Load average (1, 5, 15 min) before and after: {string.Join(" / ", load)}.");
    s.AppendLine();
    s.AppendLine("| scenario | users | invokes | invokes/s | p50 ms | p90 ms | p99 ms | max ms | cards | messages | errors |");
    s.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    foreach (var r in results)
    {
        s.AppendLine(c, $"| {r.Scenario} | {r.Users} | {r.Requests} | {r.PerSecond:0.0} | {r.P50Ms:0.0} | {r.P90Ms:0.0} | {r.P99Ms:0.0} | {r.MaxMs:0.0} | {r.Cards} | {r.Messages} | {r.Errors}{(r.FirstError is { } e ? $" ({e})" : "")} |");
    }

    s.AppendLine();
    s.AppendLine("cards: answered with a card; messages: answered with a message (e.g. a request number another user already used).");
    return s.ToString();
}

internal sealed record Options(Uri Playground, Uri Bot, string Mailbox, int Users, int Referrals, TimeSpan Warmup, TimeSpan Duration, string? Out)
{
    public static Options? Parse(string[] args)
    {
        string? playground = null, bot = null, mailbox = null, outFile = null;
        int users = 10, referrals = 60;
        double warmup = 3, duration = 20;
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--playground": playground = Value(); break;
                case "--mailbox": mailbox = Value(); break;
                case "--bot": bot = Value(); break;
                case "--users": users = Math.Clamp(int.Parse(Value(), CultureInfo.InvariantCulture), 1, 100); break;
                case "--referrals": referrals = Math.Clamp(int.Parse(Value(), CultureInfo.InvariantCulture), 3, 1000); break;
                case "--warmup": warmup = Math.Clamp(double.Parse(Value(), CultureInfo.InvariantCulture), 0, 60); break;
                case "--duration": duration = Math.Clamp(double.Parse(Value(), CultureInfo.InvariantCulture), 1, 300); break;
                case "--out": outFile = Value(); break;
                default: return null;
            }
        }

        return playground is null || bot is null || mailbox is null ? null
            : new Options(new Uri(playground), new Uri(bot), mailbox, users, referrals, TimeSpan.FromSeconds(warmup), TimeSpan.FromSeconds(duration), outFile);
    }
}
