using System.Text.Json;
using Azure.Data.Tables;
using OutreachBot.Clinic.Staff;
using OutreachBot.Host.Storage;
using OutreachBot.Protocol.Activities;

namespace OutreachBot.Host.Triage;

/// <summary>The channel referral cards go to, chosen in Teams and kept in the Settings table across restarts.</summary>
public sealed class TriageChannel(PipelineTables tables)
{
    private const string PartitionKey = "triage";
    private const string RowKey = "channel";

    public async Task<ConversationReference?> GetAsync(CancellationToken cancellationToken)
    {
        var row = await tables.Settings.GetEntityIfExistsAsync<TableEntity>(PartitionKey, RowKey, cancellationToken: cancellationToken);
        return row.HasValue && row.Value!.GetString("Reference") is { } json
            ? JsonSerializer.Deserialize<ConversationReference>(json, ActivityJson.Options)
            : null;
    }

    public async Task SetAsync(ConversationReference channel, StaffMember setBy, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var row = new TableEntity(PartitionKey, RowKey)
        {
            ["Reference"] = JsonSerializer.Serialize(channel, ActivityJson.Options),
            ["SetById"] = setBy.Id,
            ["SetByName"] = setBy.Name,
            ["SetAt"] = at,
        };
        await tables.Settings.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
    }
}
