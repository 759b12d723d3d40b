using System.Security.Cryptography;
using System.Text;
using Azure.Data.Tables;
using OutreachBot.Clinic.Detection;
using OutreachBot.Clinic.Referrals;
using OutreachBot.Host.Pipeline;
using OutreachBot.Host.Storage;

namespace OutreachBot.Host.Mailbox;

/// <summary>A referral in progress that a message belongs to, and how it was found.</summary>
/// <param name="ReferralId">The referral.</param>
/// <param name="ByHeaders">Found through In-Reply-To or References rather than subject and participants.</param>
/// <param name="PatientKey">The hashed patient name the referral's thread was recorded with, when it had one.</param>
public sealed record ThreadMatch(string ReferralId, bool ByHeaders, string? PatientKey);

/// <summary>
/// Ties replies and forwards to the referral they belong to, in the <c>ReferralThreads</c> table: one row per message
/// taken into a referral (Message-ID → referral id), and one per thread key of each new referral (topic, sender's
/// domain, patient, paired; see <see cref="ThreadKeys"/>). Keys are SHA-256 hashes, so the table holds no subject
/// lines, addresses or patient names.
/// </summary>
public sealed class ReferralThreadIndex(PipelineTables tables, ReferralStore referrals)
{
    private const string MessagePartition = "message-";
    private const string ThreadPartition = "thread-";

    private TableClient Table => tables.ReferralThreads;

    /// <summary>Remembers a new referral's Message-ID and thread keys. Recording it again is harmless.</summary>
    public async Task RecordReferralAsync(IncomingMessage message, ReferralDetection detection, string referralId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        await RecordMessageAsync(message, detection, referralId, cancellationToken);
        foreach (var key in ThreadKeys.For(message, detection))
        {
            // The newest referral with a key wins it: a new referral for the same patient from the same practice
            // is where later replies belong.
            var (partition, row) = Keys(ThreadPartition, key);
            var entity = new TableEntity(partition, row)
            {
                ["ReferralId"] = referralId,
                ["PatientKey"] = PatientKey(detection),
                ["ReceivedAt"] = message.ReceivedAt,
            };
            await Table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
        }
    }

    /// <summary>Remembers that an update belongs to the referral, so a reply to the update finds it too.</summary>
    public Task RecordUpdateAsync(IncomingMessage message, ReferralDetection detection, string referralId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        return RecordMessageAsync(message, detection, referralId, cancellationToken);
    }

    /// <summary>
    /// The referral a message belongs to: through its In-Reply-To and References first (the nearest parent first),
    /// then, unless <paramref name="headersOnly"/>, through its thread keys (the newest referral received before it).
    /// </summary>
    public async Task<ThreadMatch?> FindAsync(IncomingMessage message, ReferralDetection detection, bool headersOnly, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var parents = new[] { message.InReplyTo }.Concat(message.References.Reverse()).OfType<string>().Distinct(StringComparer.Ordinal).Take(20);
        foreach (var parent in parents)
        {
            var (partition, row) = Keys(MessagePartition, parent);
            var found = await Table.GetEntityIfExistsAsync<TableEntity>(partition, row, cancellationToken: cancellationToken);
            if (found.HasValue && found.Value!.GetString("ReferralId") is { } indexed)
            {
                return new ThreadMatch(indexed, true, found.Value.GetString("PatientKey"));
            }

            // A referral taken in before this index existed: its id comes from its Message-ID.
            var referralId = ReferralId.ForMessage(parent);
            if (await referrals.FindAsync(referralId, cancellationToken) is not null)
            {
                return new ThreadMatch(referralId, true, null);
            }
        }

        if (headersOnly)
        {
            return null;
        }

        ThreadMatch? best = null;
        var bestAt = DateTimeOffset.MinValue;
        foreach (var key in ThreadKeys.For(message, detection))
        {
            var (partition, row) = Keys(ThreadPartition, key);
            var found = await Table.GetEntityIfExistsAsync<TableEntity>(partition, row, cancellationToken: cancellationToken);
            if (found.HasValue && found.Value!.GetString("ReferralId") is { } referralId
                && found.Value.GetDateTimeOffset("ReceivedAt") is { } at && at <= message.ReceivedAt && at > bestAt)
            {
                (best, bestAt) = (new ThreadMatch(referralId, false, found.Value.GetString("PatientKey")), at);
            }
        }

        return best;
    }

    /// <summary>The hashed patient name of a detection, as thread rows keep it.</summary>
    public static string? PatientKey(ReferralDetection detection) =>
        ThreadKeys.Patient(detection) is { } patient ? Hash(patient) : null;

    private async Task RecordMessageAsync(IncomingMessage message, ReferralDetection detection, string referralId, CancellationToken cancellationToken)
    {
        var (partition, row) = Keys(MessagePartition, message.MessageId);
        var entity = new TableEntity(partition, row)
        {
            ["ReferralId"] = referralId,
            ["PatientKey"] = PatientKey(detection),
            ["ReceivedAt"] = message.ReceivedAt,
        };
        await Table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    private static (string Partition, string Row) Keys(string kind, string value)
    {
        var hash = Hash(value);
        return (kind + hash[..2], hash);
    }

    private static string Hash(string value) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
}
