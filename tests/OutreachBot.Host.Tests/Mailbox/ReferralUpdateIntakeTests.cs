using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OutreachBot.Host.Mailbox;
using OutreachBot.Host.Pipeline;
using OutreachBot.Host.Storage;
using OutreachBot.Host.Tests.Infrastructure;
using OutreachBot.Mime;

namespace OutreachBot.Host.Tests.Mailbox;

/// <summary>
/// Replies and forwards that add to a referral in progress, through the real intake and detector against Azurite:
/// tied to the referral (headers first, then subject and participants), recorded in its history, its missing items
/// brought up to date, and no second referral.
/// </summary>
public sealed class ReferralUpdateIntakeTests : IAsyncLifetime, IDisposable
{
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromMinutes(1));
    private readonly ServiceProvider _services;
    private readonly MessageIntake _intake;
    private readonly PipelineTables _tables;
    private readonly ReferralStore _referrals;

    public ReferralUpdateIntakeTests()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = LocalStack.TablesConnectionString,
            ["Storage:TablePrefix"] = LocalStack.UniqueTablePrefix(),
            ["Mailbox:Folder"] = Path.GetTempPath(),
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 16, 0, 0, TimeSpan.Zero)));
        services.AddPipelineStorage();
        services.AddSingleton<ReferralStore>(); // registered by the triage services in the app
        services.AddMailboxIntake();
        _services = services.BuildServiceProvider();
        _intake = _services.GetRequiredService<MessageIntake>();
        _tables = _services.GetRequiredService<PipelineTables>();
        _referrals = _services.GetRequiredService<ReferralStore>();
    }

    private CancellationToken Ct => _timeout.Token;

    [Fact]
    public async Task Take_WhenAReplyBringsTheSignedOrder_RecordsItOnTheReferralAndCrossesTheOrderOff()
    {
        Assert.Equal(IntakeOutcome.NewReferral, await TakeAsync(Referral("ref-1@lakeportortho.example")));
        var before = Assert.Single(await ReferralsAsync());
        Assert.Contains("signed order", Missing(before));

        var outcome = await TakeAsync(OrderReply("reply-1@lakeportortho.example", inReplyTo: "ref-1@lakeportortho.example"));

        Assert.Equal(IntakeOutcome.ReferralUpdate, outcome);
        var after = Assert.Single(await ReferralsAsync());
        Assert.Equal(before.PartitionKey, after.PartitionKey);
        Assert.DoesNotContain("signed order", Missing(after));
        var update = Assert.Single(await HistoryAsync(after.PartitionKey), e => e.Kind == "UpdateReceived");
        Assert.Equal("update received: 1 document attached; filled: signed order", update.Detail);
    }

    [Fact]
    public async Task Take_WhenAForwardHasNoThreadHeaders_TiesItBySubjectAndSendersPractice()
    {
        await TakeAsync(Referral("ref-2@lakeportortho.example"));

        var outcome = await TakeAsync(OrderReply("reply-2@lakeportortho.example", inReplyTo: null));

        Assert.Equal(IntakeOutcome.ReferralUpdate, outcome);
        var referral = Assert.Single(await ReferralsAsync());
        Assert.Contains(await HistoryAsync(referral.PartitionKey), e => e.Kind == "UpdateReceived");
    }

    [Fact]
    public async Task Take_WhenAReplyAnswersTheUpdate_FindsTheReferralThroughTheUpdate()
    {
        await TakeAsync(Referral("ref-3@lakeportortho.example"));
        await TakeAsync(OrderReply("reply-3@lakeportortho.example", inReplyTo: "ref-3@lakeportortho.example"));

        // Only the update's Message-ID in the headers, as a mail client that trims References sends it.
        var outcome = await TakeAsync(OrderReply("reply-3b@lakeportortho.example", inReplyTo: "reply-3@lakeportortho.example", references: false));

        Assert.Equal(IntakeOutcome.ReferralUpdate, outcome);
        var referral = Assert.Single(await ReferralsAsync());
        Assert.Equal(2, (await HistoryAsync(referral.PartitionKey)).Count(e => e.Kind == "UpdateReceived"));
    }

    [Fact]
    public async Task Take_WhenAnUpdateMatchesNoReferralInProgress_MakesNoReferral()
    {
        var outcome = await TakeAsync(OrderReply("reply-4@lakeportortho.example", inReplyTo: "unknown@lakeportortho.example"));

        Assert.Equal(IntakeOutcome.ReferralUpdate, outcome);
        Assert.Empty(await ReferralsAsync());
    }

    [Fact]
    public async Task Take_WhenAReplyOnAnOldThreadRefersAnotherPatient_MakesANewReferral()
    {
        await TakeAsync(Referral("ref-5@lakeportortho.example"));

        var outcome = await TakeAsync(Referral("ref-5b@lakeportortho.example", patient: "Iris Calloway", dob: "07/22/1964", inReplyTo: "ref-5@lakeportortho.example"));

        Assert.Equal(IntakeOutcome.NewReferral, outcome);
        Assert.Equal(2, (await ReferralsAsync()).Count);
    }

    [Fact]
    public async Task Take_WhenTheOfficeForwardsTheProvidersReferralWithTheOrder_RecordsAnUpdateNotASecondReferral()
    {
        await TakeAsync(Referral("ref-6@lakeportortho.example"));

        var outcome = await TakeAsync(OfficeForward("fwd-6@lakeportortho.example", patient: "Wendell Pryce", dob: "05/09/1958"));

        Assert.Equal(IntakeOutcome.ReferralUpdate, outcome);
        var referral = Assert.Single(await ReferralsAsync());
        Assert.DoesNotContain("signed order", Missing(referral));
    }

    [Fact]
    public async Task Take_WhenAForwardOnTheSameSubjectNamesAnotherPatient_MakesANewReferral()
    {
        await TakeAsync(Referral("ref-7@lakeportortho.example"));

        var outcome = await TakeAsync(OfficeForward("fwd-7@lakeportortho.example", patient: "Iris Calloway", dob: "07/22/1964"));

        Assert.Equal(IntakeOutcome.NewReferral, outcome);
        Assert.Equal(2, (await ReferralsAsync()).Count);
    }

    public Task InitializeAsync() => _tables.EnsureCreatedAsync(Ct);

    public async Task DisposeAsync()
    {
        await _tables.Referrals.DeleteAsync(CancellationToken.None);
        await _tables.ProcessedMessages.DeleteAsync(CancellationToken.None);
        await _tables.ReferralThreads.DeleteAsync(CancellationToken.None);
        await _services.DisposeAsync();
    }

    public void Dispose() => _timeout.Dispose();

    private static string Referral(string messageId, string patient = "Wendell Pryce", string dob = "05/09/1958", string? inReplyTo = null) => $"""
        Message-ID: <{messageId}>
        {(inReplyTo is null ? "" : $"In-Reply-To: <{inReplyTo}>\r\nReferences: <{inReplyTo}>\r\n")}Date: Mon, 23 Nov 2026 09:00:00 -0600
        From: "Mara Quist, MD" <mquist@lakeportortho.example>
        To: intake@testclinic.example
        Subject: {(inReplyTo is null ? "" : "RE: ")}OT referral - hand therapy after trigger finger release
        MIME-Version: 1.0
        Content-Type: text/plain; charset=utf-8

        Hello,

        I am referring my patient {patient} (DOB {dob}) for hand therapy, evaluate and treat.
        Diagnosis: M65.331, right long finger trigger release 10 days ago; stiffness and scar tenderness.
        Patient phone (555) 610-4410. I will send the signed order separately.

        Mara Quist, MD
        Lakeport Orthopedics
        Phone (555) 610-2000 | Fax (555) 610-2001
        """.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal);

    private static string OrderReply(string messageId, string? inReplyTo, bool references = true) =>
        $"Message-ID: <{messageId}>\r\n"
        + (inReplyTo is null ? "" : $"In-Reply-To: <{inReplyTo}>\r\n" + (references ? $"References: <{inReplyTo}>\r\n" : ""))
        + "Date: Tue, 24 Nov 2026 08:30:00 -0600\r\n"
        + "From: \"Mara Quist, MD\" <mquist@lakeportortho.example>\r\n"
        + "To: intake@testclinic.example\r\n"
        + "Subject: RE: OT referral - hand therapy after trigger finger release\r\n"
        + "MIME-Version: 1.0\r\n"
        + "Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n"
        + "--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        + "Here is the signed order for occupational therapy.\r\n\r\nMara Quist, MD\r\nLakeport Orthopedics\r\n\r\n"
        + "-----Original Message-----\r\nFrom: Mara Quist, MD <mquist@lakeportortho.example>\r\nSent: Monday, November 23, 2026 9:00 AM\r\n"
        + "Subject: OT referral - hand therapy after trigger finger release\r\n\r\nI am referring my patient for hand therapy, evaluate and treat.\r\n"
        + "--b1\r\nContent-Type: application/pdf; name=\"OT_order_signed.pdf\"\r\nContent-Disposition: attachment; filename=\"OT_order_signed.pdf\"\r\n"
        + "Content-Transfer-Encoding: base64\r\n\r\n" + Convert.ToBase64String("%PDF-1.4 scanned order"u8.ToArray()) + "\r\n--b1--\r\n";

    // The practice's front desk forwards the provider's own e-mail with the signed order, without thread headers.
    private static string OfficeForward(string messageId, string patient, string dob)
    {
        var original = Referral("original@lakeportortho.example", patient, dob).Replace("\r\n", "\n", StringComparison.Ordinal);
        var body = original[(original.IndexOf("\n\n", StringComparison.Ordinal) + 2)..];
        return $"Message-ID: <{messageId}>\r\n"
            + "Date: Tue, 24 Nov 2026 08:30:00 -0600\r\n"
            + "From: Lakeport Orthopedics <frontdesk@lakeportortho.example>\r\n"
            + "To: intake@testclinic.example\r\n"
            + "Subject: Fwd: OT referral - hand therapy after trigger finger release\r\n"
            + "MIME-Version: 1.0\r\n"
            + "Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n"
            + "--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
            + "Attached is Dr. Quist's signed order to go with her email.\r\n\r\nLakeport front desk\r\n\r\n"
            + "---------- Forwarded message ---------\r\nFrom: Mara Quist, MD <mquist@lakeportortho.example>\r\nDate: Mon, Nov 23, 2026 at 9:00 AM\r\n"
            + "Subject: OT referral - hand therapy after trigger finger release\r\nTo: intake@testclinic.example\r\n\r\n"
            + body.Replace("\n", "\r\n", StringComparison.Ordinal) + "\r\n"
            + "--b1\r\nContent-Type: application/pdf; name=\"OT_order_signed.pdf\"\r\nContent-Disposition: attachment; filename=\"OT_order_signed.pdf\"\r\n"
            + "Content-Transfer-Encoding: base64\r\n\r\n" + Convert.ToBase64String("%PDF-1.4 scanned order"u8.ToArray()) + "\r\n--b1--\r\n";
    }

    private async Task<IntakeOutcome> TakeAsync(string eml)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(eml));
        var message = EmlMessageReader.Read(stream, DateTimeOffset.UnixEpoch, Ct);
        return await _intake.TakeAsync(message, Ct);
    }

    private static List<string> Missing(ReferralRow row) => JsonSerializer.Deserialize<List<string>>(row.MissingItemsJson) ?? [];

    private async Task<List<ReferralRow>> ReferralsAsync()
    {
        var rows = new List<ReferralRow>();
        await foreach (var row in _tables.Referrals.QueryAsync<ReferralRow>(TableClient.CreateQueryFilter($"RowKey ge {ReferralRow.RowKeyPrefix} and RowKey lt {ReferralRow.RowKeyPrefixEnd}"), cancellationToken: Ct))
        {
            rows.Add(row);
        }

        return rows;
    }

    private async Task<List<PipelineEventRow>> HistoryAsync(string referralId)
    {
        var rows = new List<PipelineEventRow>();
        await foreach (var row in _referrals.HistoryAsync(referralId, Ct))
        {
            rows.Add(row);
        }

        return rows;
    }
}
