using Microsoft.Extensions.Options;

namespace OutreachBot.Host.Outreach.Materials;

/// <summary>The clinic's materials in a local folder (<see cref="MaterialsOptions.Folder"/>); none when it is not set.</summary>
public sealed class FolderMaterialFiles(IOptions<MaterialsOptions> options) : IClinicMaterialFiles
{
    /// <summary>The folder, made absolute; null when none is configured.</summary>
    public string? Folder => options.Value.Folder is { Length: > 0 } own ? Path.GetFullPath(own) : null;

    public string Where => Folder is { } folder ? $"the folder {folder}" : "no folder";

    public Task<IReadOnlyList<ClinicMaterialFile>> ListAsync(string? pathway, CancellationToken cancellationToken)
    {
        var folder = Folder is { } own ? (pathway is null ? own : Path.Combine(own, pathway)) : null;
        IReadOnlyList<ClinicMaterialFile> files = folder is not null && Directory.Exists(folder)
            ? [.. new DirectoryInfo(folder).EnumerateFiles().OrderBy(f => f.Name, StringComparer.Ordinal).Select(f => new ClinicMaterialFile(f.Name, f.Length, f.FullName))]
            : [];
        return Task.FromResult(files);
    }

    public Task<byte[]> ReadAsync(ClinicMaterialFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        return File.ReadAllBytesAsync(file.Reference, cancellationToken);
    }
}
