namespace OutreachBot.Host.Outreach.Materials;

/// <summary>Where the clinic keeps its own pathway materials and outreach emails (section <c>Outreach:Materials</c>).</summary>
public sealed class MaterialsOptions
{
    public const string SectionName = "Outreach:Materials";

    /// <summary>
    /// A folder of the clinic's own files; a file there wins over the one shipped in <c>PathwayMaterials/</c>, and
    /// <c>{Folder}/{pathway}/</c> holds extra forms attached with that pathway's intake packet. Null: the shipped files only.
    /// </summary>
    public string? Folder { get; set; }
}
