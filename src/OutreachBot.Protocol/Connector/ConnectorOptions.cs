using System.ComponentModel.DataAnnotations;

namespace OutreachBot.Protocol.Connector;

/// <summary>Settings of the outbound connector client (section <c>Connector</c>).</summary>
public sealed class ConnectorOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Connector";

    /// <summary>
    /// Hosts the bot may call with its token. An entry starting with a dot matches any subdomain
    /// (<c>.botframework.com</c>); others match exactly. Defaults to the public Teams and Bot Framework hosts.
    /// </summary>
    /// <remarks>Empty means <see cref="PublicCloudHosts"/>, so it is deliberately not required to be non-empty.</remarks>
    public IList<string> AllowedServiceUrlHosts { get; set; } = [];

    /// <summary>The scope of connector tokens (public cloud by default).</summary>
    [Required]
    public string Scope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>How long one attempt of a connector call may take (retries and pacing waits come on top).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How many times a call is attempted at most, the first included (see <see cref="ConnectorRetryPolicy"/>).</summary>
    [Range(1, 10)]
    public int MaxAttempts { get; set; } = 4;

    /// <summary>The longest wait a connector's <c>Retry-After</c> can ask for; a longer one is cut to this.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The first backoff when the connector gives no <c>Retry-After</c>; it doubles per attempt, with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan BackoffBase { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The hosts allowed when configuration names none.</summary>
    public static IReadOnlyList<string> PublicCloudHosts { get; } =
        ["smba.trafficmanager.net", ".botframework.com", ".teams.microsoft.com", ".teams.microsoft.us", ".botframework.us"];

    /// <summary>Whether <paramref name="serviceUrl"/> points at an allowed host.</summary>
    public bool IsAllowed(Uri serviceUrl)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        IEnumerable<string> hosts = AllowedServiceUrlHosts.Count > 0 ? AllowedServiceUrlHosts : PublicCloudHosts;
        var host = serviceUrl.Host;
        return hosts.Any(allowed => allowed.StartsWith('.')
            ? host.EndsWith(allowed, StringComparison.OrdinalIgnoreCase)
            : string.Equals(host, allowed, StringComparison.OrdinalIgnoreCase));
    }
}
