using System.Globalization;
using System.Text.Json.Nodes;
using MimeKit;
using OutreachBot.Clinic.Partners;
using OutreachBot.Clinic.Staff;
using OutreachBot.Host.Calendars;
using OutreachBot.Host.Outreach;
using OutreachBot.Host.Staff;
using OutreachBot.Host.Tests.Infrastructure;

namespace OutreachBot.Host.Tests.Outreach;

/// <summary>
/// The monthly plan post, partner updates and follow-up prompts on Azurite with the table partner directory, .ics
/// calendars and the outbox, on a fake clock, with two instances where it matters (run through ./test.sh).
/// </summary>
public sealed class OutreachRhythmTests : IAsyncLifetime
{
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromMinutes(2));
    private readonly OutreachTestBed _bed = new(At("2026-07-31T15:00:00Z"));

    private CancellationToken Ct => _timeout.Token;

    public async Task InitializeAsync()
    {
        var first = Instance();
        await first.StartStorageAsync(Ct);
        await first.MeetAsync(OutreachInstance.Lead, Ct);
        await first.MeetAsync(OutreachInstance.Clinician, Ct, "Marcus Oyelaran");
    }

    public async Task DisposeAsync()
    {
        await _bed.DisposeAsync();
        _timeout.Dispose();
    }

    [Fact]
    public async Task MonthlyPlan_GoesToTheLeadOnceAtOpeningOnTheFirstBusinessDay_AcrossTwoInstancesAndARestart()
    {
        var (a, b) = (Instance(), Instance());
        await a.AddAsync(TestPartners.School(), Ct);

        _bed.Time.SetUtcNow(At("2026-08-03T12:59:00Z")); // Mon 3 Aug 07:59 CDT (Sat 1 Aug is no business day)
        Assert.Equal(0, await a.Get<MonthlyOutreachPlanPost>().PostIfDueAsync(Ct) + await b.Get<MonthlyOutreachPlanPost>().PostIfDueAsync(Ct));
        _bed.Time.Advance(TimeSpan.FromMinutes(1));
        var sent = await Task.WhenAll(a.Get<MonthlyOutreachPlanPost>().PostIfDueAsync(Ct), b.Get<MonthlyOutreachPlanPost>().PostIfDueAsync(Ct));
        _bed.Time.Advance(TimeSpan.FromDays(3));
        var afterRestart = await Instance().Get<MonthlyOutreachPlanPost>().PostIfDueAsync(Ct);

        Assert.Equal((1, 0), (sent.Sum(), afterRestart));
        var (conversation, _, activity) = Assert.Single(_bed.Connector.Sent);
        Assert.Equal($"a:chat-{OutreachInstance.Lead}", conversation);
        var card = Assert.IsType<JsonObject>(Assert.Single(activity.Attachments!).Content);
        CardSchema.AssertValid(card);
        Assert.Contains("Outreach plan for August 2026", card.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("Maplewood School District", card.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("School term starts on Thu 20 Aug 2026", card.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MonthlyUpdates_AnOptedOutPartnerGetsNothing_AnOptedInPartnerGetsOneEmailAfterTwoRuns()
    {
        var (a, b) = (Instance(), Instance());
        var optedIn = await a.AddAsync(TestPartners.Ortho(optedIn: true), Ct);
        var optedOut = await a.AddAsync(TestPartners.School(optedIn: false), Ct);
        _bed.Time.SetUtcNow(At("2026-09-01T13:00:00Z")); // Tue 1 Sep, 08:00 CDT

        var first = await a.Get<MonthlyPartnerUpdates>().SendIfDueAsync(Ct);
        var second = await b.Get<MonthlyPartnerUpdates>().SendIfDueAsync(Ct);

        Assert.Equal((1, 0), (first, second));
        var message = await MimeMessage.LoadAsync(Assert.Single(Directory.GetFiles(_bed.OutreachOutbox)), Ct);
        Assert.Equal(["kosei@northfieldortho.example"], message.To.Mailboxes.Select(m => m.Address)); // the bounced address skipped
        Assert.Contains("September 2026", message.Subject, StringComparison.Ordinal);
        Assert.EndsWith("Kind regards,\nThe referrals team\nHarborlight OT", message.TextBody!.ReplaceLineEndings("\n").TrimEnd(), StringComparison.Ordinal); // the clinic signs once
        var history = await a.Partners.HistoryAsync(optedIn.Id, Ct);
        Assert.Single(history, h => h.Kind == PartnerActivityKind.UpdateSent);
        Assert.DoesNotContain(await a.Partners.HistoryAsync(optedOut.Id, Ct), h => h.Kind == PartnerActivityKind.UpdateSent);

        // A new month is a new update.
        _bed.Time.SetUtcNow(At("2026-10-01T13:00:00Z"));
        Assert.Equal(1, await b.Get<MonthlyPartnerUpdates>().SendIfDueAsync(Ct));
        Assert.Equal(2, Directory.GetFiles(_bed.OutreachOutbox).Length);
    }

    [Fact]
    public async Task ScheduledCall_WhenItEnds_PromptsTheStaffMemberOnce_AndOneClickSendsTheFollowUpOnceWithTheIntakePacket()
    {
        var instance = Instance();
        var partner = await instance.AddAsync(TestPartners.School(), Ct);
        _bed.Time.SetUtcNow(At("2026-08-03T15:00:00Z"));
        var marcus = new StaffIdentity(new StaffMember(OutreachInstance.Clinician, "Marcus Oyelaran"), StaffRoles.Clinician, null);
        var actions = instance.Get<OutreachActions>();

        var scheduled = await actions.RunAsync(OutreachPlanCard.ScheduleVerb, new JsonObject
        {
            ["partnerId"] = partner.Id, ["item"] = "0", ["date-0"] = "2026-08-05", ["time-0"] = "10:00", ["how-0"] = "Visit",
        }, marcus, Ct);

        Assert.Contains("Visit with Maplewood School District is in your calendar for Wednesday 5 August, 10:00 AM", scheduled.Message, StringComparison.Ordinal);
        var booked = Assert.Single(await instance.Get<IPartnerMeetings>().MeetingsEndingAsync(OutreachInstance.Clinician, At("2026-08-05T00:00:00Z"), At("2026-08-06T00:00:00Z"), Ct));
        Assert.Equal(["Partner outreach"], booked.Categories);
        Assert.Equal(["jpike@maplewood.k12.example"], booked.AttendeeEmails);
        Assert.Equal(partner.Id, booked.PartnerId);

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
        Assert.Contains("Friday 4 September", card.ToJsonString(), StringComparison.Ordinal); // 30 days on, a business day
        Assert.Contains("Kind regards,\n\nMarcus Oyelaran\n\nHarborlight OT", PreviewOf(card), StringComparison.Ordinal); // signed as it will be sent
        var send = card["actions"]![0]!;
        Assert.Equal(AfterContactCard.SendVerb, send["verb"]!.GetValue<string>());

        var first = await actions.RunAsync(AfterContactCard.SendVerb, send["data"]!.AsObject(), marcus, Ct);
        var again = await actions.RunAsync(AfterContactCard.SendVerb, send["data"]!.AsObject(), marcus, Ct);

        Assert.StartsWith("Sent to jpike@maplewood.k12.example", first.Message, StringComparison.Ordinal);
        Assert.StartsWith("Already done", again.Message, StringComparison.Ordinal);
        var message = await MimeMessage.LoadAsync(Assert.Single(Directory.GetFiles(_bed.OutreachOutbox)), Ct);
        Assert.Equal(["harborlight-ot-school-intake-packet.html"], message.Attachments.Select(a => a.ContentDisposition!.FileName));
        Assert.Contains("I will check in again around Friday 4 September", message.TextBody!, StringComparison.Ordinal);
        Assert.Contains("Marcus Oyelaran", message.TextBody!, StringComparison.Ordinal);
        var history = await instance.Partners.HistoryAsync(partner.Id, Ct);
        var followUp = Assert.Single(history, h => h.Kind == PartnerActivityKind.FollowUpSent);
        Assert.Equal("<" + message.MessageId + ">", followUp.ThreadKey);
        Assert.Equal(partner.Id, (await instance.Partners.FindByThreadAsync(followUp.ThreadKey!, Ct))?.Id);
        Assert.Single(history, h => h.Kind == PartnerActivityKind.CallOrVisitScheduled);
        Assert.Equal(OutreachStage.MaterialsSent, (await instance.Partners.FindAsync(partner.Id, Ct))!.Stage);
    }

    [Fact]
    public async Task AMeetingWithAPartnersAddressAsAttendee_CountsEvenWhenTheBotDidNotBookIt_AndOthersDoNot()
    {
        var instance = Instance();
        await instance.AddAsync(TestPartners.Ortho(), Ct);
        await File.WriteAllTextAsync(Path.Combine(_bed.Calendars, OutreachInstance.Lead + ".ics"), """
            BEGIN:VCALENDAR
            VERSION:2.0
            PRODID:-//test//EN
            BEGIN:VEVENT
            UID:lunch-1@example
            DTSTAMP:20260801T000000Z
            DTSTART:20260803T170000Z
            DTEND:20260803T180000Z
            SUMMARY:Lunch and learn
            ATTENDEE;CN=Kim Osei:mailto:KOsei@northfieldortho.example
            END:VEVENT
            BEGIN:VEVENT
            UID:dentist-1@example
            DTSTAMP:20260801T000000Z
            DTSTART:20260803T150000Z
            DTEND:20260803T160000Z
            SUMMARY:Dentist
            ATTENDEE:mailto:front@dentist.example
            END:VEVENT
            END:VCALENDAR
            """.Replace("\n", "\r\n", StringComparison.Ordinal), Ct);
        _bed.Time.SetUtcNow(At("2026-08-03T19:00:00Z"));

        Assert.Equal(1, await instance.Get<AfterContactPrompts>().CheckOnceAsync(Ct));

        var (conversation, _, activity) = Assert.Single(_bed.Connector.Sent);
        Assert.Equal($"a:chat-{OutreachInstance.Lead}", conversation);
        Assert.Contains("kosei@northfieldortho.example", ((JsonObject)activity.Attachments![0].Content!).ToJsonString(), StringComparison.Ordinal);
    }

    private OutreachInstance Instance() => _bed.Instance();

    private static DateTimeOffset At(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);

    /// <summary>The texts of a card's TextBlocks, one per line: what the staff member reads.</summary>
    private static string PreviewOf(JsonNode? node) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>() == "TextBlock" => o["text"]!.GetValue<string>(),
        JsonObject o => string.Join("\n", o.Select(p => PreviewOf(p.Value)).Where(t => t.Length > 0)),
        JsonArray a => string.Join("\n", a.Select(PreviewOf).Where(t => t.Length > 0)),
        _ => string.Empty,
    };
}
