using System.ComponentModel.DataAnnotations;

namespace OutreachBot.Host.Mailbox.Graph;

/// <summary>
/// Graph change notifications for the mail folders (section <c>Graph:Notifications</c>): a subscription per folder
/// that tells the bot to run its delta query now instead of at the next poll. Delta stays the source of truth.
/// </summary>
public sealed class GraphNotificationOptions : IValidatableObject
{
    public const string SectionName = "Graph:Notifications";

    public bool Enabled { get; set; }

    /// <summary>The public https address of <c>/api/graph/notifications</c>, also used for lifecycle notifications.</summary>
    public Uri? NotificationUrl { get; set; }

    /// <summary>A secret Graph sends back with every notification (at most 128 characters); from a secret store.</summary>
    public string? ClientState { get; set; }

    /// <summary>How long a subscription is asked for: Outlook messages allow under 7 days, and raise less than 45 minutes to 45.</summary>
    [Range(typeof(TimeSpan), "00:45:00", "6.23:00:00")]
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromDays(2);

    /// <summary>A subscription this close to expiring is renewed.</summary>
    [Range(typeof(TimeSpan), "00:10:00", "2.00:00:00")]
    public TimeSpan RenewBefore { get; set; } = TimeSpan.FromHours(12);

    /// <summary>
    /// Delete the subscriptions when the bot shuts down (a bot that is gone for good stops being notified); off by
    /// default, since a restart would only make them again.
    /// </summary>
    public bool RemoveOnShutdown { get; set; }

    [Range(typeof(TimeSpan), "00:01:00", "06:00:00")]
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromMinutes(15);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enabled)
        {
            yield break;
        }

        if (NotificationUrl is not { IsAbsoluteUri: true } url || (url.Scheme != Uri.UriSchemeHttps && !url.IsLoopback))
        {
            yield return new ValidationResult("Graph:Notifications:NotificationUrl must be the bot's public https URL of /api/graph/notifications.", [nameof(NotificationUrl)]);
        }

        if (string.IsNullOrEmpty(ClientState) || ClientState.Length > 128)
        {
            yield return new ValidationResult("Graph:Notifications:ClientState must be a secret of 1 to 128 characters.", [nameof(ClientState)]);
        }

        if (RenewBefore >= Lifetime)
        {
            yield return new ValidationResult("Graph:Notifications:RenewBefore must be shorter than Graph:Notifications:Lifetime.", [nameof(RenewBefore)]);
        }
    }
}
