using OutreachBot.Clinic.Detection;
using OutreachBot.Mime;

namespace OutreachBot.Cli.Batch;

/// <summary>Reads and classifies a set of files, then ties updates to their referrals among them.</summary>
internal static class MessageBatch
{
    private static readonly DateTimeOffset NoDate = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static List<ClassifiedMessage> Classify(IReadOnlyList<string> files, ReferralDetector detector)
    {
        var results = files.Select(f => ClassifyOne(f, detector)).ToList();
        var readable = results.Where(r => r.Detection is not null).ToList();
        var linked = ReferralThreads.Link([.. readable.Select(r => (r.Message!, r.Detection!))]);
        for (var i = 0; i < readable.Count; i++)
        {
            var index = results.IndexOf(readable[i]);
            results[index] = readable[i] with { Detection = linked[i] };
        }

        return results;
    }

    /// <summary>The file name of the message a thread id points to, for output in the labels' terms.</summary>
    public static Dictionary<string, string> FilesById(IEnumerable<ClassifiedMessage> results)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var r in results.Where(r => r.Message is not null))
        {
            map.TryAdd(r.Message!.MessageId, r.File);
        }

        return map;
    }

    public static ClassifiedMessage ClassifyOne(string path, ReferralDetector detector)
    {
        var file = Path.GetFileName(path);
        try
        {
            using var stream = File.OpenRead(path);
            var message = EmlMessageReader.Read(stream, NoDate, CancellationToken.None);
            return new ClassifiedMessage(file, message, detector.Detect(message), null);
        }
        catch (UnreadableMessageException ex)
        {
            return new ClassifiedMessage(file, null, null, ex.Message);
        }
        catch (IOException ex)
        {
            return new ClassifiedMessage(file, null, null, $"cannot read the file ({ex.GetType().Name})");
        }
        catch (UnauthorizedAccessException)
        {
            return new ClassifiedMessage(file, null, null, "cannot read the file (access denied)");
        }
        catch (Exception ex)
        {
            // One bad message never stops a batch; the type names the failure without quoting the content.
            if (Environment.GetEnvironmentVariable("OUTREACHBOT_TRACE") == "1")
            {
                Console.Error.WriteLine($"{file}: {ex.GetType().Name}{Environment.NewLine}{ex.StackTrace}");
            }

            return new ClassifiedMessage(file, null, null, $"internal error ({ex.GetType().Name})");
        }
    }
}
