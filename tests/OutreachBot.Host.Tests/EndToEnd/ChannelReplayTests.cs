using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using OutreachBot.Host.Tests.Infrastructure;

namespace OutreachBot.Host.Tests.EndToEnd;

/// <summary>
/// A second, independent client: the real bot (Development, authentication off) on a free loopback port, and
/// <c>node --test tests/channel-replay/</c> posting Teams-shaped activities to it and checking the answers. Needs
/// Azurite (OUTREACHBOT_TEST_TABLES) and node on the PATH; the replay has no npm dependencies.
/// </summary>
public sealed class ChannelReplayTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task Node_channel_replay_passes_against_the_running_bot()
    {
        var port = FreePort();
        await using var bot = new OutreachBotApp(port);
        bot.StartServer();

        var (exitCode, output) = await RunNodeTestAsync(
            Path.Combine(LocalStack.RepositoryRoot, "tests", "channel-replay"), $"http://127.0.0.1:{port}");

        Assert.True(exitCode == 0, $"node --test tests/channel-replay/ exited with {exitCode}:{Environment.NewLine}{output}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<(int ExitCode, string Output)> RunNodeTestAsync(string folder, string botUrl)
    {
        var info = new ProcessStartInfo("node")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add("--test");
        info.ArgumentList.Add("--test-reporter=spec");
        info.ArgumentList.Add(folder);
        info.Environment["OUTREACHBOT_BOT_URL"] = botUrl;
        info.Environment["NO_COLOR"] = "1";

        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start node");
        process.StandardInput.Close();
        var output = new StringBuilder();
        var outputLock = new Lock();
        void Append(string? line)
        {
            if (line is not null)
            {
                lock (outputLock)
                {
                    output.AppendLine(line);
                }
            }
        }

        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            Append($"(killed after {Timeout.TotalSeconds:0} s)");
            return (-1, output.ToString());
        }

        // The asynchronous readers may still hold the last lines: WaitForExit() without a timeout drains them.
        process.WaitForExit();
        lock (outputLock)
        {
            return (process.ExitCode, output.ToString());
        }
    }
}
