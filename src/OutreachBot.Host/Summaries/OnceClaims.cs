using Azure;
using Azure.Data.Tables;

namespace OutreachBot.Host.Summaries;

/// <summary>A claim on doing something once (a row of the Once table) and its ETag.</summary>
public sealed record OnceClaim(string Purpose, string Key, ETag ETag);

/// <summary>
/// Doing something once across restarts and instances: the first to add the row (purpose, key) does it and then marks
/// it done; an Add conflict means another instance has it. A claim left undone for <c>staleAfter</c> (its instance
/// died mid-way) is taken over, ETag-conditional, so one survivor finishes it; the price is that a crash between
/// sending and marking done can send twice, never zero times.
/// </summary>
public sealed class OnceClaims(SummaryTables tables)
{
    private const string Doing = "Doing";
    private const string Done = "Done";

    public async Task<OnceClaim?> TryClaimAsync(string purpose, string key, DateTimeOffset now, TimeSpan staleAfter, CancellationToken cancellationToken)
    {
        var row = new TableEntity(purpose, key) { ["State"] = Doing, ["Since"] = now };
        try
        {
            var added = await tables.Once.AddEntityAsync(row, cancellationToken);
            return new OnceClaim(purpose, key, added.Headers.ETag ?? ETag.All);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // Claimed before: done, in hand elsewhere, or abandoned.
        }

        var existing = (await tables.Once.GetEntityAsync<TableEntity>(purpose, key, cancellationToken: cancellationToken)).Value;
        if (existing.GetString("State") == Done || existing.GetDateTimeOffset("Since") is { } since && now - since < staleAfter)
        {
            return null;
        }

        existing["Since"] = now;
        try
        {
            var taken = await tables.Once.UpdateEntityAsync(existing, existing.ETag, TableUpdateMode.Replace, cancellationToken);
            return new OnceClaim(purpose, key, taken.Headers.ETag ?? ETag.All);
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            return null;
        }
    }

    public async Task DoneAsync(OnceClaim claim, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var row = new TableEntity(claim.Purpose, claim.Key) { ["State"] = Done, ["Since"] = now };
        try
        {
            await tables.Once.UpdateEntityAsync(row, claim.ETag, TableUpdateMode.Replace, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            // Taken over as stale meanwhile: the instance that has it now marks it done.
        }
    }

    public async Task<bool> IsDoneAsync(string purpose, string key, CancellationToken cancellationToken)
    {
        var found = await tables.Once.GetEntityIfExistsAsync<TableEntity>(purpose, key, cancellationToken: cancellationToken);
        return found.HasValue && found.Value!.GetString("State") == Done;
    }
}
