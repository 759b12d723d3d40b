using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace OutreachBot.Protocol.Authentication;

/// <summary>Says loudly at start that inbound authentication is off, so it is never off by accident.</summary>
internal sealed class AuthenticationDisabledWarning(
    IOptions<BotAuthenticationOptions> options, IHostEnvironment environment, ILogger<AuthenticationDisabledWarning> logger)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Authentication.Disabled)
        {
            BotAuthenticationLog.AuthenticationDisabled(logger, environment.EnvironmentName);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
