namespace OutreachBot.Host.Tests.Infrastructure;

/// <summary>
/// The real local parts that ./test.sh starts before the tests (Azurite, the Agents Playground) and the port the
/// Playground expects the bot on. Integration tests fail with a clear message when run without them.
/// </summary>
public static class LocalStack
{
    public static string TablesConnectionString => Require("OUTREACHBOT_TEST_TABLES");

    public static Uri PlaygroundUrl => new(Require("OUTREACHBOT_TEST_PLAYGROUND"));

    public static int BotPort => int.Parse(Require("OUTREACHBOT_TEST_BOT_PORT"), System.Globalization.CultureInfo.InvariantCulture);

    public static string ArtifactsFolder =>
        Environment.GetEnvironmentVariable("OUTREACHBOT_TEST_ARTIFACTS") is { Length: > 0 } folder
            ? folder
            : Path.Combine(RepositoryRoot, "artifacts");

    /// <summary>The folder that holds OutreachBot.sln.</summary>
    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "OutreachBot.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("OutreachBot.sln not found above the test folder.");
        }
    }

    /// <summary>A table prefix no other test uses, so tests share one Azurite without seeing each other's rows.</summary>
    public static string UniqueTablePrefix() => "t" + Guid.NewGuid().ToString("N")[..12];

    private static string Require(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{name} is not set: run the tests with ./test.sh, which starts Azurite and the Agents Playground.");
}
