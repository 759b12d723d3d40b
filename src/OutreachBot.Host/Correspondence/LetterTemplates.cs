using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace OutreachBot.Host.Correspondence;

/// <summary>
/// Letter templates as plain text files: the clinic's folder first (<see cref="LetterTemplatesOptions.Folder"/>),
/// then the ones shipped in <c>ReferrerLetters/</c>. Read at each letter, so an edited file applies to the next one.
/// </summary>
public sealed partial class LetterTemplates(IOptions<LetterTemplatesOptions> options)
{
    /// <summary>The placeholders a template may use; anything else is refused, so a typo is never mailed.</summary>
    public static IReadOnlySet<string> Placeholders { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "ClinicName", "ReferrerName", "Patient", "ReferralId", "ReceivedDate", "FirstContactWithin", "MissingItems",
    };

    /// <summary>The folder of the templates shipped with OutreachBot.</summary>
    public static string ShippedFolder => Path.Combine(AppContext.BaseDirectory, "ReferrerLetters");

    /// <summary>
    /// Fills the first template found among <paramref name="names"/> (most specific first, without ".txt") with
    /// <paramref name="values"/>: returns the subject and the body.
    /// </summary>
    public async Task<(string Subject, string Body)> RenderAsync(IEnumerable<string> names, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(values);
        var path = Find(names) ?? throw new LetterTemplateException($"No letter template {string.Join(" or ", names.Select(n => n + ".txt"))} in {Describe()}.");
        var text = (await File.ReadAllTextAsync(path, cancellationToken)).Replace("\r\n", "\n", StringComparison.Ordinal);
        var filled = Placeholder().Replace(text, match => values.TryGetValue(match.Groups[1].Value, out var value) && Placeholders.Contains(match.Groups[1].Value)
            ? value
            : throw new LetterTemplateException($"The letter template {path} uses {match.Value}, which OutreachBot does not fill; nothing was sent."));
        var lines = filled.Split('\n');
        if (!lines[0].StartsWith("Subject:", StringComparison.OrdinalIgnoreCase))
        {
            throw new LetterTemplateException($"The letter template {path} must start with a 'Subject:' line.");
        }

        return (lines[0]["Subject:".Length..].Trim(), string.Join('\n', lines.Skip(1)).Trim() + "\n");
    }

    private string? Find(IEnumerable<string> names)
    {
        string[] folders = options.Value.Folder is { Length: > 0 } own ? [Path.GetFullPath(own), ShippedFolder] : [ShippedFolder];
        return names
            .SelectMany(name => folders.Select(folder => Path.Combine(folder, name + ".txt")))
            .FirstOrDefault(File.Exists);
    }

    private string Describe() => options.Value.Folder is { Length: > 0 } own ? $"{own} or {ShippedFolder}" : ShippedFolder;

    [GeneratedRegex(@"\{\{\s*([A-Za-z]+)\s*\}\}")]
    private static partial Regex Placeholder();
}
