namespace OutreachBot.Host.Correspondence;

/// <summary>Where the clinic keeps its own letter templates (section <c>Correspondence:Templates</c>).</summary>
public sealed class LetterTemplatesOptions
{
    public const string SectionName = "Correspondence:Templates";

    /// <summary>
    /// A folder of the clinic's own templates; a file there wins over the one shipped in <c>ReferrerLetters/</c>.
    /// Null: the shipped templates only. Read at every letter, so edits need no restart.
    /// </summary>
    public string? Folder { get; set; }
}
