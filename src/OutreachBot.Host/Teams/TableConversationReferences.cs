using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using OutreachBot.Host.Storage;
using OutreachBot.Protocol.Activities;
using OutreachBot.Protocol.Proactive;

namespace OutreachBot.Host.Teams;

/// <summary>
/// Conversation references in the ConversationReferences table: one row per conversation (partition
/// <c>conversation</c>), and per user one row for their 1:1 chat with the bot (<c>user-personal</c>) and one for the
/// latest conversation they were seen in (<c>user</c>), under both their Entra object id and their <c>29:</c> id.
/// Keys are base64url of the id: conversation ids hold characters Table keys refuse or mangle.
/// </summary>
/// <remarks>
/// Plain upserts, not ETag-conditional updates: a reference is a snapshot where the latest writer is right, and
/// nothing reads it to decide a write.
/// </remarks>
public sealed class TableConversationReferences(PipelineTables tables) : IConversationReferenceStore
{
    private const string Conversations = "conversation";
    private const string PersonalChats = "user-personal";
    private const string LatestForUser = "user";

    public async Task SaveAsync(ConversationReference reference, string? userAadObjectId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        reference = await WithKnownNameAsync(reference, userAadObjectId, cancellationToken);
        var json = JsonSerializer.Serialize(reference, ActivityJson.Options);
        await UpsertAsync(Conversations, reference.ConversationId, json, reference, cancellationToken);

        var partition = string.Equals(reference.ConversationType, "personal", StringComparison.OrdinalIgnoreCase) ? PersonalChats : LatestForUser;
        foreach (var user in new[] { userAadObjectId, reference.User?.AadObjectId, reference.User?.Id }.Where(id => !string.IsNullOrEmpty(id)).Distinct(StringComparer.Ordinal))
        {
            await UpsertAsync(partition, user!, json, reference, cancellationToken);
        }
    }

    public async Task<ConversationReference?> FindForUserAsync(string aadObjectIdOrUserId, CancellationToken cancellationToken) =>
        await ReadAsync(PersonalChats, aadObjectIdOrUserId, cancellationToken)
        ?? await ReadAsync(LatestForUser, aadObjectIdOrUserId, cancellationToken);

    public Task<ConversationReference?> FindAsync(string conversationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        var marker = conversationId.IndexOf(";messageid=", StringComparison.OrdinalIgnoreCase);
        return ReadAsync(Conversations, marker >= 0 ? conversationId[..marker] : conversationId, cancellationToken);
    }

    /// <summary>
    /// Teams sends some activities (conversation and installation updates) without the sender's name; the name seen
    /// with the same person's earlier messages is kept rather than lost.
    /// </summary>
    private async Task<ConversationReference> WithKnownNameAsync(ConversationReference reference, string? userAadObjectId, CancellationToken cancellationToken)
    {
        if (reference.User is not { Name: null or "" } user || (userAadObjectId ?? user.AadObjectId ?? user.Id) is not { Length: > 0 } id)
        {
            return reference;
        }

        var known = await FindForUserAsync(id, cancellationToken);
        return known?.User is { Name: { Length: > 0 } name } knownUser && string.Equals(knownUser.Id, user.Id, StringComparison.Ordinal)
            ? reference with { User = new ChannelAccount { Id = user.Id, Name = name, AadObjectId = user.AadObjectId } }
            : reference;
    }

    private async Task UpsertAsync(string partition, string id, string json, ConversationReference reference, CancellationToken cancellationToken)
    {
        var row = new TableEntity(partition, Key(id))
        {
            ["Reference"] = json,
            ["ConversationId"] = reference.ConversationId,
            ["TenantId"] = reference.TenantId,
        };
        await tables.ConversationReferences.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
    }

    private async Task<ConversationReference?> ReadAsync(string partition, string id, CancellationToken cancellationToken)
    {
        var row = await tables.ConversationReferences.GetEntityIfExistsAsync<TableEntity>(partition, Key(id), ["Reference"], cancellationToken);
        return row.HasValue && row.Value!.GetString("Reference") is { } json
            ? JsonSerializer.Deserialize<ConversationReference>(json, ActivityJson.Options)
            : null;
    }

    private static string Key(string id) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(id));
}
