using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using OutreachBot.Protocol.Activities;

namespace OutreachBot.Host.Partners;

/// <summary>
/// A CSV file shared with the bot in a 1:1 chat: Teams sends a <c>application/vnd.microsoft.teams.file.download.info</c>
/// attachment whose <c>downloadUrl</c> is pre-authorised and short-lived, fetched with a plain GET (no token), only from
/// the allowed hosts and up to a size limit. (The Teams app needs <c>supportsFiles</c> for people to attach files.)
/// </summary>
public sealed class PartnerImportFiles(IHttpClientFactory httpClients, IOptions<PartnerImportOptions> options)
{
    public const string FileDownloadInfo = "application/vnd.microsoft.teams.file.download.info";
    public const string HttpClientName = "partner-import";

    public async Task<(string? Text, string? Problem)> ReadCsvAsync(IList<Attachment>? attachments, CancellationToken cancellationToken)
    {
        var file = attachments?.FirstOrDefault(a => a.ContentType == FileDownloadInfo);
        if (file is null)
        {
            return (null, null);
        }

        var fileType = file.Content?["fileType"] is JsonValue t && t.TryGetValue(out string? type) ? type : Path.GetExtension(file.Name ?? string.Empty).TrimStart('.');
        var url = file.Content?["downloadUrl"] is JsonValue u && u.TryGetValue(out string? link) && Uri.TryCreate(link, UriKind.Absolute, out var parsed) ? parsed : null;
        if (!string.Equals(fileType, "csv", StringComparison.OrdinalIgnoreCase))
        {
            return (null, "Only a .csv file can be imported (save the spreadsheet as CSV).");
        }

        if (url is null || url.Scheme != Uri.UriSchemeHttps || !Allowed(url.Host))
        {
            return (null, "I can only read files shared from the clinic's OneDrive or SharePoint.");
        }

        using var http = httpClients.CreateClient(HttpClientName);
        using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return (null, "I could not download the file (the link may have expired): attach it again.");
        }

        var limit = options.Value.MaxImportFileBytes;
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        var buffer = new byte[limit + 1];
        var read = 0;
        int n;
        while (read < buffer.Length && (n = await stream.ReadAsync(buffer.AsMemory(read), cancellationToken)) > 0)
        {
            read += n;
        }

        return read > limit
            ? (null, $"The file is larger than {limit / 1024} KB: split it.")
            : (new UTF8Encoding(false).GetString(buffer, 0, read), null);
    }

    private bool Allowed(string host) => options.Value.ImportFileHosts.Any(allowed =>
        allowed.StartsWith('.') ? host.EndsWith(allowed, StringComparison.OrdinalIgnoreCase) : string.Equals(host, allowed, StringComparison.OrdinalIgnoreCase));
}
