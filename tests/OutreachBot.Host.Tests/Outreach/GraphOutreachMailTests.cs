using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using OutreachBot.Clinic;
using OutreachBot.Clinic.Partners;
using OutreachBot.Clinic.Staff;
using OutreachBot.Host.Outreach;
using OutreachBot.Host.Staff;
using OutreachBot.Host.Tests.Graph;
using OutreachBot.Host.Tests.Infrastructure;
using OutreachBot.Host.Tests.Summaries;

namespace OutreachBot.Host.Tests.Outreach;

/// <summary>
/// Outreach email through the real Graph SDK against the fake Graph server, with the table partner directory on
/// Azurite (run through ./test.sh): a follow-up made once with the pathway's materials (lost answers included), a
/// draft left for review, monthly updates as one email per opted-in partner.
/// </summary>
public sealed class GraphOutreachMailTests : IAsyncLifetime
{
    private const string Helen = "helen@harborlight-ot.example";
    private const string Shared = "outreach@harborlight-ot.example";
    private static readonly StaffIdentity Lead = new(new StaffMember(OutreachInstance.Lead, "Helen Ruiz"), StaffRoles.Owner, null);
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromMinutes(2));
    private readonly string _prefix = LocalStack.UniqueTablePrefix();
    private readonly RecordingConnector _connector = new();
    private readonly string _outbox = Directory.CreateTempSubdirectory("outreach-outbox-").FullName;
    private readonly string _calendars = Directory.CreateTempSubdirectory("outreach-calendars-").FullName;
    private readonly FakeTimeProvider _time = new(DateTimeOffset.Parse("2026-08-03T15:00:00Z", CultureInfo.InvariantCulture));
    private readonly List<OutreachInstance> _instances = [];
    private FakeGraphServer _graph = null!;

    private CancellationToken Ct => _timeout.Token;

    public async Task InitializeAsync()
    {
        _graph = await FakeGraphServer.StartAsync(Ct);
        await Instance().StartStorageAsync(Ct);
    }

    public async Task DisposeAsync()
    {
        foreach (var instance in _instances)
        {
            await instance.DisposeAsync();
        }

        await _graph.DisposeAsync();
        _timeout.Dispose();
        Directory.Delete(_outbox, recursive: true);
        Directory.Delete(_calendars, recursive: true);
    }

    [Fact]
    public async Task FollowUp_FromThePlanCard_IsMadeInTheStaffMailboxWithThePathwayMaterials_AndSentOnce_WhenBothAnswersAreLostAndItIsClickedAgain()
    {
        var instance = Instance();
        var partner = await instance.AddAsync(TestPartners.School(), Ct);
        _graph.LoseDraftAnswers(1); // the draft is made, its answer lost: the SDK must not make a second one
        _graph.LoseSendAnswers(1);  // it goes out, its answer lost: the SDK's retry finds it gone from Drafts
        var click = FollowUpClick(partner.Id);

        var first = await instance.Get<OutreachActions>().RunAsync(OutreachPlanCard.EmailVerb, click, Lead, Ct);
        var again = await Instance().Get<OutreachActions>().RunAsync(OutreachPlanCard.EmailVerb, click, Lead, Ct);

        Assert.StartsWith("Sent to jpike@maplewood.k12.example (Maplewood School District)", first.Message, StringComparison.Ordinal);
        Assert.StartsWith("Already done", again.Message, StringComparison.Ordinal);
        var sent = Assert.Single(_graph.MessagesMadeIn(Helen));
        Assert.True(sent.Sent);
        Assert.Equal("sentitems", sent.Folder);
        Assert.Equal(["jpike@maplewood.k12.example"], sent.Recipients);
        Assert.Equal("Following up: referring to Harborlight OT (school-based occupational therapy)", sent.Subject);
        Assert.Equal(["harborlight-ot-school-sheet.html", "harborlight-ot-school-intake-packet.html"], sent.Attachments!.Select(a => a.Name));
        Assert.All(sent.Attachments!, a => Assert.Equal("text/html", a.ContentType));
        Assert.Contains("Intake packet: School-based occupational therapy at Harborlight OT", Encoding.UTF8.GetString(sent.Attachments![1].Content), StringComparison.Ordinal);
        Assert.Equal(1, _graph.Counters.Other["POST messages"]);
        Assert.Equal(2, _graph.Counters.Other["POST messages/send"]); // the send, then the SDK's retry that found nothing to send
        Assert.Equal(1, _graph.MessagesSent);

        var history = await instance.Partners.HistoryAsync(partner.Id, Ct);
        var followUp = Assert.Single(history, h => h.Kind != PartnerActivityKind.Added);
        Assert.Equal((PartnerActivityKind.FollowUpSent, sent.InternetMessageId), (followUp.Kind, followUp.ThreadKey));
        Assert.Equal(partner.Id, (await instance.Partners.FindByThreadAsync(sent.InternetMessageId!, Ct))?.Id);
    }

    [Fact]
    public async Task FollowUp_WhenDraftsAreForReview_LeavesOneDraftInTheDraftsFolder_AndSendsNothing()
    {
        var settings = new Dictionary<string, string?> { ["Outreach:DraftForReview"] = "true" };
        var instance = Instance(settings);
        var partner = await instance.AddAsync(TestPartners.School(), Ct);

        var first = await instance.Get<OutreachActions>().RunAsync(OutreachPlanCard.EmailVerb, FollowUpClick(partner.Id), Lead, Ct);
        var again = await Instance(settings).Get<OutreachActions>().RunAsync(OutreachPlanCard.EmailVerb, FollowUpClick(partner.Id), Lead, Ct);

        Assert.StartsWith("A draft to jpike@maplewood.k12.example (Maplewood School District) is in Outlook", first.Message, StringComparison.Ordinal);
        Assert.StartsWith("Already done", again.Message, StringComparison.Ordinal);
        var draft = Assert.Single(_graph.MessagesMadeIn(Helen));
        Assert.Equal(("drafts", false), (draft.Folder, draft.Sent));
        Assert.Equal(2, draft.Attachments!.Count);
        Assert.False(_graph.Counters.Other.ContainsKey("POST messages/send"));
        Assert.Equal(PartnerActivityKind.Contacted, Assert.Single(await instance.Partners.HistoryAsync(partner.Id, Ct), h => h.Kind != PartnerActivityKind.Added).Kind);
    }

    [Fact]
    public async Task ReachOut_WithMaterialsInASharePointLibrary_AttachesTheLibrarysSheetAndThePathwaysForms()
    {
        const string driveId = "b!HarborlightSite-Documents";
        _graph.Drive(driveId).Put("Outreach/sheet.school.html", "<h1>{{ClinicName}} in your schools</h1>"u8.ToArray());
        _graph.Drive(driveId).Put("Outreach/school/teacher-questionnaire.pdf", "%PDF-1.4 questionnaire"u8.ToArray());
        var instance = Instance(new()
        {
            ["Outreach:Materials:Source"] = "SharePoint",
            ["Outreach:Materials:DriveId"] = driveId,
            ["Outreach:Materials:DriveFolder"] = "Outreach",
        });
        var partner = await instance.AddAsync(TestPartners.School(), Ct);

        var result = await instance.Get<OutreachActions>().RunAsync(OutreachPlanCard.EmailVerb,
            new JsonObject { ["partnerId"] = partner.Id, ["purpose"] = nameof(OutreachEmailPurpose.ReachOut), ["month"] = "2026-08" }, Lead, Ct);

        Assert.StartsWith("Sent to jpike@maplewood.k12.example", result.Message, StringComparison.Ordinal);
        var attachments = Assert.Single(_graph.MessagesMadeIn(Helen)).Attachments!;
        Assert.Equal(["harborlight-ot-school-sheet.html", "harborlight-ot-school-intake-packet.html", "teacher-questionnaire.pdf"], attachments.Select(a => a.Name));
        Assert.Equal("<h1>Harborlight OT in your schools</h1>", Encoding.UTF8.GetString(attachments[0].Content));
        Assert.Equal(("application/pdf", "%PDF-1.4 questionnaire"), (attachments[2].ContentType, Encoding.UTF8.GetString(attachments[2].Content)));
    }

    [Fact]
    public async Task MonthlyUpdates_GoAsOneEmailPerOptedInPartnerFromTheSharedMailbox_NeverAListAndNothingToTheOptedOut()
    {
        var settings = new Dictionary<string, string?> { ["Outreach:SharedMailbox"] = Shared };
        var (a, b) = (Instance(settings), Instance(settings));
        var ortho = await a.AddAsync(TestPartners.Ortho(optedIn: true), Ct);
        var hospital = await a.AddAsync(Hospital(optedIn: true), Ct);
        var optedOut = await a.AddAsync(TestPartners.School(optedIn: false), Ct);
        _time.SetUtcNow(DateTimeOffset.Parse("2026-09-01T13:00:00Z", CultureInfo.InvariantCulture)); // Tue 1 Sep, 08:00 CDT

        var sent = await Task.WhenAll(a.Get<MonthlyPartnerUpdates>().SendIfDueAsync(Ct), b.Get<MonthlyPartnerUpdates>().SendIfDueAsync(Ct));
        var later = await Instance(settings).Get<MonthlyPartnerUpdates>().SendIfDueAsync(Ct);

        Assert.Equal((2, 0), (sent.Sum(), later));
        var emails = _graph.MessagesMadeIn(Shared);
        Assert.Equal(2, emails.Count);
        Assert.All(emails, e => Assert.True(e.Sent && e.Recipients!.Count == 1 && e.Attachments!.Count == 0));
        Assert.Equal(["kosei@northfieldortho.example", "lwu@riverbend-health.example"], emails.Select(e => e.To).Order(StringComparer.Ordinal));
        Assert.All(emails, e => Assert.Contains("September 2026", e.Subject, StringComparison.Ordinal));
        Assert.DoesNotContain(_graph.Drafts.Values, d => d.Recipients?.Contains("jpike@maplewood.k12.example") == true);
        Assert.Single(await a.Partners.HistoryAsync(ortho.Id, Ct), h => h.Kind == PartnerActivityKind.UpdateSent);
        Assert.Single(await a.Partners.HistoryAsync(hospital.Id, Ct), h => h.Kind == PartnerActivityKind.UpdateSent);
        Assert.Equal([PartnerActivityKind.Added], (await a.Partners.HistoryAsync(optedOut.Id, Ct)).Select(h => h.Kind));
    }

    /// <summary>A hospital partner with one case manager, opted in or out of the monthly update.</summary>
    public static Partner Hospital(bool optedIn) => new(
        "p-riverbend", "Riverbend Health", PartnerSetting.Hospital, [Pathway.Neuro], OutreachStage.Active, PartnerChannel.Email,
        [new PartnerPerson("Lena Wu", ReferrerRole.CaseManager, "lwu@riverbend-health.example", "(555) 700-8000")],
        PartnerReferralFigures.None, TestPartners.Added, UpdatesOptedIn: optedIn);

    private static JsonObject FollowUpClick(string partnerId) =>
        new() { ["partnerId"] = partnerId, ["purpose"] = nameof(OutreachEmailPurpose.FollowUp), ["month"] = "2026-08" };

    private OutreachInstance Instance(Dictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?> { [$"Outreach:Mailboxes:{OutreachInstance.Lead}"] = Helen };
        foreach (var (key, value) in settings ?? [])
        {
            values[key] = value;
        }

        var instance = new OutreachInstance(_prefix, _time, _connector, _outbox, _calendars, values, _graph);
        _instances.Add(instance);
        return instance;
    }
}
