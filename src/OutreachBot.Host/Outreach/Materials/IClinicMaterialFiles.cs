namespace OutreachBot.Host.Outreach.Materials;

/// <summary>One of the clinic's own material files: its name, size in bytes, and where the source finds it again.</summary>
public sealed record ClinicMaterialFile(string Name, long Size, string Reference);

/// <summary>
/// Where the clinic keeps its own pathway materials and outreach emails: a local folder (<see cref="FolderMaterialFiles"/>)
/// or a SharePoint/OneDrive document library through Graph (<see cref="GraphDriveMaterialFiles"/>). The top level holds
/// templates that win over the shipped ones; a subfolder per pathway (<c>school</c>, <c>hand</c>...) holds extra forms.
/// Read at each use, so an edit applies to the next email.
/// </summary>
public interface IClinicMaterialFiles
{
    /// <summary>Where the files are, for messages to staff and logs ("the folder /srv/materials").</summary>
    string Where { get; }

    /// <summary>The files at the top level (<paramref name="pathway"/> null) or in a pathway's subfolder; none when it does not exist.</summary>
    Task<IReadOnlyList<ClinicMaterialFile>> ListAsync(string? pathway, CancellationToken cancellationToken);

    /// <summary>A listed file's content.</summary>
    Task<byte[]> ReadAsync(ClinicMaterialFile file, CancellationToken cancellationToken);
}
