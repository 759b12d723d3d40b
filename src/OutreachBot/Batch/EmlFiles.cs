namespace OutreachBot.Cli.Batch;

/// <summary>The .eml files named on the command line: files as given, folders searched (not recursively), sorted.</summary>
internal static class EmlFiles
{
    public static List<string> Expand(IEnumerable<string> paths) =>
        [.. paths.SelectMany<string, string>(p => Directory.Exists(p)
            ? Directory.EnumerateFiles(p, "*.eml").Order(StringComparer.Ordinal)
            : [p])];
}
