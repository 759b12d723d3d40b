using System.Net;
using System.Text;
using Microsoft.Extensions.Options;
using OutreachBot.Clinic;
using OutreachBot.Clinic.Partners;
using OutreachBot.Host.ClinicProfile;
using OutreachBot.Host.Correspondence;

namespace OutreachBot.Host.Outreach.Materials;

/// <summary>
/// The materials of each pathway, filled with the clinic's facts (<see cref="ClinicOptions"/>), and the outreach
/// emails that carry them. A partner with no pathway gets the one its setting most often refers to.
/// </summary>
public sealed partial class MaterialsLibrary(
    MaterialTemplates templates,
    IOptions<ClinicOptions> clinic,
    IOptions<CorrespondenceOptions> correspondence,
    ILogger<MaterialsLibrary> logger)
{
    /// <summary>The most Graph takes as one attachment in the same request as the message.</summary>
    public const int MaxAttachmentBytes = 3 * 1024 * 1024;

    /// <summary>The pathway whose materials fit the partner.</summary>
    public static Pathway PathwayFor(Partner partner, Pathway? preferred = null)
    {
        ArgumentNullException.ThrowIfNull(partner);
        return preferred ?? (partner.Pathways.Count > 0 ? partner.Pathways[0] : partner.Setting switch
        {
            PartnerSetting.School => Pathway.School,
            PartnerSetting.Hospital => Pathway.Neuro,
            _ => Pathway.Adult,
        });
    }

    /// <summary>"hand therapy", "school-based occupational therapy": the pathway in the clinic's words.</summary>
    public static string NameOf(Pathway pathway) => pathway switch
    {
        Pathway.Pediatric => "pediatric occupational therapy",
        Pathway.School => "school-based occupational therapy",
        Pathway.Hand => "hand therapy",
        Pathway.Neuro => "neurological rehabilitation",
        _ => "adult outpatient occupational therapy",
    };

    /// <summary>The clinic's facts every material and email may use.</summary>
    public Dictionary<string, string> ClinicFacts(Pathway pathway) => new(StringComparer.Ordinal)
    {
        ["ClinicName"] = clinic.Value.Name,
        ["ClinicPhone"] = clinic.Value.Phone ?? "our front desk",
        ["ClinicFax"] = clinic.Value.Fax ?? "our front desk",
        ["ClinicAddress"] = clinic.Value.Address ?? string.Empty,
        ["ClinicWebsite"] = clinic.Value.Website ?? string.Empty,
        ["ReferralEmail"] = correspondence.Value.From,
        ["FirstContactWithin"] = ReferrerLetters.Within(clinic.Value.FirstContactStandard),
        ["PathwayName"] = NameOf(pathway),
    };

    /// <summary>The pathway's files of the kinds asked for, filled; the intake packet brings the pathway's extra forms.</summary>
    public async Task<IReadOnlyList<PathwayMaterial>> ForAsync(Pathway pathway, IReadOnlyCollection<MaterialKind> kinds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        var key = pathway.ToString().ToLowerInvariant();
        var values = ClinicFacts(pathway);
        var files = new List<PathwayMaterial>();
        foreach (var kind in kinds.Distinct().Order())
        {
            var stem = kind == MaterialKind.Sheet ? "sheet" : "intake-packet";
            var html = await templates.RenderAsync([$"{stem}.{key}.html", $"{stem}.html"], values, text => WebUtility.HtmlEncode(text), cancellationToken);
            files.Add(new PathwayMaterial($"{Slug(clinic.Value.Name)}-{key}-{stem}.html", "text/html", Encoding.UTF8.GetBytes(html)));
            if (kind == MaterialKind.IntakePacket)
            {
                files.AddRange(await ExtraFormsAsync(key, cancellationToken));
            }
        }

        return files;
    }

    private async Task<IEnumerable<PathwayMaterial>> ExtraFormsAsync(string pathway, CancellationToken cancellationToken)
    {
        var forms = new List<PathwayMaterial>();
        foreach (var file in await templates.Files.ListAsync(pathway, cancellationToken))
        {
            if (file.Size > MaxAttachmentBytes)
            {
                LogFormTooLarge(logger, pathway, file.Name);
                continue;
            }

            forms.Add(new PathwayMaterial(file.Name, ContentTypeOf(file.Name), await templates.Files.ReadAsync(file, cancellationToken)));
        }

        return forms;
    }

    private static string ContentTypeOf(string file) => Path.GetExtension(file).ToLowerInvariant() switch
    {
        ".pdf" => "application/pdf",
        ".html" or ".htm" => "text/html",
        ".txt" => "text/plain",
        ".docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        _ => "application/octet-stream",
    };

    private static string Slug(string name)
    {
        var slug = new string([.. name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]);
        return string.Join('-', slug.Split('-', StringSplitOptions.RemoveEmptyEntries));
    }

    [LoggerMessage(EventId = 8101, Level = LogLevel.Warning, Message = "The {Pathway} form {File} is larger than 3 MB and is not attached")]
    private static partial void LogFormTooLarge(ILogger logger, string pathway, string file);
}
