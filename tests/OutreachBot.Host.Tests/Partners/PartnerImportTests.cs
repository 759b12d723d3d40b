using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using OutreachBot.Clinic;
using OutreachBot.Clinic.Partners;
using OutreachBot.Host.Partners;
using OutreachBot.Protocol.Activities;

namespace OutreachBot.Host.Tests.Partners;

/// <summary><c>partner import</c> into the directory on Azurite (run through ./test.sh).</summary>
public sealed class PartnerImportTests : IAsyncLifetime
{
    private const string Csv =
        "\uFEFForganization,setting,pathways,contact_name,contact_role,email,phone,preferred_channel\n" +
        "\"St Marys Pediatrics, LLC\",Physician office,Pediatric;School,Kim Lee,Physician,klee@stmaryspeds.org,,Email\n" +
        "Bayview Hospital,Hospital,Adult;Neuro,Rosa Diaz,Case manager,rdiaz@bayview.org,555-900-1000,Phone\n" +
        "Broken Row,School,,Sam,,sam-at-school,,\n" +
        "\"Riverbend Schools\nSpecial Education\",School,School,Jo Park,School,jpark@riverbend.k12.us,,Visit\n" +
        ",,,,,nobody@nowhere.org,,\n";

    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromMinutes(2));
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 20, 15, 0, 0, TimeSpan.Zero));
    private readonly PartnerInstance _bot;

    public PartnerImportTests() => _bot = new PartnerInstance(_time);

    private CancellationToken Ct => _timeout.Token;

    public Task InitializeAsync() => _bot.StartAsync(Ct);

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        _timeout.Dispose();
    }

    [Fact]
    public async Task Import_BadRowsReportedByLine_TheRestImported_AndAgainAddsNobody()
    {
        var directory = _bot.Directory;
        var known = await directory.MatchOrAddAsync("St. Mary's Pediatrics", new PartnerPerson("Dr. Ana Ruiz", ReferrerRole.Pediatrician, "aruiz@stmaryspeds.org", null), PartnerSetting.PhysicianOffice, "referral-mailbox", Ct);

        var report = await _bot.Get<PartnerImport>().ImportAsync(Csv, null, "Dana Whitfield", Ct);

        Assert.StartsWith("Imported 3 row(s): 2 new partner(s), 1 matched to partners already known.", report, StringComparison.Ordinal);
        Assert.Contains("- line 4: \"sam-at-school\" is not an email address", report, StringComparison.Ordinal);
        Assert.Contains("- line 7: no organization", report, StringComparison.Ordinal);
        var partners = await directory.AllAsync(Ct);
        Assert.Equal(["Bayview Hospital", "Riverbend Schools\nSpecial Education", "St. Mary's Pediatrics"], partners.Select(p => p.Organization));
        var stMarys = partners.Single(p => p.Id == known.Id);
        Assert.Equal([Pathway.Pediatric, Pathway.School], stMarys.Pathways);
        Assert.Equal(["Dr. Ana Ruiz", "Kim Lee"], stMarys.People.Select(p => p.Name));
        Assert.Equal(PartnerChannel.Phone, partners.Single(p => p.Organization == "Bayview Hospital").PreferredChannel);

        var again = await _bot.Get<PartnerImport>().ImportAsync(Csv, null, "Dana Whitfield", Ct);

        Assert.StartsWith("Imported 3 row(s): 0 new partner(s), 3 matched to partners already known.", again, StringComparison.Ordinal);
        var after = await directory.AllAsync(Ct);
        Assert.Equal(partners.Select(p => (p.Id, p.People.Count, p.Pathways.Count)), after.Select(p => (p.Id, p.People.Count, p.Pathways.Count)));
    }

    [Fact]
    public async Task Import_AFileFromAnUnknownHostOrNotCsv_IsRefusedWithoutDownloading()
    {
        static List<Attachment> File(string type, string url) =>
        [
            new Attachment
            {
                ContentType = PartnerImportFiles.FileDownloadInfo,
                Name = "partners." + type,
                Content = new JsonObject { ["downloadUrl"] = url, ["uniqueId"] = "1", ["fileType"] = type },
            },
        ];

        var import = _bot.Get<PartnerImport>();

        Assert.Contains("Only a .csv file", await import.ImportAsync(string.Empty, File("xlsx", "https://contoso.sharepoint.com/f"), "Dana", Ct), StringComparison.Ordinal);
        Assert.Contains("OneDrive or SharePoint", await import.ImportAsync(string.Empty, File("csv", "http://127.0.0.1:9/partners.csv"), "Dana", Ct), StringComparison.Ordinal);
        Assert.Contains("OneDrive or SharePoint", await import.ImportAsync(string.Empty, File("csv", "https://evil.example/contoso.sharepoint.com"), "Dana", Ct), StringComparison.Ordinal);
        Assert.Contains("Columns: organization", await import.ImportAsync(string.Empty, null, "Dana", Ct), StringComparison.Ordinal);
        Assert.Empty(await _bot.Directory.AllAsync(Ct));
    }
}
