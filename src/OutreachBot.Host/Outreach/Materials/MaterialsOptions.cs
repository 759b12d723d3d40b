using System.ComponentModel.DataAnnotations;

namespace OutreachBot.Host.Outreach.Materials;

/// <summary>Where the clinic keeps its own pathway materials and outreach emails (section <c>Outreach:Materials</c>).</summary>
public sealed class MaterialsOptions : IValidatableObject
{
    public const string SectionName = "Outreach:Materials";

    /// <summary>A local folder (the default) or a SharePoint/OneDrive document library through Graph.</summary>
    public MaterialsSource Source { get; set; } = MaterialsSource.Folder;

    /// <summary>
    /// A folder of the clinic's own files; a file there wins over the one shipped in <c>PathwayMaterials/</c>, and
    /// <c>{Folder}/{pathway}/</c> holds extra forms attached with that pathway's intake packet. Null: the shipped files only.
    /// </summary>
    public string? Folder { get; set; }

    /// <summary>With <see cref="MaterialsSource.SharePoint"/>: the document library's drive id (<c>GET /sites/{site-id}/drives</c> lists them).</summary>
    public string? DriveId { get; set; }

    /// <summary>With <see cref="MaterialsSource.SharePoint"/>: the folder in that library, laid out as <see cref="Folder"/>; empty for its root.</summary>
    public string DriveFolder { get; set; } = "Pathway materials";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Source == MaterialsSource.SharePoint && string.IsNullOrWhiteSpace(DriveId))
        {
            yield return new ValidationResult("Outreach:Materials:Source is SharePoint but Outreach:Materials:DriveId is empty.", [nameof(DriveId)]);
        }
    }
}
