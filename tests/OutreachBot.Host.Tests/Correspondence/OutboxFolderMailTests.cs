using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using OutreachBot.Host.Correspondence;

namespace OutreachBot.Host.Tests.Correspondence;

public sealed class OutboxFolderMailTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "outbox-" + Guid.NewGuid().ToString("N"));
    private readonly OutboxFolderMail _mail;

    public OutboxFolderMailTests() =>
        _mail = new OutboxFolderMail(
            Options.Create(new CorrespondenceOptions { From = "intake@clinic.example", OutboxFolder = _folder }),
            new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 15, 0, 0, TimeSpan.Zero)));

    private static ReferrerLetter Letter(string purpose = "confirmation") =>
        new("R-0123456789", purpose, "dr.lee@peds.example", "Referral received", "Thank you for the referral.", "<abc@peds.example>");

    [Fact]
    public async Task SendOnce_WritesOneMessageInTheReferralsThread()
    {
        Assert.Equal(LetterOutcome.Sent, await _mail.SendOnceAsync(Letter(), CancellationToken.None));

        var file = Assert.Single(Directory.GetFiles(_folder));
        var message = await MimeMessage.LoadAsync(file, CancellationToken.None);
        Assert.Equal("dr.lee@peds.example", message.To.Mailboxes.Single().Address);
        Assert.Equal("intake@clinic.example", message.From.Mailboxes.Single().Address);
        Assert.Equal("abc@peds.example", message.InReplyTo);
        Assert.Equal("Thank you for the referral.", message.TextBody?.Trim());
    }

    [Fact]
    public async Task SendOnce_WhenRetried_SendsNothingTwice()
    {
        await _mail.SendOnceAsync(Letter(), CancellationToken.None);

        Assert.Equal(LetterOutcome.AlreadySent, await _mail.SendOnceAsync(Letter(), CancellationToken.None));
        Assert.Single(Directory.GetFiles(_folder));
    }

    [Fact]
    public async Task SendOnce_ForAnotherPurpose_SendsASecondLetter()
    {
        await _mail.SendOnceAsync(Letter(), CancellationToken.None);
        await _mail.SendOnceAsync(Letter("missing-info-1"), CancellationToken.None);

        Assert.Equal(2, Directory.GetFiles(_folder).Length);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
