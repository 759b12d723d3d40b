using System.ComponentModel.DataAnnotations;

namespace OutreachBot.Host.Mailbox;

/// <summary>The local mail source: a folder of .eml files (section <c>Mailbox</c>).</summary>
public sealed class MailboxOptions
{
    public const string SectionName = "Mailbox";

    /// <summary>The folder watched for new .eml files; handled ones move to <c>processed/</c>, unreadable ones to <c>unreadable/</c>.</summary>
    [Required]
    public string Folder { get; set; } = "mailbox";

    /// <summary>How often the folder is checked.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>A file must be this old before it is read, so one still being written is left for the next pass.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan SettleTime { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The largest .eml read; larger files are set aside as unreadable.</summary>
    [Range(1024, 200 * 1024 * 1024)]
    public long MaxMessageBytes { get; set; } = 50L * 1024 * 1024;
}
