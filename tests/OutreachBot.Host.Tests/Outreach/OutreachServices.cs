using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using OutreachBot.Clinic.Partners;
using OutreachBot.Host.ClinicProfile;
using OutreachBot.Host.Correspondence;
using OutreachBot.Host.Outreach;
using OutreachBot.Host.Outreach.Mail;
using OutreachBot.Host.Outreach.Materials;

namespace OutreachBot.Host.Tests.Outreach;

/// <summary>The outreach's email side over an in-memory directory and a temporary outbox folder.</summary>
public sealed class OutreachServices : IDisposable
{
    public OutreachServices(IPartnerDirectory partners, OutreachOptions? outreach = null, string? materialsFolder = null, IOutreachMail? mail = null, IClinicMaterialFiles? materialFiles = null)
    {
        Partners = partners;
        Outbox = Directory.CreateTempSubdirectory("outreach-outbox-").FullName;
        Correspondence = Options.Create(new CorrespondenceOptions { From = "referrals@harborlight-ot.example", OutboxFolder = Outbox });
        Clinic = Options.Create(new ClinicOptions { Name = "Harborlight OT", TimeZone = "America/Chicago", Phone = "(555) 100-2000", Fax = "(555) 100-2001", Address = "12 Harbor Way" });
        Options_ = Options.Create(outreach ?? new OutreachOptions());
        Templates = new MaterialTemplates(materialFiles ?? new FolderMaterialFiles(Options.Create(new MaterialsOptions { Folder = materialsFolder })));
        Materials = new MaterialsLibrary(Templates, Clinic, Correspondence, NullLogger<MaterialsLibrary>.Instance);
        OutboxMail = new OutboxOutreachMail(Correspondence, Time);
        Emails = new PartnerEmails(partners, Materials, Templates, mail ?? OutboxMail, Options_, Correspondence, Clinic, Time, NullLogger<PartnerEmails>.Instance);
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 8, 3, 14, 0, 0, TimeSpan.Zero));

    public IPartnerDirectory Partners { get; }

    public string Outbox { get; }

    public IOptions<CorrespondenceOptions> Correspondence { get; }

    public IOptions<ClinicOptions> Clinic { get; }

    public IOptions<OutreachOptions> Options_ { get; }

    public MaterialTemplates Templates { get; }

    public MaterialsLibrary Materials { get; }

    public OutboxOutreachMail OutboxMail { get; }

    public PartnerEmails Emails { get; }

    public IReadOnlyList<string> SentFiles => Directory.Exists(OutboxMail.Folder) ? [.. Directory.EnumerateFiles(OutboxMail.Folder, "*.eml")] : [];

    public void Dispose()
    {
        try
        {
            Directory.Delete(Outbox, recursive: true);
        }
        catch (IOException)
        {
            // a temp folder left behind is harmless
        }
    }
}
