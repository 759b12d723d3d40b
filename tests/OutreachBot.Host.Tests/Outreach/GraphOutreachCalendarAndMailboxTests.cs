using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using OutreachBot.Clinic.Partners;
using OutreachBot.Clinic.Staff;
using OutreachBot.Host.Calendars;
using OutreachBot.Host.Mailbox;
using OutreachBot.Host.Mailbox.Graph;
using OutreachBot.Host.Outreach;
using OutreachBot.Host.Partners;
using OutreachBot.Host.Staff;
using OutreachBot.Host.Tests.Graph;
using OutreachBot.Host.Tests.Infrastructure;

namespace OutreachBot.Host.Tests.Outreach;

/// <summary>
/// Partner outreach in a tenant, through the real Graph SDK against the fake Graph server and Azurite (run through
/// ./test.sh): calls and visits booked in staff calendars, follow-up prompts from calendar events that mark a
/// partner, and what the Graph mailbox tells the directory (replies in an outreach email's thread, bounces).
/// </summary>
public sealed class GraphOutreachCalendarAndMailboxTests : IAsyncLifetime
{
    private const string Helen = "helen@harborlight-ot.example";
    private const string Marcus = "marcus@harborlight-ot.example";
    private static readonly StaffIdentity MarcusStaff = new(new StaffMember(OutreachInstance.Clinician, "Marcus Oyelaran"), StaffRoles.Clinician, null);
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromMinutes(2));
    private OutreachTestBed _bed = null!;

    private CancellationToken Ct => _timeout.Token;

    public async Task InitializeAsync()
    {
        _bed = new OutreachTestBed(At("2026-08-03T15:00:00Z"), new Dictionary<string, string?> { [$"Outreach:Mailboxes:{OutreachInstance.Lead}"] = Helen, [$"Outreach:Mailboxes:{OutreachInstance.Clinician}"] = Marcus }, await FakeGraphServer.StartAsync(Ct));
        var first = Instance();
        await first.StartStorageAsync(Ct);
        await first.MeetAsync(OutreachInstance.Lead, Ct);
        await first.MeetAsync(OutreachInstance.Clinician, Ct);
    }

    public async Task DisposeAsync()
    {
        await _bed.DisposeAsync();
        _timeout.Dispose();
    }

    [Fact]
    public async Task ScheduledVisit_IsOneGraphEventWithTheCategoryAndThePartnerAttending_AndWhenItEnds_TheFollowUpPromptSendsOnceWithTheIntakePacket()
    {
        var instance = Instance();
        var partner = await instance.AddAsync(TestPartners.School(), Ct);
        var actions = instance.Get<OutreachActions>();
        var click = new JsonObject { ["partnerId"] = partner.Id, ["item"] = "0", ["date-0"] = "2026-08-05", ["time-0"] = "10:00", ["how-0"] = "Visit" };

        var scheduled = await actions.RunAsync(OutreachPlanCard.ScheduleVerb, click, MarcusStaff, Ct);
        await Instance().Get<OutreachActions>().RunAsync(OutreachPlanCard.ScheduleVerb, click, MarcusStaff, Ct);

        Assert.Contains("Visit with Maplewood School District is in your calendar for Wednesday 5 August, 10:00 AM", scheduled.Message, StringComparison.Ordinal);
        var calendar = _bed.Graph.Calendar(Marcus);
        Assert.Equal(1, calendar.EventPosts);
        var posted = Assert.Single(calendar.Events).Value;
        Assert.Equal("Visit: Maplewood School District", FakeGraphServer.Property(posted, "subject")?.GetString());
        Assert.Equal(["Partner outreach"], FakeGraphServer.Property(posted, "categories")!.Value.EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("2026-08-05T15:00:00", FakeGraphServer.Property(FakeGraphServer.Property(posted, "start")!.Value, "dateTime")?.GetString());
        Assert.Contains((GraphClinicianCalendars.PartnerPropertyId, partner.Id), FakeGraphServer.ExtendedProperties(posted));
        Assert.Single(await instance.Partners.HistoryAsync(partner.Id, Ct), h => h.Kind == PartnerActivityKind.CallOrVisitScheduled);

        var prompts = instance.Get<AfterContactPrompts>();
        Assert.Equal(0, await prompts.CheckOnceAsync(Ct)); // not ended yet
        _bed.Time.SetUtcNow(At("2026-08-05T16:05:00Z")); // 11:05 CDT: the visit ended at 11:00
        Assert.Equal(1, await prompts.CheckOnceAsync(Ct));
        Assert.Equal(0, await Instance().Get<AfterContactPrompts>().CheckOnceAsync(Ct));

        var (conversation, _, activity) = Assert.Single(_bed.Connector.Sent);
        Assert.Equal($"a:chat-{OutreachInstance.Clinician}", conversation);
        var card = Assert.IsType<JsonObject>(Assert.Single(activity.Attachments!).Content);
        CardSchema.AssertValid(card);
        Assert.Contains("Follow up with Maplewood School District", card.ToJsonString(), StringComparison.Ordinal);
        var send = card["actions"]![0]!["data"]!.AsObject();

        _bed.Graph.LoseSendAnswers(1);
        var first = await actions.RunAsync(AfterContactCard.SendVerb, send, MarcusStaff, Ct);
        var again = await Instance().Get<OutreachActions>().RunAsync(AfterContactCard.SendVerb, send, MarcusStaff, Ct);

        Assert.StartsWith("Sent to jpike@maplewood.k12.example", first.Message, StringComparison.Ordinal);
        Assert.StartsWith("Already done", again.Message, StringComparison.Ordinal);
        var email = Assert.Single(_bed.Graph.MessagesMadeIn(Marcus));
        Assert.True(email.Sent);
        Assert.Equal(["harborlight-ot-school-intake-packet.html"], email.Attachments!.Select(a => a.Name));
        Assert.Contains("I will check in again around Friday 4 September", email.Comment!, StringComparison.Ordinal);
        Assert.Equal(1, _bed.Graph.MessagesSent);
        var followUp = Assert.Single(await instance.Partners.HistoryAsync(partner.Id, Ct), h => h.Kind == PartnerActivityKind.FollowUpSent);
        Assert.Equal(email.InternetMessageId, followUp.ThreadKey);
    }

    [Fact]
    public async Task OutlookEvents_WithAPartnerAttendingOrInTheOutreachCategoryNamingAPartner_PromptAFollowUp_AndOthersDoNot()
    {
        var instance = Instance();
        await instance.AddAsync(TestPartners.Ortho(), Ct);
        await instance.AddAsync(TestPartners.School(), Ct);
        var calendar = _bed.Graph.Calendar(Helen);
        calendar.AddFromOutlook("Lunch and learn", At("2026-08-03T17:00:00Z"), At("2026-08-03T18:00:00Z"), [], ["KOsei@northfieldortho.example"]);
        calendar.AddFromOutlook("Visit: Maplewood School District", At("2026-08-03T14:00:00Z"), At("2026-08-03T15:00:00Z"), ["Partner outreach"], []);
        calendar.AddFromOutlook("Maplewood School District board (public)", At("2026-08-03T15:00:00Z"), At("2026-08-03T16:00:00Z"), [], []);
        calendar.AddFromOutlook("Dentist", At("2026-08-03T16:00:00Z"), At("2026-08-03T16:30:00Z"), [], ["front@dentist.example"]);
        calendar.AddFromOutlook("Cancelled call", At("2026-08-03T12:00:00Z"), At("2026-08-03T12:30:00Z"), ["Something else"], ["someone@elsewhere.example"]);
        _bed.Time.SetUtcNow(At("2026-08-03T19:00:00Z"));

        Assert.Equal(2, await instance.Get<AfterContactPrompts>().CheckOnceAsync(Ct));

        var cards = _bed.Connector.Sent.Select(s => Assert.IsType<JsonObject>(Assert.Single(s.Activity.Attachments!).Content)).ToList();
        Assert.All(_bed.Connector.Sent, s => Assert.Equal($"a:chat-{OutreachInstance.Lead}", s.ConversationId));
        Assert.All(cards, CardSchema.AssertValid);
        Assert.Equal(
            ["Follow up with Maplewood School District", "Follow up with Northfield Orthopedics"],
            cards.Select(c => c["body"]![0]!["text"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.Contains(cards, c => c.ToJsonString().Contains("kosei@northfieldortho.example", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AReplyInTheThreadOfAnOutreachEmail_ReadFromTheGraphMailbox_CountsTowardTheResponseRate()
    {
        var settings = new Dictionary<string, string?> { ["Outreach:SendFrom"] = "Shared", ["Outreach:SharedMailbox"] = OutreachInstance.GraphMailbox };
        var instance = Instance(settings);
        var partner = await instance.AddAsync(TestPartners.School(), Ct);
        var sent = await instance.Get<PartnerEmails>().SendAsync(
            new PartnerEmailRequest(partner.Id, OutreachEmailPurpose.ReachOut, "plan:2026-08:" + partner.Id + ":ReachOut", MarcusStaff.Member), Ct);
        Assert.Equal(PartnerEmailOutcome.Sent, sent.Outcome);
        Assert.Equal(sent.MessageId, Assert.Single(_bed.Graph.MessagesMadeIn(OutreachInstance.GraphMailbox)).InternetMessageId);

        _bed.Time.Advance(TimeSpan.FromDays(2));
        var inbox = _bed.Graph.Folder(OutreachInstance.GraphMailbox, "inbox");
        inbox.Add(Message("AAMkReplyFromJordanPike000001=", "reply-1@maplewood.k12.example", "jpike@maplewood.k12.example", _bed.Time.GetUtcNow(),
            $"Subject: RE: How to refer\r\nIn-Reply-To: {sent.MessageId}\r\nReferences: {sent.MessageId}\r\n", "Thanks, the packet is useful. We will send students your way."));
        await instance.Get<GraphMailSync>().SyncFolderAsync(OutreachInstance.GraphMailbox, "inbox", Ct);
        await instance.Get<GraphMailSync>().SyncFolderAsync(OutreachInstance.GraphMailbox, "inbox", Ct);

        var reply = Assert.Single(await instance.Partners.HistoryAsync(partner.Id, Ct), h => h.Kind == PartnerActivityKind.ReplyReceived);
        Assert.Equal(sent.MessageId!.Trim('<', '>'), reply.ThreadKey);
        var measured = Assert.Single(await instance.Get<PartnerMeasures>().AllAsync(Ct), r => r.PartnerId == partner.Id);
        Assert.Equal((1, 1, 1.0), (measured.EmailsSent, measured.EmailsAnswered, measured.ResponseRate));
    }

    [Fact]
    public async Task Bounces_ReadFromTheGraphMailbox_MarkTheAddresses_AreInTheLedgerSoAResyncSkipsThem_AndNothingIsSentToThemAgain()
    {
        var instance = Instance();
        var school = await instance.AddAsync(TestPartners.School(), Ct);
        var ortho = await instance.AddAsync(TestPartners.Ortho(), Ct); // its first contact had bounced before; Kim Osei is the last
        var inbox = _bed.Graph.Folder(OutreachInstance.GraphMailbox, "inbox");
        inbox.Add(new FakeGraphMessage("AAMkDeliveryStatusReport000001=", "dsn-1@mx.harborlight-ot.example", "Delivery Status Notification (Failure)",
            "mailer-daemon@mx.harborlight-ot.example", _bed.Time.GetUtcNow(), Encoding.UTF8.GetBytes(DeliveryStatusReport("jpike@maplewood.k12.example"))));
        inbox.Add(Message("AAMkExchangeUndeliverable0001=", "ndr-1@harborlight-ot.example", "postmaster@harborlight-ot.example", _bed.Time.GetUtcNow(),
            "Subject: Undeliverable: Harborlight OT: news for our referral partners\r\n",
            "Your message to kosei@northfieldortho.example couldn't be delivered. kosei wasn't found at northfieldortho.example."));

        var first = await instance.Get<GraphMailSync>().SyncFolderAsync(OutreachInstance.GraphMailbox, "inbox", Ct);
        _bed.Graph.ExpireDeltaTokens();
        var resync = await Instance().Get<GraphMailSync>().SyncFolderAsync(OutreachInstance.GraphMailbox, "inbox", Ct);

        Assert.Equal((2, 0, true), (first.Fetched, resync.Fetched, resync.Resynced));
        Assert.True(await instance.Get<ProcessedMessages>().ContainsAsync("dsn-1@mx.harborlight-ot.example", Ct));
        Assert.True(await instance.Get<ProcessedMessages>().ContainsAsync("ndr-1@harborlight-ot.example", Ct));
        Assert.True((await instance.Partners.FindAsync(school.Id, Ct))!.People.Single().EmailBounced);
        Assert.All((await instance.Partners.FindAsync(ortho.Id, Ct))!.People, p => Assert.True(p.EmailBounced));
        Assert.Single(await instance.Partners.HistoryAsync(school.Id, Ct), h => h.Kind == PartnerActivityKind.EmailBounced);
        Assert.Single(await instance.Partners.HistoryAsync(ortho.Id, Ct), h => h.Kind == PartnerActivityKind.EmailBounced);

        var emails = instance.Get<PartnerEmails>();
        var toSchool = await emails.SendAsync(new PartnerEmailRequest(school.Id, OutreachEmailPurpose.FollowUp, "plan:2026-08:school", MarcusStaff.Member), Ct);
        var toOrtho = await emails.SendAsync(new PartnerEmailRequest(ortho.Id, OutreachEmailPurpose.Update, "update:2026-08:ortho", null), Ct);

        Assert.Equal((PartnerEmailOutcome.NoAddress, PartnerEmailOutcome.NoAddress), (toSchool.Outcome, toOrtho.Outcome));
        Assert.Empty(_bed.Graph.Drafts);
        Assert.False(_bed.Graph.Counters.Other.ContainsKey("POST messages"));
    }

    private static FakeGraphMessage Message(string id, string messageId, string from, DateTimeOffset at, string headers, string text) =>
        new(id, messageId, headers.Split("\r\n")[0]["Subject: ".Length..], from, at, Encoding.UTF8.GetBytes(
            $"From: {from}\r\nTo: {OutreachInstance.GraphMailbox}\r\nMessage-ID: <{messageId}>\r\nDate: {at.ToString("r", CultureInfo.InvariantCulture)}\r\n" +
            headers + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + text + "\r\n"));

    private static string DeliveryStatusReport(string recipient) =>
        $"From: Mail Delivery Subsystem <mailer-daemon@mx.harborlight-ot.example>\r\nTo: {OutreachInstance.GraphMailbox}\r\n" +
        "Subject: Delivery Status Notification (Failure)\r\nMessage-ID: <dsn-1@mx.harborlight-ot.example>\r\nDate: Mon, 03 Aug 2026 10:00:00 -0500\r\nMIME-Version: 1.0\r\n" +
        "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"\r\n\r\n" +
        "--b1\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\nThe message could not be delivered to one recipient.\r\n\r\n" +
        "--b1\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.harborlight-ot.example\r\n\r\n" +
        $"Final-Recipient: rfc822; {recipient}\r\nAction: failed\r\nStatus: 5.1.1\r\nDiagnostic-Code: smtp; 550 5.1.1 user unknown\r\n\r\n" +
        $"--b1\r\nContent-Type: text/rfc822-headers\r\n\r\nFrom: {OutreachInstance.GraphMailbox}\r\nTo: {recipient}\r\nSubject: How to refer\r\n\r\n--b1--\r\n";

    private OutreachInstance Instance(Dictionary<string, string?>? settings = null) => _bed.Instance(settings);

    private static DateTimeOffset At(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
}
