using System.Diagnostics;
using OutreachBot.Cli.Batch;
using OutreachBot.Clinic.Detection;
using OutreachBot.Mime;

namespace OutreachBot.Cli.Commands;

/// <summary>
/// <c>bench FOLDER [--passes N] [--no-pdf]</c>: messages per second through parse + classify + extract, from bytes already in
/// memory, for the messages without PDF attachments and for all of them; allocation per message and peak working
/// set. Single-threaded: pin it to one core with <c>taskset -c 0</c>. CPU seconds (the process's, JIT and GC included)
/// are reported beside wall time because a shared machine's load skews the latter. Messages are parsed from bytes in memory, so
/// disk reads are not measured; the warm-up runs every message several times first.
/// </summary>
internal static class BenchCommand
{
    public static int Run(string folder, IReadOnlyList<string> options, TextWriter output)
    {
        var passesOption = options.ToList().IndexOf("--passes");
        var passes = passesOption >= 0 && passesOption + 1 < options.Count ? int.Parse(options[passesOption + 1], System.Globalization.CultureInfo.InvariantCulture) : 20;
        var messages = EmlFiles.Expand([folder]).Select(File.ReadAllBytes).ToList();
        var withoutPdf = messages.Where(m => !HasPdf(m)).ToList();
        var detector = DetectorSetup.Create();
        output.WriteLine($"{folder}: {messages.Count} messages, {withoutPdf.Count} without PDF attachments; {passes} passes each; Environment.ProcessorCount {Environment.ProcessorCount}");
        // Warm up long enough for tiered JIT to finish: pinned to one core, the background compiler shares that core.
        Measure("warm-up", messages, Math.Max(10, passes / 2), detector, null);
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

    private static void Measure(string title, List<byte[]> messages, int passes, ReferralDetector? detector, TextWriter? output)
    {
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var count = 0;
        for (var pass = 0; pass < passes; pass++)
        {
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
        }

        clock.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        output?.WriteLine($"{title,-26} {count} messages in {clock.Elapsed.TotalSeconds:0.000} s = {count / clock.Elapsed.TotalSeconds:0} messages/s wall, {count / cpu.TotalSeconds:0} per CPU-second; {allocated / (double)Math.Max(1, count) / 1024:0} KB allocated per message");
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
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        for (var pass = 0; pass < passes; pass++)
        {
            foreach (var message in parsed)
            {
                detector.Detect(message);
            }
        }

        clock.Stop();
        process.Refresh();
        var count = passes * parsed.Count;
        var cpu = process.TotalProcessorTime - cpuBefore;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        output.WriteLine($"{title,-26} {count} messages in {clock.Elapsed.TotalSeconds:0.000} s = {count / clock.Elapsed.TotalSeconds:0} messages/s wall, {count / cpu.TotalSeconds:0} per CPU-second; {allocated / (double)Math.Max(1, count) / 1024:0} KB allocated per message");
    }

    private static bool HasPdf(byte[] eml)
    {
        var text = System.Text.Encoding.Latin1.GetString(eml);
        return text.Contains("application/pdf", StringComparison.OrdinalIgnoreCase) || text.Contains(".pdf\"", StringComparison.OrdinalIgnoreCase);
    }
}
