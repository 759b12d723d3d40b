namespace OutreachBot.Mime;

/// <summary>
/// Caps that keep one hostile or broken message within bounded time and memory. Detection reads the first pages
/// of a referral; nothing past these limits changes its answer.
/// </summary>
internal static class MimeReadLimits
{
    /// <summary>Raw message size; the host's Mailbox:MaxMessageBytes is normally lower.</summary>
    public const long MaxMessageBytes = 64L * 1024 * 1024;

    /// <summary>Multiparts nested deeper than this are read as opaque parts.</summary>
    public const int MaxMimeDepth = 16;

    public const int MaxAttachments = 40;

    /// <summary>HTML is cut before conversion so its regular expressions stay linear in practice.</summary>
    public const int MaxHtmlChars = 1_000_000;

    public const int MaxBodyChars = 200_000;

    public const int MaxAttachmentTextChars = 100_000;

    public const long MaxPdfBytes = 20L * 1024 * 1024;

    public const int MaxPdfPages = 12;

    public static string Cap(string text, int maxChars) => text.Length <= maxChars ? text : text[..maxChars];
}
