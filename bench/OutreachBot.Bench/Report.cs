using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace OutreachBot.Bench;

internal static class Report
{
    public static string Markdown(IReadOnlyList<RunResult> results, BenchOptions options, IReadOnlyList<string> loadAverages)
    {
        var s = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        s.AppendLine("# /api/messages: ours vs. botbuilder 4.23.3");
        s.AppendLine();
        s.AppendLine(c, $"{Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}; " +
            $"{options.Warmup.TotalSeconds:0} s warm-up + {options.Duration.TotalSeconds:0} s per row, closed loop, 127.0.0.1, " +
            $"authentication on for both (RS256, local OpenID metadata, endorsements){(options.Pin ? "; target on CPU 1, driver on CPU 0" : "")}.");
        s.AppendLine(c, $"Load average of the whole machine (1, 5, 15 min) before and after: {string.Join(" / ", loadAverages)}; anything above 2 means other work shared these 2 cores.");
        s.AppendLine();
        s.AppendLine("| target | scenario | clients | req/s | p50 ms | p99 ms | errors | connector sends/s |");
        s.AppendLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var r in results)
        {
            s.AppendLine(c, $"| {r.Target} | {r.Scenario} | {r.Clients} | {r.RequestsPerSecond:0} | {r.P50Ms:0.00} | {r.P99Ms:0.00} | {r.Errors}{(r.FirstError is { } e ? $" ({e})" : "")} | {r.ConnectorSendsPerSecond:0} |");
        }

        var pairs = results.Where(r => r.Target == "ours")
            .Select(o => (Ours: o, Reference: results.FirstOrDefault(r => r.Target == "reference" && r.Scenario == o.Scenario && r.Clients == o.Clients)))
            .Where(p => p.Reference is not null)
            .ToList();
        if (pairs.Count > 0)
        {
            s.AppendLine();
            s.AppendLine("| scenario | clients | req/s ours/reference | p99 ours/reference |");
            s.AppendLine("| --- | ---: | ---: | ---: |");
            foreach (var (o, r) in pairs)
            {
                s.AppendLine(c, $"| {o.Scenario} | {o.Clients} | {o.RequestsPerSecond / r!.RequestsPerSecond:0.00}x | {o.P99Ms / r.P99Ms:0.00}x |");
            }
        }

        s.AppendLine();
        s.AppendLine("message: ours answers 202 and sends the echo from its background worker; botbuilder answers 200 after the echo was sent " +
            "(its latency includes the connector call). connector sends/s counts echoes the stub connector received in the window.");
        return s.ToString();
    }
}
