using Microsoft.Extensions.Options;
using OutreachBot.Clinic.Detection;
using OutreachBot.Host.Partners;
using OutreachBot.Host.Triage;
using OutreachBot.Mime;

namespace OutreachBot.Host.Mailbox;

/// <summary>
/// Reads new .eml files from the mailbox folder while the bot runs. A handled file moves to <c>processed/</c>; one that
/// cannot be read moves to <c>unreadable/</c> and is logged by a fingerprint of its name
/// (<see cref="FileFingerprint"/>), since people name referral files after the patient. One bad file never stops the watcher.
/// </summary>
public sealed partial class MailboxWatcher(
    MessageIntake intake,
    PartnerMail partnerMail,
    TriageCardPoster cards,
    IOptions<MailboxOptions> options,
    TimeProvider time,
    ILogger<MailboxWatcher> logger) : BackgroundService
{
    private const string ProcessedFolder = "processed";
    private const string UnreadableFolder = "unreadable";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var folder = Path.GetFullPath(options.Value.Folder);
        Directory.CreateDirectory(folder);
        LogWatching(logger, folder);
        using var timer = new PeriodicTimer(options.Value.PollInterval, time);
        do
        {
            try
            {
                await CheckFolderAsync(folder, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogPassFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One pass over the folder: every settled .eml, oldest first.</summary>
    public async Task CheckFolderAsync(string folder, CancellationToken cancellationToken)
    {
        var settledBefore = time.GetUtcNow() - options.Value.SettleTime;
        var files = new DirectoryInfo(folder).EnumerateFiles("*.eml", SearchOption.TopDirectoryOnly)
            .Where(f => f.LastWriteTimeUtc <= settledBefore.UtcDateTime)
            .OrderBy(f => f.LastWriteTimeUtc)
            .ToList();
        foreach (var file in files)
        {
            await TakeFileAsync(file, cancellationToken);
        }
    }

    private async Task TakeFileAsync(FileInfo file, CancellationToken cancellationToken)
    {
        IntakeOutcome outcome;
        try
        {
            if (file.Length > options.Value.MaxMessageBytes)
            {
                throw new UnreadableMessageException($"larger than Mailbox:MaxMessageBytes ({options.Value.MaxMessageBytes} bytes)");
            }

            IncomingMessage message;
            DeliveryReport? report;
            await using (var stream = file.OpenRead())
            {
                message = EmlMessageReader.Read(stream, new DateTimeOffset(file.LastWriteTimeUtc, TimeSpan.Zero), cancellationToken);
                stream.Position = 0;
                report = DeliveryReport.Read(stream, cancellationToken);
            }

            // A bounce marks a partner's address and is nothing else; replies to outreach are noted, then read as usual.
            outcome = await partnerMail.TakeAsync(message, report, cancellationToken) ? IntakeOutcome.NotReferral : await intake.TakeAsync(message, cancellationToken);
        }
        catch (UnreadableMessageException ex)
        {
            LogUnreadable(logger, FileFingerprint(file.Name), ex.Message);
            MoveTo(file, UnreadableFolder);
            return;
        }
        catch (FileNotFoundException)
        {
            return; // taken away between listing and reading
        }

        MoveTo(file, ProcessedFolder);
        if (outcome == IntakeOutcome.NewReferral)
        {
            cards.Nudge();
        }
    }

    private static void MoveTo(FileInfo file, string subfolder)
    {
        var target = Path.Combine(file.DirectoryName!, subfolder);
        Directory.CreateDirectory(target);
        var destination = Path.Combine(target, file.Name);
        for (var n = 1; File.Exists(destination); n++)
        {
            destination = Path.Combine(target, $"{Path.GetFileNameWithoutExtension(file.Name)}-{n}{file.Extension}");
        }

        file.MoveTo(destination);
    }

    [LoggerMessage(EventId = 2101, Level = LogLevel.Information, Message = "Watching the mailbox folder {Folder}")]
    private static partial void LogWatching(ILogger logger, string folder);

    /// <summary>
    /// The first 12 hex digits of the SHA-256 of a file name: enough for the IT person to match a log line to a file in
    /// <c>unreadable/</c> (<c>sha256sum</c> of the name), without putting the name, which may be a patient's, in the log.
    /// </summary>
    public static string FileFingerprint(string fileName) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(fileName)))[..12].ToLowerInvariant();

    [LoggerMessage(EventId = 2102, Level = LogLevel.Warning,
        Message = "Set aside an unreadable message file (name fingerprint {FileFingerprint}) in unreadable/: {Reason}")]
    private static partial void LogUnreadable(ILogger logger, string fileFingerprint, string reason);

    [LoggerMessage(EventId = 2103, Level = LogLevel.Error, Message = "A pass over the mailbox folder failed; the next pass retries")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);
}
