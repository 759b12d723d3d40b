using System.Diagnostics;

namespace OutreachBot.Host.Tests.Operations;

/// <summary>
/// A bot missing a required setting refuses to start, and the message names the setting. The bot runs as its own
/// process, as on the server: in process, WebApplicationFactory races the app's own disposal after a failed start and
/// sometimes reports an ObjectDisposedException instead of the validation error.
/// </summary>
public sealed class RequiredSettingsTests : IDisposable
{
    private static readonly string[] ClearedPrefixes = ["Bot__", "Storage__", "Graph__", "ASPNETCORE_", "DOTNET_ENVIRONMENT"];
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromMinutes(1));

    private CancellationToken Ct => _timeout.Token;

    [Theory]
    [InlineData("Bot:AppId")]
    [InlineData("Bot:TenantId")]
    [InlineData("Storage:ConnectionString")]
    public async Task Production_WithoutARequiredSetting_RefusesToStartNamingIt(string left)
    {
        var settings = new Dictionary<string, string>
        {
            ["Bot:AppId"] = "00000000-0000-0000-0000-000000000011",
            ["Bot:TenantId"] = "00000000-0000-0000-0000-000000000001",
            ["Storage:ConnectionString"] = "UseDevelopmentStorage=true",
        };
        settings.Remove(left);

        var (exitCode, output) = await RunBotAsync(settings);

        Assert.NotEqual(0, exitCode);
        var error = output.Split('\n').First(line => line.Contains("OptionsValidationException: ", StringComparison.Ordinal));
        Assert.Contains(left, error, StringComparison.Ordinal);
    }

    public void Dispose() => _timeout.Dispose();

    /// <summary>Starts the built bot in Production with only <paramref name="settings"/> (as command-line settings) and waits for it to stop.</summary>
    private async Task<(int ExitCode, string Output)> RunBotAsync(Dictionary<string, string> settings)
    {
        var bot = Path.Combine(AppContext.BaseDirectory, "OutreachBot.Host.dll");
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.ArgumentList.Add(bot);
        info.ArgumentList.Add("--urls=http://127.0.0.1:0");
        foreach (var (key, value) in settings)
        {
            info.ArgumentList.Add($"--{key}={value}");
        }

        // Nothing from this machine's environment may fill the gap.
        foreach (var name in info.Environment.Keys.Where(k => ClearedPrefixes.Any(p => k.StartsWith(p, StringComparison.OrdinalIgnoreCase))).ToList())
        {
            info.Environment.Remove(name);
        }

        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start the bot");
        var stdout = process.StandardOutput.ReadToEndAsync(Ct);
        var stderr = process.StandardError.ReadToEndAsync(Ct);
        try
        {
            await process.WaitForExitAsync(Ct);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("the bot started (or hung) although a required setting was missing");
        }

        return (process.ExitCode, await stdout + await stderr);
    }
}
