namespace OutreachBot.Host.Storage;

/// <summary>Creates the tables before anything else starts, so a missing storage account fails the start, loudly.</summary>
public sealed class StorageInitializer(PipelineTables tables) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => tables.EnsureCreatedAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
