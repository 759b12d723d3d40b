using Azure;
using OutreachBot.Host.Storage;

namespace OutreachBot.Host.Operations;

/// <summary>Table Storage answers a one-row read of the Settings table (with the app's own credential).</summary>
public sealed class StorageReadiness(PipelineTables tables) : IReadinessCheck
{
    public async Task<DependencyState> CheckAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var _ in tables.Settings.QueryAsync<Azure.Data.Tables.TableEntity>(maxPerPage: 1, select: ["PartitionKey"], cancellationToken: cancellationToken).AsPages(pageSizeHint: 1))
            {
                break;
            }

            return new DependencyState("storage", DependencyState.Ready, "Table Storage answered.");
        }
        catch (RequestFailedException ex)
        {
            return new DependencyState("storage", DependencyState.Failing, $"Table Storage answered {ex.Status} ({ex.ErrorCode ?? "no error code"}).");
        }
        catch (Exception ex) when (ex is HttpRequestException or AggregateException or Azure.Identity.AuthenticationFailedException or Azure.Identity.CredentialUnavailableException)
        {
            return new DependencyState("storage", DependencyState.Failing, $"Table Storage is not reachable ({ex.GetType().Name}).");
        }
    }
}
