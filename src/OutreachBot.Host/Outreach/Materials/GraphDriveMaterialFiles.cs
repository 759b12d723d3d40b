using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models.ODataErrors;

namespace OutreachBot.Host.Outreach.Materials;

/// <summary>
/// The clinic's materials in a SharePoint or OneDrive document library, through Graph with the app's own identity:
/// <c>GET /drives/{drive-id}/root:/{folder}:/children</c> lists a folder (its files only; a missing folder is none),
/// <c>GET /drives/{drive-id}/items/{item-id}/content</c> reads a file (Graph answers with a redirect to a short-lived
/// download URL, which the SDK follows). Needs <c>Sites.Selected</c> with read access to that site (or
/// <c>Files.Read.All</c>); see README.
/// </summary>
public sealed class GraphDriveMaterialFiles(GraphServiceClient graph, IOptions<MaterialsOptions> options) : IClinicMaterialFiles
{
    private static readonly string[] Fields = ["id", "name", "size", "file"];

    public string Where => $"the document library {options.Value.DriveId}, folder '{options.Value.DriveFolder}'";

    public async Task<IReadOnlyList<ClinicMaterialFile>> ListAsync(string? pathway, CancellationToken cancellationToken)
    {
        var drive = graph.Drives[options.Value.DriveId];
        var path = string.Join('/', new[] { options.Value.DriveFolder?.Trim('/'), pathway }.Where(p => !string.IsNullOrWhiteSpace(p)));
        var files = new List<ClinicMaterialFile>();
        try
        {
            var page = path.Length == 0
                ? await drive.Items["root"].Children.GetAsync(r => r.QueryParameters.Select = Fields, cancellationToken)
                : await drive.Root.ItemWithPath(path).Children.GetAsync(r => r.QueryParameters.Select = Fields, cancellationToken);
            while (page is not null)
            {
                files.AddRange((page.Value ?? []).Where(i => i.File is not null && i.Id is not null && i.Name is not null)
                    .Select(i => new ClinicMaterialFile(i.Name!, i.Size ?? 0, i.Id!)));
                page = page.OdataNextLink is { } next ? await drive.Items["root"].Children.WithUrl(next).GetAsync(cancellationToken: cancellationToken) : null;
            }
        }
        catch (ODataError ex) when (ex.ResponseStatusCode == 404)
        {
            return []; // no such folder: the shipped files and no extra forms
        }

        return [.. files.OrderBy(f => f.Name, StringComparer.Ordinal)];
    }

    public async Task<byte[]> ReadAsync(ClinicMaterialFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        await using var content = await graph.Drives[options.Value.DriveId].Items[file.Reference].Content.GetAsync(cancellationToken: cancellationToken)
            ?? throw new InvalidOperationException($"Graph returned no content for {file.Name}.");
        using var bytes = new MemoryStream();
        await content.CopyToAsync(bytes, cancellationToken);
        return bytes.ToArray();
    }
}
