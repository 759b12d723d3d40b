using System.ComponentModel.DataAnnotations;

namespace OutreachBot.Host.Mailbox.Graph;

/// <summary>Mail read from Exchange Online through Graph delta queries (section <c>Graph:Mail</c>).</summary>
public sealed class GraphMailOptions : IValidatableObject
{
    public const string SectionName = "Graph:Mail";

    public bool Enabled { get; set; }

    /// <summary>The mailboxes read, each with its folders.</summary>
    public List<GraphMailboxOptions> Mailboxes { get; set; } = [];

    /// <summary>Messages per delta page (sent as <c>Prefer: odata.maxpagesize</c>).</summary>
    [Range(1, 1000)]
    public int PageSize { get; set; } = 50;

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The largest MIME message read; a larger one is logged by id and left alone.</summary>
    [Range(1024, 200 * 1024 * 1024)]
    public long MaxMessageBytes { get; set; } = 50L * 1024 * 1024;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enabled)
        {
            yield break;
        }

        if (Mailboxes.Count == 0)
        {
            yield return new ValidationResult("Graph:Mail:Enabled is true but Graph:Mail:Mailboxes is empty.", [nameof(Mailboxes)]);
        }

        for (var i = 0; i < Mailboxes.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(Mailboxes[i].User))
            {
                yield return new ValidationResult($"Graph:Mail:Mailboxes:{i}:User must be a user id or UPN.", [nameof(Mailboxes)]);
            }

            if (Mailboxes[i].Folders.Count == 0 || Mailboxes[i].Folders.Any(string.IsNullOrWhiteSpace))
            {
                yield return new ValidationResult($"Graph:Mail:Mailboxes:{i}:Folders must list folder ids or well-known names (inbox).", [nameof(Mailboxes)]);
            }
        }
    }
}

/// <summary>One mailbox: the user (id or UPN) and the folders read from it.</summary>
public sealed class GraphMailboxOptions
{
    public string User { get; set; } = "";

    public List<string> Folders { get; set; } = ["inbox"];
}
