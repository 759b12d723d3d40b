using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using OutreachBot.Clinic;
using OutreachBot.Clinic.Partners;
using OutreachBot.Clinic.Staff;
using OutreachBot.Host.Outreach;
using OutreachBot.Host.Staff;
using OutreachBot.Host.Tests.Graph;

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
    private OutreachTestBed _bed = null!;

    private CancellationToken Ct => _timeout.Token;

    public async Task InitializeAsync()
    {
        _bed = new OutreachTestBed(DateTimeOffset.Parse("2026-08-03T15:00:00Z", CultureInfo.InvariantCulture), new Dictionary<string, string?> { [$"Outreach:Mailboxes:{OutreachInstance.Lead}"] = Helen }, await FakeGraphServer.StartAsync(Ct));
        await Instance().StartStorageAsync(Ct);
    }

    public async Task DisposeAsync()
    {
        await _bed.DisposeAsync();
        _timeout.Dispose();
    }

    [Fact]
    public async Task FollowUp_FromThePlanCard_IsMadeInTheStaffMailboxWithThePathwayMaterials_AndSentOnce_WhenBothAnswersAreLostAndItIsClickedAgain()
    {
        var instance = Instance();
        var partner = await instance.AddAsync(TestPartners.School(), Ct);
        _bed.Graph.LoseDraftAnswers(1); // the draft is made, its answer lost: the SDK must not make a second one
        _bed.Graph.LoseSendAnswers(1);  // it goes out, its answer lost: the SDK's retry finds it gone from Drafts
        var click = FollowUpClick(partner.Id);

        var first = await instance.Get<OutreachActions>().RunAsync(OutreachPlanCard.EmailVerb, click, Lead, Ct);
        var again = await Instance().Get<OutreachActions>().RunAsync(OutreachPlanCard.EmailVerb, click, Lead, Ct);

        Assert.StartsWith("Sent to jpike@maplewood.k12.example (Maplewood School District)", first.Message, StringComparison.Ordinal);
        Assert.StartsWith("Already done", again.Message, StringComparison.Ordinal);
        var sent = Assert.Single(_bed.Graph.MessagesMadeIn(Helen));
        Assert.True(sent.Sent);
        Assert.Equal("sentitems", sent.Folder);
        Assert.Equal(["jpike@maplewood.k12.example"], sent.Recipients);
        Assert.Equal("Following up: referring to Harborlight OT (school-based occupational therapy)", sent.Subject);
        Assert.Equal(["harborlight-ot-school-sheet.html", "harborlight-ot-school-intake-packet.html"], sent.Attachments!.Select(a => a.Name));
        Assert.All(sent.Attachments!, a => Assert.Equal("text/html", a.ContentType));
        Assert.Contains("Intake packet: School-based occupational therapy at Harborlight OT", Encoding.UTF8.GetString(sent.Attachments![1].Content), StringComparison.Ordinal);
        Assert.Equal(1, _bed.Graph.Counters.Other["POST messages"]);
        Assert.Equal(2, _bed.Graph.Counters.Other["POST messages/send"]); // the send, then the SDK's retry that found nothing to send
        Assert.Equal(1, _bed.Graph.MessagesSent);

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
        var draft = Assert.Single(_bed.Graph.MessagesMadeIn(Helen));
        Assert.Equal(("drafts", false), (draft.Folder, draft.Sent));
        Assert.Equal(2, draft.Attachments!.Count);
        Assert.False(_bed.Graph.Counters.Other.ContainsKey("POST messages/send"));
        Assert.Equal(PartnerActivityKind.Contacted, Assert.Single(await instance.Partners.HistoryAsync(partner.Id, Ct), h => h.Kind != PartnerActivityKind.Added).Kind);
    }

    [Fact]
    public async Task ReachOut_WithMaterialsInASharePointLibrary_AttachesTheLibrarysSheetAndThePathwaysForms()
    {
        const string driveId = "b!HarborlightSite-Documents";
        _bed.Graph.Drive(driveId).Put("Outreach/sheet.school.html", "<h1>{{ClinicName}} in your schools</h1>"u8.ToArray());
        _bed.Graph.Drive(driveId).Put("Outreach/school/teacher-questionnaire.pdf", "%PDF-1.4 questionnaire"u8.ToArray());
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
        var attachments = Assert.Single(_bed.Graph.MessagesMadeIn(Helen)).Attachments!;
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
        _bed.Time.SetUtcNow(DateTimeOffset.Parse("2026-09-01T13:00:00Z", CultureInfo.InvariantCulture)); // Tue 1 Sep, 08:00 CDT

        var sent = await Task.WhenAll(a.Get<MonthlyPartnerUpdates>().SendIfDueAsync(Ct), b.Get<MonthlyPartnerUpdates>().SendIfDueAsync(Ct));
        var later = await Instance(settings).Get<MonthlyPartnerUpdates>().SendIfDueAsync(Ct);

        Assert.Equal((2, 0), (sent.Sum(), later));
        var emails = _bed.Graph.MessagesMadeIn(Shared);
        Assert.Equal(2, emails.Count);
        Assert.All(emails, e => Assert.True(e.Sent && e.Recipients!.Count == 1 && e.Attachments!.Count == 0));
        Assert.Equal(["kosei@northfieldortho.example", "lwu@riverbend-health.example"], emails.Select(e => e.To).Order(StringComparer.Ordinal));
        Assert.All(emails, e => Assert.Contains("September 2026", e.Subject, StringComparison.Ordinal));
        Assert.DoesNotContain(_bed.Graph.Drafts.Values, d => d.Recipients?.Contains("jpike@maplewood.k12.example") == true);
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

    private OutreachInstance Instance(Dictionary<string, string?>? settings = null) => _bed.Instance(settings);
}
