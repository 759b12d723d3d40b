using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OutreachBot.Protocol.Authentication;
using OutreachBot.Protocol.Hosting;

namespace OutreachBot.Bench;

/// <summary>
/// <c>micro</c>: the cost of each step of the endpoint on one thread, without HTTP, to tell where a request's CPU goes:
/// reading the activity, validating the token (signature, issuer, audience, lifetime, endorsement, serviceurl).
/// </summary>
internal static class Micro
{
    public static async Task RunAsync(LocalServers servers, Payload payload, string token, TimeSpan duration)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bot:AppId"] = LocalServers.AppId,
            ["Bot:Authentication:BotFrameworkMetadataUrl"] = servers.BotFrameworkMetadataUrl,
            ["Bot:Authentication:EntraMetadataUrl"] = servers.EntraMetadataUrl,
            ["Bot:Authentication:RequireHttpsMetadata"] = "false",
        }).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<IHostEnvironment>(new BenchEnvironment())
            .AddLogging()
            .AddBotAuthentication()
            .BuildServiceProvider();
        var validator = services.GetRequiredService<IInboundTokenValidator>();
        var body = payload.Next();
        var header = $"Bearer {token}";

        Measure("ActivityReader.Parse (message)", duration, () =>
        {
            if (ActivityReader.Parse(body).Status != StatusCodes.Status200OK)
            {
                throw new InvalidOperationException("parse failed");
            }

            return Task.CompletedTask;
        });
        await MeasureAsync("IInboundTokenValidator.ValidateAsync", duration, async () =>
        {
            var result = await validator.ValidateAsync(header, LocalServers.Channel, servers.ServiceUrl, CancellationToken.None);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"token refused: {result.Failure}");
            }
        });
    }

    private static void Measure(string name, TimeSpan duration, Func<Task> step) => MeasureAsync(name, duration, step).GetAwaiter().GetResult();

    private static async Task MeasureAsync(string name, TimeSpan duration, Func<Task> step)
    {
        for (var i = 0; i < 2000; i++)
        {
            await step();
        }

        var gcBefore = GC.CollectionCount(0);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var stopwatch = Stopwatch.StartNew();
        long n = 0;
        while (stopwatch.Elapsed < duration)
        {
            await step();
            n++;
        }

        var perOp = stopwatch.Elapsed.TotalMicroseconds / n;
        var allocated = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / n;
        Console.WriteLine($"{name,-40} {perOp,8:0.0} µs/op  {allocated,7} B/op  ({n} ops, {GC.CollectionCount(0) - gcBefore} gen0)");
    }

    private sealed class BenchEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Production;

        public string ApplicationName { get; set; } = "OutreachBot.Bench";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } =
            new Microsoft.Extensions.FileProviders.NullFileProvider();
    }
}
