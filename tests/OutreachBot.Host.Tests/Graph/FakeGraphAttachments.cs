using MimeKit;

namespace OutreachBot.Host.Tests.Graph;

/// <summary>
/// A message's attachments as Graph lists them: a file as a fileAttachment with its bytes in <c>contentBytes</c>, an
/// attached email as an itemAttachment (its content only through <c>$expand</c> of the item, never as bytes).
/// </summary>
public static class FakeGraphAttachments
{
    public static List<Dictionary<string, object?>> Of(MimeMessage message) =>
        [.. message.Attachments.Select((entity, i) => entity switch
        {
            MimePart part => File(part, i),
            _ => Item(entity, i),
        })];

    private static Dictionary<string, object?> File(MimePart part, int index)
    {
        using var bytes = new MemoryStream();
        part.Content!.DecodeTo(bytes);
        return new()
        {
            ["@odata.type"] = "#microsoft.graph.fileAttachment",
            ["id"] = $"att-{index}",
            ["name"] = part.FileName ?? "attachment",
            ["contentType"] = part.ContentType.MimeType,
            ["size"] = bytes.Length,
            ["isInline"] = false,
            ["contentBytes"] = Convert.ToBase64String(bytes.ToArray()),
        };
    }

    private static Dictionary<string, object?> Item(MimeEntity entity, int index) => new()
    {
        ["@odata.type"] = "#microsoft.graph.itemAttachment",
        ["id"] = $"att-{index}",
        ["name"] = entity.ContentDisposition?.FileName ?? "Attached message",
        ["contentType"] = entity.ContentType.MimeType,
        ["isInline"] = false,
    };
}
