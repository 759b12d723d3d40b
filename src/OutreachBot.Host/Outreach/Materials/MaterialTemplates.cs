using System.Text;
using System.Text.RegularExpressions;
using OutreachBot.Host.Correspondence;

namespace OutreachBot.Host.Outreach.Materials;

/// <summary>
/// The pathway materials and outreach emails as editable files, as <see cref="LetterTemplates"/> does for letters:
/// the clinic's own files first (<see cref="IClinicMaterialFiles"/>: a local folder, or a SharePoint/OneDrive library),
/// then the ones shipped in <c>PathwayMaterials/</c>. Read at each use, so an edited file applies to the next email.
/// Unknown placeholders are refused.
/// </summary>
public sealed partial class MaterialTemplates(IClinicMaterialFiles files)
{
    /// <summary>The placeholders a material or email may use.</summary>
    public static IReadOnlySet<string> Placeholders { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "ClinicName", "ClinicPhone", "ClinicFax", "ClinicAddress", "ClinicWebsite", "ReferralEmail", "FirstContactWithin",
        "PathwayName", "ContactName", "Organization", "StaffName", "Month", "NextContact",
    };

    /// <summary>The folder of the files shipped with OutreachBot.</summary>
    public static string ShippedFolder => Path.Combine(AppContext.BaseDirectory, "PathwayMaterials");

    /// <summary>The clinic's own files.</summary>
    public IClinicMaterialFiles Files => files;

    /// <summary>Fills the first file found among <paramref name="names"/> (with extension), most specific first.</summary>
    public async Task<string> RenderAsync(IEnumerable<string> names, IReadOnlyDictionary<string, string> values, Func<string, string> encode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(encode);
        var wanted = names.ToList();
        var (path, text) = await FindAsync(wanted, cancellationToken)
            ?? throw new LetterTemplateException($"No pathway material {string.Join(" or ", wanted)} in {files.Where} or {ShippedFolder}.");
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        return Placeholder().Replace(text, match => Placeholders.Contains(match.Groups[1].Value) && values.TryGetValue(match.Groups[1].Value, out var value)
            ? encode(value)
            : throw new LetterTemplateException($"The file {path} uses {match.Value}, which OutreachBot does not fill here; nothing was sent."));
    }

    /// <summary>Fills an email template: returns its subject (the first line, <c>Subject: ...</c>) and plain-text body.</summary>
    public async Task<(string Subject, string Body)> RenderMailAsync(string name, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken)
    {
        var filled = await RenderAsync([name], values, text => text, cancellationToken);
        var lines = filled.Split('\n');
        if (!lines[0].StartsWith("Subject:", StringComparison.OrdinalIgnoreCase))
        {
            throw new LetterTemplateException($"The email template {name} must start with a 'Subject:' line.");
        }

        return (lines[0]["Subject:".Length..].Trim(), string.Join('\n', lines.Skip(1)).Trim() + "\n");
    }

    // The most specific name first; for each name the clinic's own file, then the shipped one.
    private async Task<(string Path, string Text)?> FindAsync(IReadOnlyList<string> names, CancellationToken cancellationToken)
    {
        var own = await files.ListAsync(null, cancellationToken);
        foreach (var name in names)
        {
            if (own.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase)) is { } file)
            {
                return ($"{file.Name} in {files.Where}", Encoding.UTF8.GetString(await files.ReadAsync(file, cancellationToken)).TrimStart('\uFEFF'));
            }

            var shipped = Path.Combine(ShippedFolder, name);
            if (File.Exists(shipped))
            {
                return (shipped, await File.ReadAllTextAsync(shipped, cancellationToken));
            }
        }

        return null;
    }

    [GeneratedRegex(@"\{\{\s*([A-Za-z]+)\s*\}\}")]
    private static partial Regex Placeholder();
}
