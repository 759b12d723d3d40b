using System.Text;
using OutreachBot.Clinic;
using OutreachBot.Host.Correspondence;
using OutreachBot.Host.Outreach.Materials;

namespace OutreachBot.Host.Tests.Outreach;

/// <summary>The shipped pathway materials and emails, filled from the clinic's profile, and the clinic's own folder winning.</summary>
public sealed class PathwayMaterialsTests : IDisposable
{
    private readonly string _own = Directory.CreateTempSubdirectory("materials-").FullName;

    public void Dispose() => Directory.Delete(_own, recursive: true);

    [Theory]
    [InlineData(Pathway.Pediatric)]
    [InlineData(Pathway.School)]
    [InlineData(Pathway.Hand)]
    [InlineData(Pathway.Neuro)]
    [InlineData(Pathway.Adult)]
    public async Task EachPathway_HasASheetAndAnIntakePacket_FilledWithTheClinicsFacts(Pathway pathway)
    {
        using var services = new OutreachServices(new InMemoryPartnerDirectory());

        var files = await services.Materials.ForAsync(pathway, [MaterialKind.Sheet, MaterialKind.IntakePacket], CancellationToken.None);

        Assert.Equal(2, files.Count);
        Assert.Equal($"harborlight-ot-{pathway.ToString().ToLowerInvariant()}-sheet.html", files[0].FileName);
        var packet = Encoding.UTF8.GetString(files[1].Content);
        Assert.Contains("Harborlight OT", packet, StringComparison.Ordinal);
        Assert.Contains("(555) 100-2001", packet, StringComparison.Ordinal);
        Assert.Contains("referrals@harborlight-ot.example", packet, StringComparison.Ordinal);
        Assert.Contains("Within 24 hours", packet, StringComparison.Ordinal);
        Assert.Contains("Forms to send with the referral", packet, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", packet, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mail.reach-out.txt")]
    [InlineData("mail.follow-up.txt")]
    [InlineData("mail.update.txt")]
    [InlineData("mail.after-contact.txt")]
    public async Task EachEmail_UsesOnlyKnownPlaceholders_AndHasASubject(string name)
    {
        using var services = new OutreachServices(new InMemoryPartnerDirectory());
        var values = MaterialTemplates.Placeholders.ToDictionary(p => p, p => $"<{p}>");

        var (subject, body) = await services.Templates.RenderMailAsync(name, values, CancellationToken.None);

        Assert.NotEmpty(subject);
        Assert.Contains("<ClinicName>", body, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", subject + body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheClinicsFolder_WinsOverTheShippedFile_AndItsFormsComeWithTheIntakePacket_WithoutARebuild()
    {
        using var services = new OutreachServices(new InMemoryPartnerDirectory(), materialsFolder: _own);
        await File.WriteAllTextAsync(Path.Combine(_own, "sheet.hand.html"), "<p>{{ClinicName}} hand clinic, new in {{ClinicAddress}} & more</p>");
        Directory.CreateDirectory(Path.Combine(_own, "hand"));
        await File.WriteAllBytesAsync(Path.Combine(_own, "hand", "consent.pdf"), "%PDF-1.4 consent"u8.ToArray());

        var files = await services.Materials.ForAsync(Pathway.Hand, [MaterialKind.Sheet, MaterialKind.IntakePacket], CancellationToken.None);

        Assert.Equal("<p>Harborlight OT hand clinic, new in 12 Harbor Way & more</p>", Encoding.UTF8.GetString(files[0].Content));
        Assert.Contains("Hand therapy", Encoding.UTF8.GetString(files[1].Content), StringComparison.Ordinal); // the shipped packet
        var consent = files[2];
        Assert.Equal(("consent.pdf", "application/pdf"), (consent.FileName, consent.ContentType));
    }

    [Fact]
    public async Task AnUnknownPlaceholder_StopsTheMaterial_NamingTheFile()
    {
        using var services = new OutreachServices(new InMemoryPartnerDirectory(), materialsFolder: _own);
        await File.WriteAllTextAsync(Path.Combine(_own, "sheet.neuro.html"), "<p>{{ClinicNmae}}</p>");

        var error = await Assert.ThrowsAsync<LetterTemplateException>(() => services.Materials.ForAsync(Pathway.Neuro, [MaterialKind.Sheet], CancellationToken.None));

        Assert.Contains("sheet.neuro.html", error.Message, StringComparison.Ordinal);
        Assert.Contains("{{ClinicNmae}}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClinicFacts_AreHtmlEncodedInMaterials()
    {
        using var services = new OutreachServices(new InMemoryPartnerDirectory(), materialsFolder: _own);
        await File.WriteAllTextAsync(Path.Combine(_own, "sheet.adult.html"), "<p>{{ClinicName}}</p>");
        services.Clinic.Value.Name = "Smith & <Jones> OT";

        var files = await services.Materials.ForAsync(Pathway.Adult, [MaterialKind.Sheet], CancellationToken.None);

        Assert.Equal("<p>Smith &amp; &lt;Jones&gt; OT</p>", Encoding.UTF8.GetString(files[0].Content));
    }
}
