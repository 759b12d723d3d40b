using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using OutreachBot.Bench;

// bench/run.sh is the way in. Modes:
//   (default)            drive: start the local servers, then each target in turn, load it, print the table
//   serve-ours PORT URL  our bot on 127.0.0.1:PORT, trusting the metadata server at URL (started by the driver)
if (args is ["serve-ours", var portText, var metadataUrl])
{
    return await OursBot.RunAsync(int.Parse(portText, CultureInfo.InvariantCulture), metadataUrl);
}

if (args is ["micro", ..])
{
    await using var local = await LocalServers.StartAsync();
    await Micro.RunAsync(local, Payload.Message(local.ServiceUrl, "micro"), local.MintToken(), TimeSpan.FromSeconds(3));
    return 0;
}

var options = BenchOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("""
        usage: OutreachBot.Bench --reference DIR [--targets ours,reference] [--clients 1,32] [--warmup 2] [--duration 10]
                                 [--pin] [--out FILE]
          --reference DIR  bench/reference (npm ci'd); --pin runs the target on CPU 1 and the driver on CPU 0 (taskset)
        """);
    return 2;
}

await using var servers = await LocalServers.StartAsync();
var tokens = Enumerable.Range(0, 4).Select(_ => servers.MintToken()).ToArray();
var run = DateTime.UtcNow.ToString("HHmmss", CultureInfo.InvariantCulture);
var payloads = new[] { Payload.Message(servers.ServiceUrl, run), Payload.CardAction(servers.ServiceUrl, run) };
if (options.Pin && OperatingSystem.IsLinux())
{
    Process.GetCurrentProcess().ProcessorAffinity = 1;
}

Console.Error.WriteLine($"bench: local metadata and stub connector on {servers.BaseUrl}; {options.Warmup.TotalSeconds:0} s warm-up + {options.Duration.TotalSeconds:0} s per run");
var results = new List<RunResult>();
var load = new List<string> { LoadAverage() };
// Both targets run side by side (the idle one costs nothing) and each row measures them one right after the other,
// so a change in the machine's other load hits both alike.
var running = new List<(string Name, Process Process, Uri Endpoint)>();
try
{
    foreach (var target in options.Targets)
    {
        var port = FreePort();
        var process = Targets.Start(target, port, servers.BaseUrl, options);
        running.Add((target, process, new Uri($"http://127.0.0.1:{port}/api/messages")));
        await Targets.WaitUntilListeningAsync(process, running[^1].Endpoint);
    }

    foreach (var payload in payloads)
    {
        foreach (var (name, _, endpoint) in running)
        {
            await Targets.CheckOnceAsync(name, endpoint, payload, tokens[0]);
        }

        foreach (var clients in options.Clients)
        {
            foreach (var (name, _, endpoint) in running)
            {
                Console.Error.WriteLine($"bench: {name} {payload.Name} x{clients} ...");
                var result = await LoadDriver.RunAsync(
                    name, endpoint, payload, clients, tokens, options.Warmup, options.Duration,
                    () => servers.ConnectorSends, Targets.Check(payload));
                results.Add(result);
                Console.Error.WriteLine($"bench:   {result.RequestsPerSecond:0} req/s, p50 {result.P50Ms:0.00} ms, p99 {result.P99Ms:0.00} ms, {result.Errors} errors{(result.FirstError is { } e ? $" (first: {e})" : "")}");
                await WaitForQuietConnectorAsync(servers);
            }
        }
    }
}
finally
{
    foreach (var (_, process, _) in running)
    {
        Targets.Stop(process);
        process.Dispose();
    }
}

load.Add(LoadAverage());
var report = Report.Markdown(results, options, load);
Console.WriteLine(report);
if (options.Out is { } outFile)
{
    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outFile))!);
    await File.WriteAllTextAsync(outFile, report);
    Console.Error.WriteLine($"bench: wrote {outFile}");
}

return 0;

static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

static int FreePort()
{
    using var listener = new TcpListener(IPAddress.Loopback, 0);
    listener.Start();
    return ((IPEndPoint)listener.LocalEndpoint).Port;
}

// Background sends still in flight must not count in the next run.
static async Task WaitForQuietConnectorAsync(LocalServers servers)
{
    var deadline = DateTime.UtcNow.AddSeconds(15);
    var last = servers.ConnectorSends;
    while (DateTime.UtcNow < deadline)
    {
        await Task.Delay(500);
        var now = servers.ConnectorSends;
        if (now == last)
        {
            return;
        }

        last = now;
    }
}

internal sealed record BenchOptions(
    string ReferenceDir, IReadOnlyList<string> Targets, IReadOnlyList<int> Clients, TimeSpan Warmup, TimeSpan Duration, bool Pin,
    string? Out)
{
    public static BenchOptions? Parse(string[] args)
    {
        string? reference = null;
        string? outFile = null;
        string[] targets = ["ours", "reference"];
        int[] clients = [1, 32];
        double warmup = 2, duration = 10;
        var pin = false;
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--reference": reference = Value(); break;
                case "--targets": targets = Value().Split(',', StringSplitOptions.RemoveEmptyEntries); break;
                case "--clients": clients = [.. Value().Split(',').Select(c => Math.Clamp(int.Parse(c, CultureInfo.InvariantCulture), 1, 256))]; break;
                case "--warmup": warmup = Math.Clamp(double.Parse(Value(), CultureInfo.InvariantCulture), 0, 60); break;
                case "--duration": duration = Math.Clamp(double.Parse(Value(), CultureInfo.InvariantCulture), 1, 120); break;
                case "--pin": pin = true; break;
                case "--out": outFile = Value(); break;
                default: return null;
            }
        }

        if (targets.Any(t => t is not ("ours" or "reference")) || (targets.Contains("reference") && reference is null))
        {
            return null;
        }

        return new BenchOptions(reference ?? "", targets, clients, TimeSpan.FromSeconds(warmup), TimeSpan.FromSeconds(duration), pin, outFile);
    }
}

internal static class Targets
{
    public static Process Start(string target, int port, string metadataBaseUrl, BenchOptions options)
    {
        ProcessStartInfo info;
        if (target == "ours")
        {
            var self = Environment.ProcessPath!;
            info = new ProcessStartInfo(self);
            if (Path.GetFileNameWithoutExtension(self) == "dotnet")
            {
                info.ArgumentList.Add(typeof(Targets).Assembly.Location);
            }

            foreach (var arg in new[] { "serve-ours", port.ToString(CultureInfo.InvariantCulture), metadataBaseUrl })
            {
                info.ArgumentList.Add(arg);
            }
        }
        else
        {
            info = new ProcessStartInfo("node") { WorkingDirectory = options.ReferenceDir };
            info.ArgumentList.Add("index.js");
            info.Environment["BENCH_PORT"] = port.ToString(CultureInfo.InvariantCulture);
            info.Environment["BENCH_APP_ID"] = LocalServers.AppId;
            info.Environment["BENCH_OPENID_METADATA_URL"] = $"{metadataBaseUrl}/botframework/.well-known/openidconfiguration";
            info.Environment["NODE_ENV"] = "production";
        }

        if (options.Pin)
        {
            info.ArgumentList.Insert(0, info.FileName);
            info.ArgumentList.Insert(0, "1");
            info.ArgumentList.Insert(0, "-c");
            info.FileName = "taskset";
        }

        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.UseShellExecute = false;
        var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {target}");
        var tail = new Queue<string>();
        void Keep(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (tail)
            {
                tail.Enqueue(line);
                while (tail.Count > 40)
                {
                    tail.Dequeue();
                }
            }
        }

        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        Tails[process.Id] = tail;
        return process;
    }

    private static readonly Dictionary<int, Queue<string>> Tails = [];

    public static string Tail(Process process)
    {
        if (!Tails.TryGetValue(process.Id, out var tail))
        {
            return "";
        }

        lock (tail)
        {
            return string.Join(Environment.NewLine, tail);
        }
    }

    public static async Task WaitUntilListeningAsync(Process process, Uri endpoint)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"the target exited with {process.ExitCode}:{Environment.NewLine}{Tail(process)}");
            }

            try
            {
                using var response = await http.GetAsync(endpoint);
                return;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(200);
            }
        }

        throw new TimeoutException($"the target did not listen on {endpoint} within 60 s:{Environment.NewLine}{Tail(process)}");
    }

    /// <summary>One authenticated request of each kind before loading, so a 401 or a wrong answer stops the bench at once.</summary>
    public static async Task CheckOnceAsync(string target, Uri endpoint, Payload payload, string token)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new ByteArrayContent(payload.Next()) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.TryAddWithoutValidation("Authorization", $"Bearer {token}");
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsByteArrayAsync();
        var problem = Check(payload)(response, body);
        if (problem is null && payload.Name == "card-action")
        {
            var text = Encoding.UTF8.GetString(body);
            if (!text.Contains("\"statusCode\":200", StringComparison.Ordinal) || !text.Contains("application/vnd.microsoft.card.adaptive", StringComparison.Ordinal))
            {
                problem = $"unexpected invoke body {text}";
            }
        }

        using var unauthenticated = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new ByteArrayContent(payload.Next()) };
        unauthenticated.Content.Headers.ContentType = new("application/json");
        using var refused = await http.SendAsync(unauthenticated);
        if ((int)refused.StatusCode != 401)
        {
            problem ??= $"a request without a token got {(int)refused.StatusCode}, not 401: is authentication on?";
        }

        if (problem is not null)
        {
            throw new InvalidOperationException($"{target} {payload.Name}: {problem}");
        }
    }

    public static Func<HttpResponseMessage, byte[], string?> Check(Payload payload) => payload.Name == "card-action"
        ? (response, body) => (int)response.StatusCode == 200 && body.Length > 0 ? null : $"HTTP {(int)response.StatusCode}"
        // Ours acknowledges 202 and handles the message in the background; botbuilder answers 200 after the turn.
        : (response, _) => response.IsSuccessStatusCode ? null : $"HTTP {(int)response.StatusCode}";

    public static void Stop(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }
    }
}
