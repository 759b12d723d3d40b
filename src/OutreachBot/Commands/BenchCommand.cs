using System.Diagnostics;
using OutreachBot.Cli.Batch;
using OutreachBot.Clinic.Detection;
using OutreachBot.Mime;

namespace OutreachBot.Cli.Commands;

/// <summary>
/// <c>bench FOLDER [--passes N] [--no-pdf] [--mailbox N]</c>: messages per second through parse + classify + extract, from
/// bytes already in memory. First a mailbox's history (N messages, 100,000 unless told, the messages without PDFs
/// over and over) read by the freshly started process, JIT included; then, once tiered JIT has finished, the steady
/// state for the messages without PDF attachments and for all of them; allocation per message, garbage collections
/// and peak working set. Single-threaded: pin it to one core with <c>taskset -c 0</c>. CPU seconds (the process's,
/// JIT and GC included) are reported beside wall time because a shared machine's load skews the latter. Messages are
/// parsed from bytes in memory, so disk reads are not measured.
/// </summary>
internal static class BenchCommand
{
    private static readonly TimeSpan QuietFor = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan WarmUpBound = TimeSpan.FromSeconds(120);

    public static int Run(string folder, IReadOnlyList<string> options, TextWriter output)
    {
        var passes = IntOption(options, "--passes", 20);
        var mailbox = IntOption(options, "--mailbox", 100_000);
        var messages = EmlFiles.Expand([folder]).Select(File.ReadAllBytes).ToList();
        var withoutPdf = messages.Where(m => !HasPdf(m)).ToList();
        var detector = DetectorSetup.Create();
        output.WriteLine($"{folder}: {messages.Count} messages, {withoutPdf.Count} without PDF attachments; {passes} passes each; Environment.ProcessorCount {Environment.ProcessorCount}");
        Mailbox(withoutPdf, mailbox, detector, output);
        WarmUp(messages, detector, output);
        Measure("parse only, without PDFs", withoutPdf, passes, null, output);
        MeasureDetection("detect only, without PDFs", withoutPdf, passes, detector, output);
        Measure("without PDFs", withoutPdf, passes, detector, output);
        if (!options.Contains("--no-pdf"))
        {
            Measure("all (with PDFs)", messages, passes, detector, output);
        }

        using var process = Process.GetCurrentProcess();
        process.Refresh();
        output.WriteLine($"peak working set {process.PeakWorkingSet64 / (1024.0 * 1024):0.0} MB");
        return 0;
    }

    private static int IntOption(IReadOnlyList<string> options, string name, int unless)
    {
        var at = options.ToList().IndexOf(name);
        return at >= 0 && at + 1 < options.Count ? int.Parse(options[at + 1], System.Globalization.CultureInfo.InvariantCulture) : unless;
    }

    // A mailbox's history read by a process that has just started, JIT included: the messages without PDFs over and over
    // until there are as many as asked for.
    private static void Mailbox(List<byte[]> withoutPdf, int count, ReferralDetector detector, TextWriter output)
    {
        if (count <= 0 || withoutPdf.Count == 0)
        {
            return;
        }

        var cycle = Enumerable.Repeat(withoutPdf, (count / withoutPdf.Count) + 1).SelectMany(m => m).Take(count).ToList();
        Measure("cold start, without PDFs", cycle, 1, detector, output);
    }

    // Steady state is what is measured, so the warm-up goes on until tiered JIT has finished: until passes over the
    // messages have compiled no method for three seconds. Pinned to one core, the runtime sees a single processor and
    // waits ten times longer between tiering rounds (about two seconds each here); a fixed number of passes ended with
    // most hot methods still in their instrumented tier. Bounded, so a runtime that never settles still gets measured.
    private static void WarmUp(List<byte[]> messages, ReferralDetector detector, TextWriter output)
    {
        var clock = Stopwatch.StartNew();
        var passes = 0;
        var compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
        var lastCompiled = TimeSpan.Zero;
        while (clock.Elapsed - lastCompiled < QuietFor && clock.Elapsed < WarmUpBound)
        {
            Measure("warm-up", messages, 1, detector, null);
            passes++;
            if (System.Runtime.JitInfo.GetCompiledMethodCount() is var now && now != compiled)
            {
                (compiled, lastCompiled) = (now, clock.Elapsed);
            }
        }

        var settled = clock.Elapsed - lastCompiled >= QuietFor;
        output.WriteLine($"warm-up: {passes} passes in {clock.Elapsed.TotalSeconds:0.0} s, {(settled ? $"until no method had been compiled for {QuietFor.TotalSeconds:0} s" : "stopped at its bound with the JIT still busy")}; {compiled} methods compiled");
    }

    private static void Measure(string title, List<byte[]> messages, int passes, ReferralDetector? detector, TextWriter? output)
    {
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var collectionsBefore = Collections();
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var fastest = TimeSpan.MaxValue;
        var count = 0;
        for (var pass = 0; pass < passes; pass++)
        {
            var passStart = clock.Elapsed;
            foreach (var bytes in messages)
            {
                using var stream = new MemoryStream(bytes, writable: false);
                try
                {
                    var message = EmlMessageReader.Read(stream, DateTimeOffset.UnixEpoch, CancellationToken.None);
                    detector?.Detect(message);
                }
                catch (UnreadableMessageException)
                {
                    // Counted like any other message: rejecting it is the work.
                }

                count++;
            }

            fastest = Min(fastest, clock.Elapsed - passStart);
        }

        clock.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        output?.WriteLine($"{title,-26} {count} messages in {clock.Elapsed.TotalSeconds:0.000} s = {count / clock.Elapsed.TotalSeconds:0} messages/s wall, {count / cpu.TotalSeconds:0} per CPU-second; {allocated / (double)Math.Max(1, count) / 1024:0} KB allocated per message; GC {Collections(collectionsBefore)}; {Fastest(messages.Count, fastest)}");
    }

    // The detector alone, on messages parsed once beforehand: what the rules and dictionaries cost.
    private static void MeasureDetection(string title, List<byte[]> messages, int passes, ReferralDetector detector, TextWriter output)
    {
        var parsed = new List<IncomingMessage>();
        foreach (var bytes in messages)
        {
            using var stream = new MemoryStream(bytes, writable: false);
            try
            {
                parsed.Add(EmlMessageReader.Read(stream, DateTimeOffset.UnixEpoch, CancellationToken.None));
            }
            catch (UnreadableMessageException)
            {
                // Nothing to detect in it.
            }
        }

        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var collectionsBefore = Collections();
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var fastest = TimeSpan.MaxValue;
        for (var pass = 0; pass < passes; pass++)
        {
            var passStart = clock.Elapsed;
            foreach (var message in parsed)
            {
                detector.Detect(message);
            }

            fastest = Min(fastest, clock.Elapsed - passStart);
        }

        clock.Stop();
        process.Refresh();
        var count = passes * parsed.Count;
        var cpu = process.TotalProcessorTime - cpuBefore;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        output.WriteLine($"{title,-26} {count} messages in {clock.Elapsed.TotalSeconds:0.000} s = {count / clock.Elapsed.TotalSeconds:0} messages/s wall, {count / cpu.TotalSeconds:0} per CPU-second; {allocated / (double)Math.Max(1, count) / 1024:0} KB allocated per message; GC {Collections(collectionsBefore)}; {Fastest(parsed.Count, fastest)}");
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    // On a shared machine a pass is slowed only by what else runs, never sped up: the fastest pass is the figure that
    // moves least from run to run, and the one to compare builds by.
    private static string Fastest(int messagesPerPass, TimeSpan fastest) =>
        fastest == TimeSpan.MaxValue ? "no pass" : $"fastest pass {messagesPerPass / fastest.TotalSeconds:0} messages/s";

    // With the time the runtime was paused for them: what the allocations cost, beyond their count.
    private static (int Gen0, int Gen1, int Gen2, TimeSpan Paused) Collections() =>
        (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());

    private static string Collections((int Gen0, int Gen1, int Gen2, TimeSpan Paused) before)
    {
        var now = Collections();
        return $"gen0 {now.Gen0 - before.Gen0}, gen1 {now.Gen1 - before.Gen1}, gen2 {now.Gen2 - before.Gen2}, paused {(now.Paused - before.Paused).TotalMilliseconds:0} ms";
    }

    private static bool HasPdf(byte[] eml)
    {
        var text = System.Text.Encoding.Latin1.GetString(eml);
        return text.Contains("application/pdf", StringComparison.OrdinalIgnoreCase) || text.Contains(".pdf\"", StringComparison.OrdinalIgnoreCase);
    }
}
