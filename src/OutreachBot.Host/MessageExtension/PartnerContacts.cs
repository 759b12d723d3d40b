using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using OutreachBot.Host.Storage;

namespace OutreachBot.Host.MessageExtension;

/// <summary>
/// The <c>PartnerContacts</c> table: one partition per organisation (lower-cased), one row per message, so logging
/// the same message twice keeps one row. Add-only: a contact, once logged, is history.
/// </summary>
public sealed class PartnerContacts(TableServiceClient service, IOptions<StorageOptions> options) : IHostedService
{
    private readonly TableClient _table = service.GetTableClient(options.Value.TablePrefix + "PartnerContacts");

    /// <summary>Adds the contact; false when this message was logged as a contact before.</summary>
    public async Task<bool> AddAsync(string sourceKey, PartnerContact contact, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contact);
        var entity = new TableEntity(PartitionFor(contact.Organization), Hash(sourceKey))
        {
            [nameof(PartnerContact.Organization)] = contact.Organization,
            [nameof(PartnerContact.ContactName)] = contact.ContactName,
            [nameof(PartnerContact.ContactEmail)] = contact.ContactEmail,
            [nameof(PartnerContact.ContactPhone)] = contact.ContactPhone,
            [nameof(PartnerContact.At)] = contact.At,
            [nameof(PartnerContact.Channel)] = contact.Channel,
            [nameof(PartnerContact.LoggedBy)] = contact.LoggedBy,
        };
        try
        {
            await _table.AddEntityAsync(entity, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    /// <summary>The contacts logged with an organisation, oldest first.</summary>
    public async IAsyncEnumerable<PartnerContact> ForOrganizationAsync(string organization, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var partition = PartitionFor(organization);
        var rows = _table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition}"), cancellationToken: cancellationToken);
        var contacts = new List<PartnerContact>();
        await foreach (var row in rows)
        {
            contacts.Add(new PartnerContact(row.GetString(nameof(PartnerContact.Organization)), row.GetString(nameof(PartnerContact.ContactName)),
                row.GetString(nameof(PartnerContact.ContactEmail)), row.GetString(nameof(PartnerContact.ContactPhone)),
                row.GetDateTimeOffset(nameof(PartnerContact.At)) ?? DateTimeOffset.MinValue, row.GetString(nameof(PartnerContact.Channel)),
                row.GetString(nameof(PartnerContact.LoggedBy))));
        }

        foreach (var contact in contacts.OrderBy(c => c.At))
        {
            yield return contact;
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => _table.CreateIfNotExistsAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    // Table keys may not hold '/', '\', '#', '?' or control characters: the organisation's name is hashed.
    private static string PartitionFor(string organization) => "org-" + Hash(organization.Trim().ToLowerInvariant());

    private static string Hash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0, 16);
}
