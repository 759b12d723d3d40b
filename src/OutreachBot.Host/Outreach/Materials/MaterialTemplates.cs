using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using OutreachBot.Host.Correspondence;

namespace OutreachBot.Host.Outreach.Materials;

/// <summary>
/// The pathway materials and outreach emails as editable files, as <see cref="LetterTemplates"/> does for letters:
/// the clinic's folder first (<see cref="MaterialsOptions.Folder"/>), then the ones shipped in <c>PathwayMaterials/</c>.
/// Read at each use, so an edited file applies to the next email. Unknown placeholders are refused.
/// </summary>
public sealed partial class MaterialTemplates(IOptions<MaterialsOptions> options)
{
    /// <summary>The placeholders a material or email may use.</summary>
    public static IReadOnlySet<string> Placeholders { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "ClinicName", "ClinicPhone", "ClinicFax", "ClinicAddress", "ClinicWebsite", "ReferralEmail", "FirstContactWithin",
        "PathwayName", "ContactName", "Organization", "StaffName", "Month", "NextContact",
    };

    /// <summary>The folder of the files shipped with OutreachBot.</summary>
    public static string ShippedFolder => Path.Combine(AppContext.BaseDirectory, "PathwayMaterials");

    /// <summary>The clinic's own folder, when configured.</summary>
    public string? OwnFolder => options.Value.Folder is { Length: > 0 } own ? Path.GetFullPath(own) : null;

    /// <summary>Fills the first file found among <paramref name="names"/> (with extension), most specific first.</summary>
    public async Task<string> RenderAsync(IEnumerable<string> names, IReadOnlyDictionary<string, string> values, Func<string, string> encode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(encode);
        var wanted = names.ToList();
        var path = wanted.SelectMany(name => Folders().Select(folder => Path.Combine(folder, name))).FirstOrDefault(File.Exists)
            ?? throw new LetterTemplateException($"No pathway material {string.Join(" or ", wanted)} in {string.Join(" or ", Folders())}.");
        var text = (await File.ReadAllTextAsync(path, cancellationToken)).Replace("\r\n", "\n", StringComparison.Ordinal);
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

    private IEnumerable<string> Folders() => OwnFolder is { } own ? [own, ShippedFolder] : [ShippedFolder];

    [GeneratedRegex(@"\{\{\s*([A-Za-z]+)\s*\}\}")]
    private static partial Regex Placeholder();
}
