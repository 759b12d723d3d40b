using Azure.Core;
using Microsoft.Extensions.Options;
using OutreachBot.Host.Calendars;
using OutreachBot.Host.Graph;
using OutreachBot.Host.Mailbox.Graph;

namespace OutreachBot.Host.Operations;

/// <summary>
/// When the bot uses Graph (mail or calendars), a Graph token can be had: the managed identity or client secret
/// works. Says nothing about consent to a mailbox; a missing permission shows in the mail sync's own logs.
/// </summary>
public sealed class GraphReadiness(
    IServiceProvider services,
    IOptions<GraphMailOptions> mail,
    IOptions<CalendarOptions> calendars) : IReadinessCheck
{
    public async Task<DependencyState> CheckAsync(CancellationToken cancellationToken)
    {
        if (!mail.Value.Enabled && calendars.Value.Source != CalendarSource.Graph)
        {
            return new DependencyState("graph", DependencyState.NotConfigured, "Neither Graph:Mail nor Calendars:Source=Graph is on.");
        }

        var credential = services.GetRequiredService<TokenCredential>();
        var options = services.GetRequiredService<IOptions<GraphOptions>>().Value;
        var scope = $"{options.BaseUrl.Scheme}://{options.BaseUrl.Authority}/.default";
        try
        {
            var token = await credential.GetTokenAsync(new TokenRequestContext([scope]), cancellationToken);
            return string.IsNullOrEmpty(token.Token)
                ? new DependencyState("graph", DependencyState.Failing, "The credential gave an empty Graph token.")
                : new DependencyState("graph", DependencyState.Ready, "A Graph token was obtained.");
        }
        catch (Exception ex) when (ex is Azure.Identity.AuthenticationFailedException or Azure.Identity.CredentialUnavailableException or Azure.RequestFailedException or HttpRequestException)
        {
            return new DependencyState("graph", DependencyState.Failing, $"No Graph token ({ex.GetType().Name}).");
        }
    }
}
