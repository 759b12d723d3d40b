namespace OutreachBot.Host.Summaries;

/// <summary>Creates the summaries' tables at start, before the weekly post and the watchers run.</summary>
public sealed class SummaryTablesInitializer(SummaryTables tables) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => tables.EnsureCreatedAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
