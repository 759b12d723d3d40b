using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using OutreachBot.Clinic.Partners;
using OutreachBot.Host.Partners;
using OutreachBot.Host.Storage;
using OutreachBot.Host.Tests.Infrastructure;

namespace OutreachBot.Host.Tests.Partners;

/// <summary>The partner directory with its real registrations, on Azurite tables of its own prefix (run through ./test.sh).</summary>
public sealed class PartnerInstance : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public PartnerInstance(FakeTimeProvider time, string? tablePrefix = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = LocalStack.TablesConnectionString,
            ["Storage:TablePrefix"] = tablePrefix ?? LocalStack.UniqueTablePrefix(),
        };
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<TimeProvider>(time);
        services.AddPipelineStorage();
        services.AddPartners();
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    public IPartnerDirectory Directory => Get<IPartnerDirectory>();

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public Task StartAsync(CancellationToken cancellationToken) => Get<PartnerTables>().EnsureCreatedAsync(cancellationToken);

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
