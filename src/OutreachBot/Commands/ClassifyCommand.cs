using OutreachBot.Cli.Batch;
using OutreachBot.Cli.Output;

namespace OutreachBot.Cli.Commands;

/// <summary><c>classify PATH...</c>: one JSON object per message; an unreadable file gets an error object and the batch goes on.</summary>
internal static class ClassifyCommand
{
    public static int Run(IReadOnlyList<string> paths, TextWriter output)
    {
        var results = MessageBatch.Classify(EmlFiles.Expand(paths), DetectorSetup.Rules());
        var filesById = MessageBatch.FilesById(results);
        foreach (var result in results)
        {
            output.WriteLine(LabelJson.Write(result, filesById));
        }

        return 0;
    }
}
