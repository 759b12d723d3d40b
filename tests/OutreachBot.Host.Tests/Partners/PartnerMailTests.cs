using System.Text;
using Microsoft.Extensions.Time.Testing;
using OutreachBot.Clinic;
using OutreachBot.Clinic.Partners;
using OutreachBot.Host.Partners;
using OutreachBot.Mime;

namespace OutreachBot.Host.Tests.Partners;

/// <summary>Bounces and replies from the mailbox, on the directory in Azurite (run through ./test.sh).</summary>
public sealed class PartnerMailTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 15, 0, 0, TimeSpan.Zero);
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromMinutes(2));
    private readonly FakeTimeProvider _time = new(Now);
    private readonly PartnerInstance _bot;
    private Partner _partner = null!;

    public PartnerMailTests() => _bot = new PartnerInstance(_time);

    private CancellationToken Ct => _timeout.Token;

    public async Task InitializeAsync()
    {
        await _bot.StartAsync(Ct);
        _partner = await _bot.Directory.MatchOrAddAsync("Lakeview Hand Center", new PartnerPerson("Priya Shah", ReferrerRole.PhysicalTherapist, "PShah@lakeviewhand.example", null), PartnerSetting.OutpatientTherapy, "import", Ct);
        await _bot.Directory.MatchOrAddAsync("Lakeview Hand Center", new PartnerPerson("Front desk", null, "frontdesk@gmail.com", null), PartnerSetting.OutpatientTherapy, "import", Ct);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        _timeout.Dispose();
    }

    [Fact]
    public async Task DeliveryStatusReport_MarksTheAddressBounced_Once_AndIsNotAReferral()
    {
        var eml = DeliveryStatusReport("pshah@lakeviewhand.example", "failed");

        Assert.True(await TakeAsync(eml));
        Assert.True(await TakeAsync(eml));

        var partner = (await _bot.Directory.FindAsync(_partner.Id, Ct))!;
        var priya = partner.People.Single(p => p.Name == "Priya Shah");
        Assert.True(priya.EmailBounced);
        Assert.False(priya.CanEmail);
        Assert.True(partner.People.Single(p => p.Name == "Front desk").CanEmail);
        var bounce = Assert.Single(await _bot.Directory.HistoryAsync(_partner.Id, Ct), h => h.Kind == PartnerActivityKind.EmailBounced);
        Assert.Equal("pshah@lakeviewhand.example", bounce.Note);
    }

    [Fact]
    public async Task ExchangeUndeliverableNotice_WithoutAStatusPart_MarksTheAddressItNames()
    {
        var eml = "From: Microsoft Outlook <postmaster@clinic.example>\r\nTo: referrals@clinic.example\r\nSubject: Undeliverable: Our hand therapy intake packet\r\n" +
            "Message-ID: <ndr-2@clinic.example>\r\nDate: Fri, 20 Nov 2026 09:00:00 -0600\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
            "Your message to frontdesk@gmail.com couldn't be delivered.\r\nfrontdesk wasn't found at gmail.com.\r\n";

        Assert.True(await TakeAsync(eml));

        var partner = (await _bot.Directory.FindAsync(_partner.Id, Ct))!;
        Assert.False(partner.People.Single(p => p.Name == "Front desk").CanEmail);
        Assert.True(partner.People.Single(p => p.Name == "Priya Shah").CanEmail);
    }

    [Fact]
    public async Task DelayNotice_IsNotAReferral_ButMarksNothing()
    {
        Assert.True(await TakeAsync(DeliveryStatusReport("pshah@lakeviewhand.example", "delayed")));

        Assert.All((await _bot.Directory.FindAsync(_partner.Id, Ct))!.People, p => Assert.True(p.CanEmail));
    }

    [Fact]
    public async Task ReplyInTheThreadOfAnOutreachEmail_IsRecordedOnce_AndStillReadForReferrals()
    {
        await _bot.Directory.RecordAsync(new PartnerActivity(_partner.Id, PartnerActivityKind.FollowUpSent, Now.AddDays(-2), "Dana", "follow-up-1", ThreadKey: "<out-1@clinic.example>"), Ct);
        var reply = "From: Priya Shah <pshah@lakeviewhand.example>\r\nTo: dana@clinic.example\r\nSubject: RE: Hand therapy at our clinic\r\n" +
            "Message-ID: <reply-{0}@lakeviewhand.example>\r\nIn-Reply-To: <out-1@clinic.example>\r\nReferences: <out-1@clinic.example>\r\n" +
            "Date: Fri, 20 Nov 2026 09:00:00 -0600\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nThanks, the packet helps. We will send patients your way.\r\n";

        Assert.False(await TakeAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, reply, 1)));
        Assert.False(await TakeAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, reply, 2)));

        var replies = (await _bot.Directory.HistoryAsync(_partner.Id, Ct)).Where(h => h.Kind == PartnerActivityKind.ReplyReceived).ToList();
        Assert.Equal("out-1@clinic.example", Assert.Single(replies).ThreadKey);
        Assert.False(await TakeAsync(reply.Replace("out-1@", "unrelated@", StringComparison.Ordinal)));
    }

    [Fact]
    public void OrdinaryMessage_IsNoDeliveryReport()
    {
        var eml = "From: a@b.example\r\nTo: c@d.example\r\nSubject: Undeliverable: not from a mail server\r\nContent-Type: text/plain\r\n\r\nHello x@y.example\r\n";

        Assert.Null(DeliveryReport.Read(new MemoryStream(Encoding.UTF8.GetBytes(eml)), Ct));
    }

    private async Task<bool> TakeAsync(string eml)
    {
        var bytes = Encoding.UTF8.GetBytes(eml);
        var message = EmlMessageReader.Read(new MemoryStream(bytes), Now, Ct);
        var report = DeliveryReport.Read(new MemoryStream(bytes), Ct);
        return await _bot.Get<PartnerMail>().TakeAsync(message, report, Ct);
    }

    private static string DeliveryStatusReport(string recipient, string action) =>
        "From: Mail Delivery Subsystem <mailer-daemon@mx.clinic.example>\r\nTo: referrals@clinic.example\r\n" +
        "Subject: Delivery Status Notification (Failure)\r\nMessage-ID: <dsn-" + action + "@mx.clinic.example>\r\nDate: Fri, 20 Nov 2026 09:00:00 -0600\r\nMIME-Version: 1.0\r\n" +
        "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"\r\n\r\n" +
        "--b1\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\nThe message could not be delivered to one recipient.\r\n\r\n" +
        "--b1\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.clinic.example\r\nArrival-Date: Fri, 20 Nov 2026 08:59:00 -0600\r\n\r\n" +
        "Final-Recipient: rfc822; " + recipient + "\r\nAction: " + action + "\r\nStatus: 5.1.1\r\nDiagnostic-Code: smtp; 550 5.1.1 user unknown\r\n\r\n" +
        "--b1\r\nContent-Type: text/rfc822-headers\r\n\r\nFrom: referrals@clinic.example\r\nTo: " + recipient + "\r\nSubject: Our hand therapy intake packet\r\n\r\n--b1--\r\n";
}
