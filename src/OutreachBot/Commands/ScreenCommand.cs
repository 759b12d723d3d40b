using OutreachBot.Cli.Batch;
using OutreachBot.Clinic.Detection;

namespace OutreachBot.Cli.Commands;

/// <summary>
/// <c>screen PATH...</c>: runs detection over mail known not to be referrals (folders of .eml, or an MTSamples-style
/// CSV whose "transcription" column becomes the body) and counts what would have been taken for a referral.
/// </summary>
internal static class ScreenCommand
{
    private static readonly DateTimeOffset Sent = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    public static int Run(IReadOnlyList<string> paths, TextWriter output)
    {
        var detector = DetectorSetup.Create();
        var verbose = paths.Contains("--signals");
        foreach (var path in paths.Where(p => p != "--signals"))
        {
            var outcomes = path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)
                ? CsvMessages(path).Select(m => (m.Name, Detection: DetectOrNull(detector, m.Message))).ToList()
                : EmlFiles.Expand([path]).Select(f => MessageBatch.ClassifyOne(f, detector)).Select(r => (Name: r.File, r.Detection)).ToList();
            var flagged = outcomes.Where(o => o.Detection?.Kind is MessageKind.Referral or MessageKind.SelfReferral).ToList();
            var updates = outcomes.Count(o => o.Detection?.Kind is MessageKind.ReferralUpdate);
            var unreadable = outcomes.Count(o => o.Detection is null);
            output.WriteLine($"{path}: {outcomes.Count} messages, {flagged.Count} taken for new referrals, {updates} for updates, {unreadable} unreadable");
            foreach (var (name, detection) in flagged.Take(verbose ? int.MaxValue : 20))
            {
                output.WriteLine($"  {detection!.Kind}: {name}" + (verbose ? $" [{string.Join("; ", detection.Signals)}]" : ""));
            }
        }

        return 0;
    }

    // One message that fails is counted with the unreadable ones; the rest of the file is still screened.
    private static ReferralDetection? DetectOrNull(ReferralDetector detector, IncomingMessage message)
    {
        try
        {
            return detector.Detect(message);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            Console.Error.WriteLine($"{message.MessageId}: {ex.GetType().Name}");
            return null;
        }
    }

    private static IEnumerable<(string Name, IncomingMessage Message)> CsvMessages(string path)
    {
        using var reader = new StreamReader(path);
        using var rows = CsvRows.Read(reader).GetEnumerator();
        if (!rows.MoveNext())
        {
            yield break;
        }

        var header = rows.Current;
        var nameColumn = header.IndexOf("sample_name");
        var textColumn = header.IndexOf("transcription");
        var number = 0;
        while (rows.MoveNext())
        {
            var row = rows.Current;
            number++;
            if (textColumn < 0 || row.Count <= textColumn)
            {
                continue;
            }

            var name = nameColumn >= 0 && row.Count > nameColumn ? row[nameColumn] : $"row {number}";
            yield return ($"row {number}: {name}", new IncomingMessage(
                $"row-{number}", name, "transcription@records.example", null, Sent, row[textColumn], [], null, []));
        }
    }
}
