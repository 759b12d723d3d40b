using OutreachBot.Clinic.Detection;
using OutreachBot.Mime;

namespace OutreachBot.Cli.Batch;

/// <summary>Reads and classifies a set of files, then ties updates to their referrals among them.</summary>
internal static class MessageBatch
{
    private static readonly DateTimeOffset NoDate = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// Classifies the files as the clinic's mailbox: the domain most of them were addressed to is the clinic's own,
    /// with those the rules name (see <see cref="ClinicMailbox.WithDomainOf"/>).
    /// </summary>
    public static List<ClassifiedMessage> Classify(IReadOnlyList<string> files, DetectionRules rules)
    {
        var read = files.Select(Read).ToList();
        var detector = new ReferralDetector(ClinicMailbox.WithDomainOf(rules, read.Select(r => r.Message).OfType<IncomingMessage>()));
        var results = read.Select(r => r.Message is null ? r : Detect(r, detector)).ToList();
        // Positions, not IndexOf: results are records (value equality) and a mailbox can hold thousands.
        var readable = Enumerable.Range(0, results.Count).Where(i => results[i].Detection is not null).ToList();
        var linked = ReferralThreads.Link([.. readable.Select(i => (results[i].Message!, results[i].Detection!))]);
        for (var i = 0; i < readable.Count; i++)
        {
            results[readable[i]] = results[readable[i]] with { Detection = linked[i] };
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
        var read = Read(path);
        return read.Message is null ? read : Detect(read, detector);
    }

    private static ClassifiedMessage Detect(ClassifiedMessage read, ReferralDetector detector)
    {
        try
        {
            return read with { Detection = detector.Detect(read.Message!) };
        }
        catch (Exception ex)
        {
            return Failed(read.File, ex);
        }
    }

    private static ClassifiedMessage Read(string path)
    {
        var file = Path.GetFileName(path);
        try
        {
            using var stream = File.OpenRead(path);
            return new ClassifiedMessage(file, EmlMessageReader.Read(stream, NoDate, CancellationToken.None), null, null);
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
            return Failed(file, ex);
        }
    }

    // One bad message never stops a batch; the type names the failure without quoting the content.
    private static ClassifiedMessage Failed(string file, Exception ex)
    {
        if (Environment.GetEnvironmentVariable("OUTREACHBOT_TRACE") == "1")
        {
            Console.Error.WriteLine($"{file}: {ex.GetType().Name}{Environment.NewLine}{ex.StackTrace}");
        }

        return new ClassifiedMessage(file, null, null, $"internal error ({ex.GetType().Name})");
    }
}
