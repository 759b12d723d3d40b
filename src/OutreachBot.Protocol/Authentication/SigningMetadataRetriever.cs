using System.Text.Json;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace OutreachBot.Protocol.Authentication;

/// <summary>
/// Fetches an OpenID metadata document and its JWKS. The JWKS is read as raw JSON too, because the Bot Framework
/// adds a non-standard <c>endorsements</c> member to each key that the typed key model does not promise to keep.
/// Each successful fetch also completes <see cref="NextRetrievalAsync"/>, so a request waiting for a refresh
/// sees the new keys even though <see cref="ConfigurationManager{T}"/> refreshes in the background.
/// </summary>
internal sealed class SigningMetadataRetriever : IConfigurationRetriever<SigningMetadata>
{
    private TaskCompletionSource<SigningMetadata> _next = NewCompletion();

    public Task<SigningMetadata> NextRetrievalAsync() => Volatile.Read(ref _next).Task;

    public async Task<SigningMetadata> GetConfigurationAsync(string address, IDocumentRetriever retriever, CancellationToken cancel)
    {
        try
        {
            var metadata = OpenIdConnectConfiguration.Create(await retriever.GetDocumentAsync(address, cancel));
            if (string.IsNullOrEmpty(metadata.JwksUri))
            {
                throw new InvalidOperationException($"The OpenID metadata at {address} has no jwks_uri.");
            }

            var jwks = await retriever.GetDocumentAsync(metadata.JwksUri, cancel);
            var signingMetadata = new SigningMetadata(new JsonWebKeySet(jwks).GetSigningKeys(), ReadEndorsements(jwks));
            Interlocked.Exchange(ref _next, NewCompletion()).TrySetResult(signingMetadata);
            return signingMetadata;
        }
        catch (Exception ex)
        {
            Interlocked.Exchange(ref _next, NewCompletion()).TrySetException(ex);
            throw;
        }
    }

    internal static Dictionary<string, HashSet<string>> ReadEndorsements(string jwks)
    {
        var endorsements = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(jwks);
        if (!document.RootElement.TryGetProperty("keys", out var keys) || keys.ValueKind != JsonValueKind.Array)
        {
            return endorsements;
        }

        foreach (var key in keys.EnumerateArray())
        {
            if (key.ValueKind != JsonValueKind.Object
                || !key.TryGetProperty("kid", out var kid) || kid.ValueKind != JsonValueKind.String)
            {
                continue;
            }

            var channels = new HashSet<string>(StringComparer.Ordinal);
            if (key.TryGetProperty("endorsements", out var values) && values.ValueKind == JsonValueKind.Array)
            {
                channels.UnionWith(values.EnumerateArray()
                    .Where(value => value.ValueKind == JsonValueKind.String)
                    .Select(value => value.GetString()!));
            }

            // Two keys sharing a kid: keep only the channels both endorse (fail closed).
            var keyId = kid.GetString()!;
            if (endorsements.TryGetValue(keyId, out var existing))
            {
                existing.IntersectWith(channels);
            }
            else
            {
                endorsements[keyId] = channels;
            }
        }

        return endorsements;
    }

    private static TaskCompletionSource<SigningMetadata> NewCompletion()
    {
        var completion = new TaskCompletionSource<SigningMetadata>(TaskCreationOptions.RunContinuationsAsynchronously);
        // Nobody may be waiting when a fetch fails; observe the exception so it is not reported as unobserved.
        _ = completion.Task.ContinueWith(
            static task => _ = task.Exception, CancellationToken.None,
            TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return completion;
    }
}
