using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;

namespace OutreachBot.Host.Tests.Graph;

public sealed partial class FakeGraphServer
{
    private readonly ConcurrentDictionary<string, FakeGraphDrive> _drives = new(StringComparer.OrdinalIgnoreCase);

    public FakeGraphDrive Drive(string driveId) => _drives.GetOrAdd(driveId, _ => new FakeGraphDrive());

    // GET /drives/{id}/root:/{path}:/children, /drives/{id}/items/root/children, and /drives/{id}/items/{item}/content,
    // which Graph answers with a 302 to a pre-authenticated download URL (here on the same server, under /_download).
    private async Task DriveAsync(HttpContext context, string driveId)
    {
        var path = context.Request.Path.Value!;
        var rest = path[(path.IndexOf("/drives/", StringComparison.OrdinalIgnoreCase) + "/drives/".Length + driveId.Length)..].TrimStart('/');
        var drive = Drive(driveId);
        if (!HttpMethods.IsGet(context.Request.Method))
        {
            await ErrorAsync(context, 405, "MethodNotAllowed", null);
            return;
        }

        if (rest.StartsWith("root:", StringComparison.OrdinalIgnoreCase) && rest.EndsWith(":/children", StringComparison.OrdinalIgnoreCase))
        {
            await ChildrenAsync(context, drive, rest["root:".Length..^":/children".Length]);
            return;
        }

        if (string.Equals(rest, "items/root/children", StringComparison.OrdinalIgnoreCase))
        {
            await ChildrenAsync(context, drive, "");
            return;
        }

        var parts = rest.Split('/');
        if (parts is [var items, var id, var content] && Is(items, "items") && Is(content, "content"))
        {
            Counters.Other.AddOrUpdate("GET drive content", 1, (_, n) => n + 1);
            if (drive.FindById(id) is null)
            {
                await ErrorAsync(context, 404, "itemNotFound", null);
                return;
            }

            context.Response.StatusCode = 302;
            context.Response.Headers.Location = $"{BaseUrl.GetLeftPart(UriPartial.Authority)}/_download/{Uri.EscapeDataString(driveId)}/{id}";
            return;
        }

        await ErrorAsync(context, 404, "itemNotFound", null);
    }

    private async Task ChildrenAsync(HttpContext context, FakeGraphDrive drive, string folder)
    {
        Counters.Other.AddOrUpdate("GET drive children", 1, (_, n) => n + 1);
        if (drive.Children(folder) is not { } children)
        {
            await ErrorAsync(context, 404, "itemNotFound", null);
            return;
        }

        var value = children.Select(c => c.File is { } file
            ? new Dictionary<string, object?>
            {
                ["id"] = file.Id,
                ["name"] = c.Name,
                ["size"] = file.Content.LongLength,
                ["file"] = new Dictionary<string, object?> { ["mimeType"] = "application/octet-stream" },
            }
            : new Dictionary<string, object?>
            {
                ["id"] = "01FAKEFOLDER" + c.Name,
                ["name"] = c.Name,
                ["size"] = 0,
                ["folder"] = new Dictionary<string, object?> { ["childCount"] = 1 },
            }).ToList();
        await context.Response.WriteAsJsonAsync(new Dictionary<string, object?> { ["value"] = value }, context.RequestAborted);
    }

    private async Task DownloadAsync(HttpContext context, string driveId, string id)
    {
        Counters.Other.AddOrUpdate("GET download", 1, (_, n) => n + 1);
        if (Drive(driveId).FindById(id) is not { } file)
        {
            await ErrorAsync(context, 404, "itemNotFound", null);
            return;
        }

        context.Response.ContentType = "application/octet-stream";
        await context.Response.Body.WriteAsync(file.Content, context.RequestAborted);
    }
}
