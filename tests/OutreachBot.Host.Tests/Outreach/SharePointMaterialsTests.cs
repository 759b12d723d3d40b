using System.ComponentModel.DataAnnotations;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using OutreachBot.Clinic;
using OutreachBot.Host.Correspondence;
using OutreachBot.Host.Graph;
using OutreachBot.Host.Outreach.Materials;
using OutreachBot.Host.Tests.Graph;

namespace OutreachBot.Host.Tests.Outreach;

/// <summary>
/// Pathway materials kept in a SharePoint/OneDrive document library, read through the real Graph SDK from the fake
/// Graph server: the library's files win over the shipped ones, a pathway's folder brings its forms, edits apply to
/// the next email, and a missing folder leaves the shipped files.
/// </summary>
public sealed class SharePointMaterialsTests : IAsyncLifetime, IDisposable
{
    private const string DriveId = "b!HarborlightSite-Documents";
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromMinutes(1));
    private FakeGraphServer _graph = null!;
    private GraphServiceClient _client = null!;

    private CancellationToken Ct => _timeout.Token;

    public async Task InitializeAsync()
    {
        _graph = await FakeGraphServer.StartAsync(Ct);
        _client = GraphServiceClientBuilder.Create(new GraphOptions { BaseUrl = _graph.BaseUrl }, new FakeTokenCredential());
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _graph.DisposeAsync();
    }

    public void Dispose() => _timeout.Dispose();

    [Fact]
    public async Task TheLibrarysFiles_WinOverTheShippedOnes_ItsPathwayFolderBringsTheForms_AndAnEditAppliesToTheNextEmail()
    {
        var drive = _graph.Drive(DriveId);
        drive.Put("Pathway materials/sheet.hand.html", "<p>{{ClinicName}} hand clinic at {{ClinicAddress}}</p>"u8.ToArray());
        drive.Put("Pathway materials/hand/consent.pdf", "%PDF-1.4 consent"u8.ToArray());
        drive.Put("Pathway materials/hand/too-large.pdf", new byte[MaterialsLibrary.MaxAttachmentBytes + 1]);
        drive.Put("Pathway materials/hand/old/2019-consent.pdf", "%PDF-1.4 old"u8.ToArray()); // a subfolder: not a form
        drive.Put("Pathway materials/school/teacher-questionnaire.docx", "PK school"u8.ToArray());
        drive.Put("Other team/sheet.hand.html", "<p>not ours</p>"u8.ToArray());
        using var services = new OutreachServices(new InMemoryPartnerDirectory(), materialFiles: Library("Pathway materials"));

        var files = await services.Materials.ForAsync(Pathway.Hand, [MaterialKind.Sheet, MaterialKind.IntakePacket], Ct);

        Assert.Equal(["harborlight-ot-hand-sheet.html", "harborlight-ot-hand-intake-packet.html", "consent.pdf"], files.Select(f => f.FileName));
        Assert.Equal("<p>Harborlight OT hand clinic at 12 Harbor Way</p>", Encoding.UTF8.GetString(files[0].Content));
        Assert.Contains("Hand therapy", Encoding.UTF8.GetString(files[1].Content), StringComparison.Ordinal); // shipped: none in the library
        Assert.Equal(("application/pdf", "%PDF-1.4 consent"), (files[2].ContentType, Encoding.UTF8.GetString(files[2].Content)));
        Assert.True(_graph.Counters.Other["GET download"] >= 2); // content through the download redirect, as Graph serves it

        drive.Put("Pathway materials/sheet.hand.html", "<p>{{ClinicName}}: new hand program this fall</p>"u8.ToArray());
        var edited = await services.Materials.ForAsync(Pathway.Hand, [MaterialKind.Sheet], Ct);

        Assert.Equal("<p>Harborlight OT: new hand program this fall</p>", Encoding.UTF8.GetString(Assert.Single(edited).Content));
    }

    [Fact]
    public async Task AnEmailTemplateInTheLibrary_IsUsed_AndAnUnknownPlaceholderThereNamesTheFileAndTheLibrary()
    {
        var drive = _graph.Drive(DriveId);
        drive.Put("mail.update.txt", "Subject: {{ClinicName}} in {{Month}}\n\nHello {{ContactName}}.\n"u8.ToArray());
        drive.Put("sheet.neuro.html", "<p>{{ClinicNmae}}</p>"u8.ToArray());
        using var services = new OutreachServices(new InMemoryPartnerDirectory(), materialFiles: Library(""));
        var values = MaterialTemplates.Placeholders.ToDictionary(p => p, p => $"<{p}>");

        var (subject, body) = await services.Templates.RenderMailAsync("mail.update.txt", values, Ct);
        var error = await Assert.ThrowsAsync<LetterTemplateException>(() => services.Materials.ForAsync(Pathway.Neuro, [MaterialKind.Sheet], Ct));

        Assert.Equal(("<ClinicName> in <Month>", "Hello <ContactName>.\n"), (subject, body));
        Assert.Contains("sheet.neuro.html in the document library " + DriveId, error.Message, StringComparison.Ordinal);
        Assert.Contains("{{ClinicNmae}}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALibraryWithoutTheFolder_LeavesTheShippedMaterials_AndNoForms()
    {
        _graph.Drive(DriveId).Put("Somewhere else/readme.txt", "x"u8.ToArray());
        using var services = new OutreachServices(new InMemoryPartnerDirectory(), materialFiles: Library("Pathway materials"));

        var files = await services.Materials.ForAsync(Pathway.School, [MaterialKind.Sheet, MaterialKind.IntakePacket], Ct);

        Assert.Equal(["harborlight-ot-school-sheet.html", "harborlight-ot-school-intake-packet.html"], files.Select(f => f.FileName));
    }

    [Fact]
    public void SharePointWithoutADriveId_IsRefusedAtStart_NamingTheSetting()
    {
        var problems = new MaterialsOptions { Source = MaterialsSource.SharePoint }.Validate(new ValidationContext(new object())).ToList();

        Assert.Contains("Outreach:Materials:DriveId", Assert.Single(problems).ErrorMessage, StringComparison.Ordinal);
        Assert.Empty(new MaterialsOptions { Source = MaterialsSource.SharePoint, DriveId = DriveId }.Validate(new ValidationContext(new object())));
    }

    private GraphDriveMaterialFiles Library(string folder) =>
        new(_client, Options.Create(new MaterialsOptions { Source = MaterialsSource.SharePoint, DriveId = DriveId, DriveFolder = folder }));
}
