using System.Collections.Concurrent;
using Azure.Data.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using OutreachBot.Host.Mailbox;
using OutreachBot.Host.Pipeline;
using OutreachBot.Host.Staff;
using OutreachBot.Host.Storage;
using OutreachBot.Host.Tests.Infrastructure;
using OutreachBot.Host.Triage;
using OutreachBot.Protocol.Activities;
using OutreachBot.Protocol.Connector;

namespace OutreachBot.Host.Tests.Mailbox;

/// <summary>
/// One pass of the mailbox watcher at a time (no timers), over a temp folder and Azurite, with the services wired by
/// the app's own extensions. Time is fake: "settled" is decided by the files' write times against it.
/// </summary>
public sealed class MailboxWatcherTests : IAsyncLifetime, IDisposable
{
    private const int MaxMessageBytes = 8 * 1024;
    private static readonly TimeSpan SettleTime = TimeSpan.FromSeconds(5);

    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromMinutes(1));
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 16, 0, 0, TimeSpan.Zero));
    private readonly CapturedLogs _logs = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("outreachbot-watcher-").FullName;
    private readonly ServiceProvider _services;
    private readonly MailboxWatcher _watcher;
    private readonly PipelineTables _tables;
    private readonly ProcessedMessages _ledger;
    private int _written;

    public MailboxWatcherTests()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = LocalStack.TablesConnectionString,
            ["Storage:TablePrefix"] = LocalStack.UniqueTablePrefix(),
            ["Mailbox:Folder"] = _folder,
            ["Mailbox:SettleTime"] = SettleTime.ToString(),
            ["Mailbox:MaxMessageBytes"] = MaxMessageBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Clinic:Name"] = "Test Clinic",
            ["Clinic:TimeZone"] = "America/Chicago",
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(_logs));
        services.AddSingleton<TimeProvider>(_time);
        services.AddSingleton<IConnectorClient, NoConnector>(); // the card poster is nudged but never started here
        services.AddPipelineStorage();
        services.AddClinicStaff(); // triage cards offer the clinicians of a pathway
        services.AddTriage();
        services.AddMailboxIntake();
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        _watcher = _services.GetServices<IHostedService>().OfType<MailboxWatcher>().Single();
        _tables = _services.GetRequiredService<PipelineTables>();
        _ledger = _services.GetRequiredService<ProcessedMessages>();
    }

    private CancellationToken Ct => _timeout.Token;

    [Fact]
    public async Task CheckFolder_WhenAReferralArrives_AddsOneReferralAndMovesTheFileToProcessed()
    {
        Drop("referral.eml", TestMessages.HandReferral("hand-1@northfieldortho.example"));

        await _watcher.CheckFolderAsync(_folder, Ct);

        var referral = Assert.Single(await ReferralsAsync());
        Assert.Equal("G.H.", referral.PatientInitials);
        Assert.Equal(["processed/referral.eml"], FilesLeft());
        Assert.True(await _ledger.ContainsAsync("hand-1@northfieldortho.example", Ct));
    }

    [Fact]
    public async Task CheckFolder_WhenTheSameMessageArrivesAgainUnderAnotherName_AddsNothingAndMovesIt()
    {
        Drop("first.eml", TestMessages.HandReferral("hand-2@northfieldortho.example"));
        await _watcher.CheckFolderAsync(_folder, Ct);
        var first = Assert.Single(await ReferralsAsync());

        Drop("exported-again.eml", TestMessages.HandReferral("hand-2@northfieldortho.example"));
        await _watcher.CheckFolderAsync(_folder, Ct);

        Assert.Equal(first.PartitionKey, Assert.Single(await ReferralsAsync()).PartitionKey);
        Assert.True(await _ledger.ContainsAsync("hand-2@northfieldortho.example", Ct));
        Assert.Equal(["processed/exported-again.eml", "processed/first.eml"], FilesLeft());
    }

    [Fact]
    public async Task CheckFolder_WhenGarbageAndEmptyFilesComeFirst_SetsThemAsideAndStillTakesTheGoodOne()
    {
        Drop("garbage.eml", [.. Enumerable.Range(0, 3000).Select(i => (byte)((i * 37) % 256))]);
        Drop("empty.eml", []);
        Drop("good.eml", TestMessages.HandReferral("hand-3@northfieldortho.example"));

        await _watcher.CheckFolderAsync(_folder, Ct);

        Assert.Single(await ReferralsAsync());
        Assert.Equal(["processed/good.eml", "unreadable/empty.eml", "unreadable/garbage.eml"], FilesLeft());
        Assert.Equal(2, _logs.Entries.Count(e => e.Level == LogLevel.Warning && e.Message.Contains("unreadable", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task CheckFolder_WhenAFileNamedAfterThePatientIsUnreadable_LogsOnlyAFingerprintOfTheName()
    {
        Drop("Referral - Jordan Alvarez.eml", []);

        await _watcher.CheckFolderAsync(_folder, Ct);

        Assert.Equal(["unreadable/Referral - Jordan Alvarez.eml"], FilesLeft());
        var warning = Assert.Single(_logs.Entries, e => e.Level == LogLevel.Warning);
        Assert.DoesNotContain("Alvarez", warning.Message, StringComparison.Ordinal);
        Assert.Contains(MailboxWatcher.FileFingerprint("Referral - Jordan Alvarez.eml"), warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckFolder_WhenAFileIsLargerThanMaxMessageBytes_SetsItAsideUnread()
    {
        var padded = TestMessages.HandReferral("hand-4@northfieldortho.example") + new string('x', MaxMessageBytes);
        Drop("huge.eml", padded);

        await _watcher.CheckFolderAsync(_folder, Ct);

        Assert.Empty(await ReferralsAsync());
        Assert.False(await _ledger.ContainsAsync("hand-4@northfieldortho.example", Ct));
        Assert.Equal(["unreadable/huge.eml"], FilesLeft());
    }

    [Fact]
    public async Task CheckFolder_WhenNotAReferral_RecordsItInTheLedgerOnly()
    {
        Drop("newsletter.eml", TestMessages.Newsletter("news-1@therapysupply.example"));

        await _watcher.CheckFolderAsync(_folder, Ct);

        Assert.Empty(await ReferralsAsync());
        var entry = Assert.Single(await LedgerAsync());
        Assert.Equal(nameof(IntakeOutcome.NotReferral), entry.GetString("Outcome"));
        Assert.Null(entry.GetString("ReferralId"));
        Assert.True(await _ledger.ContainsAsync("news-1@therapysupply.example", Ct));
        Assert.Equal(["processed/newsletter.eml"], FilesLeft());
    }

    [Fact]
    public async Task CheckFolder_WhenAFileIsStillBeingWritten_LeavesItForTheNextPass()
    {
        var path = Drop("arriving.eml", TestMessages.HandReferral("hand-5@northfieldortho.example"));
        File.SetLastWriteTimeUtc(path, (_time.GetUtcNow() - SettleTime + TimeSpan.FromSeconds(1)).UtcDateTime);

        await _watcher.CheckFolderAsync(_folder, Ct);

        Assert.Empty(await ReferralsAsync());
        Assert.Equal(["arriving.eml"], FilesLeft());

        _time.Advance(TimeSpan.FromSeconds(1));
        await _watcher.CheckFolderAsync(_folder, Ct);

        Assert.Single(await ReferralsAsync());
        Assert.Equal(["processed/arriving.eml"], FilesLeft());
    }

    [Fact]
    public async Task CheckFolder_NeverLogsThePatientOrTheMessageBody()
    {
        Drop("garbage.eml", "Gregory Hale DOB 03/14/1971 distal radius fracture\r\n\r\n"u8.ToArray());
        Drop("referral.eml", TestMessages.HandReferral("hand-6@northfieldortho.example"));
        Drop("again.eml", TestMessages.HandReferral("hand-6@northfieldortho.example"));
        Drop("newsletter.eml", TestMessages.Newsletter("news-2@therapysupply.example"));
        Drop("huge.eml", TestMessages.HandReferral("hand-7@northfieldortho.example") + new string('x', MaxMessageBytes));

        await _watcher.CheckFolderAsync(_folder, Ct);

        var referralId = Assert.Single(await ReferralsAsync()).PartitionKey;
        Assert.Contains(_logs.Entries, e => e.Message.Contains(referralId, StringComparison.Ordinal)); // ids are logged
        var everything = string.Join("\n", _logs.Entries.Select(e => e.ToString()));
        foreach (var patientData in new[] { "Gregory", "Hale", "1971", "410-2233", "distal radius", "grip strength", "therapy putty" })
        {
            Assert.DoesNotContain(patientData, everything, StringComparison.OrdinalIgnoreCase);
        }
    }

    public Task InitializeAsync() => _tables.EnsureCreatedAsync(Ct);

    public async Task DisposeAsync()
    {
        await _tables.Referrals.DeleteAsync(CancellationToken.None);
        await _tables.ProcessedMessages.DeleteAsync(CancellationToken.None);
        await _tables.Settings.DeleteAsync(CancellationToken.None);
        await _services.DisposeAsync();
    }

    public void Dispose()
    {
        _timeout.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    // Written elsewhere and moved in, as a mail export does; each file a second newer than the last, all settled.
    private string Drop(string fileName, string eml) => Drop(fileName, System.Text.Encoding.UTF8.GetBytes(eml));

    private string Drop(string fileName, byte[] content)
    {
        var staging = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".tmp");
        File.WriteAllBytes(staging, content);
        var target = Path.Combine(_folder, fileName);
        File.Move(staging, target);
        File.SetLastWriteTimeUtc(target, (_time.GetUtcNow() - TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(++_written)).UtcDateTime);
        return target;
    }

    private List<string> FilesLeft() =>
    [
        .. Directory.EnumerateFiles(_folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_folder, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal),
    ];

    private async Task<List<ReferralRow>> ReferralsAsync()
    {
        var rows = new List<ReferralRow>();
        await foreach (var row in _tables.Referrals.QueryAsync<ReferralRow>(TableClient.CreateQueryFilter($"RowKey ge {ReferralRow.RowKeyPrefix} and RowKey lt {ReferralRow.RowKeyPrefixEnd}"), cancellationToken: Ct))
        {
            rows.Add(row);
        }

        return rows;
    }

    private async Task<List<TableEntity>> LedgerAsync()
    {
        var rows = new List<TableEntity>();
        await foreach (var row in _tables.ProcessedMessages.QueryAsync<TableEntity>(cancellationToken: Ct))
        {
            rows.Add(row);
        }

        return rows;
    }

    private sealed record LogEntry(string Category, LogLevel Level, string Message, string? Exception, string State)
    {
        public override string ToString() => $"{Category} {Level} {Message} {State} {Exception}";
    }

    /// <summary>Every log line, its structured values, scopes and exception, as text.</summary>
    private sealed class CapturedLogs : ILoggerProvider
    {
        public ConcurrentQueue<LogEntry> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, Entries);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<LogEntry> entries) : ILogger
        {
            public IDisposable BeginScope<TState>(TState state)
                where TState : notnull
            {
                entries.Enqueue(new LogEntry(category, LogLevel.None, "scope", null, Describe(state)));
                return NoScope.Instance;
            }

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                entries.Enqueue(new LogEntry(category, logLevel, formatter(state, exception), exception?.ToString(), Describe(state)));

            private static string Describe(object? state) => state is IEnumerable<KeyValuePair<string, object?>> values
                ? string.Join(", ", values.Select(v => $"{v.Key}={v.Value}"))
                : state?.ToString() ?? string.Empty;
        }

        private sealed class NoScope : IDisposable
        {
            public static readonly NoScope Instance = new();

            public void Dispose()
            {
            }
        }
    }

    private sealed class NoConnector : IConnectorClient
    {
        public Task<string?> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
            throw new NotSupportedException("No card is posted in these tests.");

        public Task<string?> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
            throw new NotSupportedException("No card is posted in these tests.");

        public Task UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
            throw new NotSupportedException("No card is posted in these tests.");

        public Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
            throw new NotSupportedException("No card is posted in these tests.");

        public Task<PagedMembersResult> GetPagedMembersAsync(string serviceUrl, string conversationId, int? pageSize, string? continuationToken, CancellationToken cancellationToken) =>
            throw new NotSupportedException("No members are read in these tests.");

        public Task<ChannelAccount?> GetMemberAsync(string serviceUrl, string conversationId, string memberId, CancellationToken cancellationToken) =>
            throw new NotSupportedException("No members are read in these tests.");

        public Task<IReadOnlyList<TeamChannel>> GetTeamChannelsAsync(string serviceUrl, string teamId, CancellationToken cancellationToken) =>
            throw new NotSupportedException("No channels are read in these tests.");
    }
}
