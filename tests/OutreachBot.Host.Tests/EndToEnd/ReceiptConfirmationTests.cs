using System.Net;
using System.Net.Sockets;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using OutreachBot.Host.Correspondence;
using OutreachBot.Host.Pipeline;
using OutreachBot.Host.Tests.Infrastructure;

namespace OutreachBot.Host.Tests.EndToEnd;

/// <summary>The confirmation of receipt, on the real bot and Azurite: a new referral's referrer gets one letter, recorded.</summary>
public sealed class ReceiptConfirmationTests
{
    [Fact]
    public async Task NewReferral_WhenConfirmationsAreOn_ItsReferrerGetsOneConfirmation_RecordedAsAnEvent()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await using var bot = new OutreachBotApp(FreePort(), new Dictionary<string, string?>
        {
            ["Correspondence:Confirmation:Enabled"] = "true",
            ["Correspondence:Confirmation:PollInterval"] = "00:00:00.250",
            ["Clinic:FirstContactStandard"] = "2.00:00:00",
        });
        bot.StartServer();
        var messageId = $"confirm-{Guid.NewGuid():N}@northfieldortho.example";
        var referralId = TriageLetters.IdOf(messageId);
        var expected = TriageLetters.OutboxFile(bot.OutboxFolder, referralId, ReferrerLetters.ConfirmationPurpose);
        using var arrived = new LetterArrival(bot.OutboxFolder, expected);

        bot.DropMessage($"{messageId}.eml", TriageLetters.HandReferral(messageId, DateTimeOffset.UtcNow.AddMinutes(-5)));
        await arrived.WaitAsync(timeout.Token);

        // The letter is written whole before the event is recorded: wait for the event, then read it.
        var referrals = new TableClient(LocalStack.TablesConnectionString, bot.TablePrefix + "Referrals");
        var confirmations = bot.Services.GetRequiredService<ReceiptConfirmations>();
        while ((await referrals.GetEntityAsync<TableEntity>(referralId, ReferralRow.RowKeyFor(referralId), cancellationToken: timeout.Token)).Value.GetBoolean("ConfirmationPending") == true)
        {
            await confirmations.SendPendingAsync(timeout.Token);
        }

        var letter = await MimeMessage.LoadAsync(expected, timeout.Token);
        Assert.Equal("rdelgado@northfieldortho.example", letter.To.Mailboxes.Single().Address);
        Assert.Equal(messageId, letter.InReplyTo);
        Assert.Contains("within 48 hours", letter.TextBody, StringComparison.Ordinal);
        Assert.Contains("signed therapy order", letter.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("S62", letter.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("fracture", letter.TextBody, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Gregory", letter.TextBody, StringComparison.Ordinal);

        // A further round sends nothing.
        Assert.Equal(0, await confirmations.SendPendingAsync(timeout.Token));
        Assert.Single(TriageLetters.LettersAbout(bot.OutboxFolder, referralId));
        var events = new List<string?>();
        await foreach (var e in referrals.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {referralId} and RowKey gt {"event-"} and RowKey lt {"event."}"), cancellationToken: timeout.Token))
        {
            events.Add(e.GetString("Kind"));
        }

        Assert.Equal(["Received", "ConfirmationSent"], events);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Completes when a file appears at the path (watched, and checked once in case it is already there).</summary>
    private sealed class LetterArrival : IDisposable
    {
        private readonly FileSystemWatcher _watcher;
        private readonly TaskCompletionSource _seen = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly string _path;

        public LetterArrival(string folder, string path)
        {
            _path = path;
            _watcher = new FileSystemWatcher(folder, "*.eml") { EnableRaisingEvents = true };
            _watcher.Created += (_, e) => Check();
            _watcher.Changed += (_, e) => Check();
            _watcher.Renamed += (_, e) => Check();
        }

        public async Task WaitAsync(CancellationToken cancellationToken)
        {
            Check();
            await _seen.Task.WaitAsync(cancellationToken);
        }

        private void Check()
        {
            if (File.Exists(_path))
            {
                _seen.TrySetResult();
            }
        }

        public void Dispose() => _watcher.Dispose();
    }
}
