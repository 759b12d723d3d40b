using System.ComponentModel.DataAnnotations;

namespace OutreachBot.Host.Graph;

/// <summary>
/// How the bot reaches Microsoft Graph (section <c>Graph</c>). With <see cref="ClientCertificatePath"/> or
/// <see cref="ClientSecret"/> set the app signs in with tenant, client id and that certificate or secret; without
/// either, with the managed identity (user-assigned when <see cref="ClientId"/>
/// is set). The secret comes from a configuration provider (user-secrets, Key Vault), never from a checked-in file.
/// </summary>
public sealed class GraphOptions : IValidatableObject
{
    public const string SectionName = "Graph";

    public string? TenantId { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>A certificate (PEM or PFX file with its private key) to sign in with instead of a secret.</summary>
    public string? ClientCertificatePath { get; set; }

    /// <summary>The Graph root with its version; tests point it at a local Graph-shaped server.</summary>
    [Required]
    public Uri BaseUrl { get; set; } = new("https://graph.microsoft.com/v1.0");

    /// <summary>How many times the SDK's retry handler retries a 429, 503 or 504 (honouring Retry-After).</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!BaseUrl.IsAbsoluteUri || (BaseUrl.Scheme != Uri.UriSchemeHttps && !BaseUrl.IsLoopback))
        {
            yield return new ValidationResult("Graph:BaseUrl must be an absolute https URL (http only for a local server).", [nameof(BaseUrl)]);
        }

        if (!string.IsNullOrEmpty(ClientCertificatePath) && (string.IsNullOrWhiteSpace(TenantId) || string.IsNullOrWhiteSpace(ClientId)))
        {
            yield return new ValidationResult("Graph:ClientCertificatePath needs Graph:TenantId and Graph:ClientId.", [nameof(TenantId), nameof(ClientId)]);
        }

        if (!string.IsNullOrEmpty(ClientSecret) && (string.IsNullOrWhiteSpace(TenantId) || string.IsNullOrWhiteSpace(ClientId)))
        {
            yield return new ValidationResult("Graph:ClientSecret needs Graph:TenantId and Graph:ClientId.", [nameof(TenantId), nameof(ClientId)]);
        }
    }
}
