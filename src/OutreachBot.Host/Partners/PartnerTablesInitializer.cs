namespace OutreachBot.Host.Partners;

/// <summary>Creates the directory's tables at start, before mail or Teams can touch a partner.</summary>
public sealed class PartnerTablesInitializer(PartnerTables tables) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => tables.EnsureCreatedAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
