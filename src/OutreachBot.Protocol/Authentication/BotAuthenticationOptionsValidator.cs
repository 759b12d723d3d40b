using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace OutreachBot.Protocol.Authentication;

/// <summary>
/// Refuses settings that would weaken inbound authentication, naming the setting, so a misconfigured bot fails at
/// start rather than at the first activity.
/// </summary>
internal sealed class BotAuthenticationOptionsValidator(IHostEnvironment environment)
    : IValidateOptions<BotAuthenticationOptions>
{
    private const string Section = BotAuthenticationOptions.SectionName;
    private const string Auth = Section + ":Authentication";

    public ValidateOptionsResult Validate(string? name, BotAuthenticationOptions options)
    {
        var failures = new List<string>();
        var settings = options.Authentication;

        if (settings is null)
        {
            return ValidateOptionsResult.Fail($"{Auth} must not be null.");
        }

        if (settings.Disabled && !environment.IsDevelopment())
        {
            failures.Add(
                $"{Auth}:Disabled is true, but inbound authentication may only be disabled in the Development " +
                $"environment (this is '{environment.EnvironmentName}').");
        }

        if (string.IsNullOrEmpty(options.AppId))
        {
            failures.Add($"Missing setting {Section}:AppId: the bot's Entra application id (a GUID; in Azure, the managed identity's client id).");
        }
        else if (!IsGuid(options.AppId))
        {
            failures.Add($"{Section}:AppId must be the bot's Entra application id (a GUID).");
        }

        if (!string.IsNullOrEmpty(options.TenantId) && !IsGuid(options.TenantId))
        {
            failures.Add($"{Section}:TenantId must be a tenant id (a GUID).");
        }

        AddIfNotAllGuids(failures, options.AllowedTenantIds, $"{Section}:AllowedTenantIds");
        AddIfNotAllGuids(failures, settings.BotServiceTenantIds, $"{Auth}:BotServiceTenantIds");

        ValidateUrl(failures, settings.BotFrameworkMetadataUrl, $"{Auth}:BotFrameworkMetadataUrl", settings.RequireHttpsMetadata);
        ValidateUrl(failures, settings.EntraMetadataUrl, $"{Auth}:EntraMetadataUrl", settings.RequireHttpsMetadata);
        ValidateUrl(failures, settings.BotFrameworkIssuer, $"{Auth}:BotFrameworkIssuer", requireHttps: false);
        ValidateUrl(failures, settings.EntraAuthorityHost, $"{Auth}:EntraAuthorityHost", requireHttps: false);
        ValidateUrl(failures, settings.EntraV1IssuerHost, $"{Auth}:EntraV1IssuerHost", requireHttps: false);

        if (settings.ClockSkew < TimeSpan.Zero || settings.ClockSkew > TimeSpan.FromMinutes(10))
        {
            failures.Add($"{Auth}:ClockSkew must be between 0 and 10 minutes.");
        }

        if (settings.MetadataRefreshInterval < TimeSpan.FromMinutes(5) || settings.MetadataRefreshInterval > TimeSpan.FromHours(24))
        {
            failures.Add($"{Auth}:MetadataRefreshInterval must be between 5 minutes and 24 hours.");
        }

        if (settings.KeyRefreshInterval < TimeSpan.FromSeconds(1))
        {
            failures.Add($"{Auth}:KeyRefreshInterval must be at least 1 second.");
        }

        if (settings.KeyRefreshTimeout <= TimeSpan.Zero || settings.KeyRefreshTimeout > TimeSpan.FromMinutes(1))
        {
            failures.Add($"{Auth}:KeyRefreshTimeout must be positive and at most 1 minute.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsGuid(string value) => Guid.TryParseExact(value, "D", out _);

    private static void AddIfNotAllGuids(List<string> failures, IList<string>? values, string setting)
    {
        if (values is not null && values.Any(value => !IsGuid(value)))
        {
            failures.Add($"{setting} must contain only tenant ids (GUIDs).");
        }
    }

    private static void ValidateUrl(List<string> failures, string? value, string setting, bool requireHttps)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"{setting} must be an absolute http(s) URL.");
        }
        else if (requireHttps && uri.Scheme != Uri.UriSchemeHttps)
        {
            failures.Add($"{setting} must use https (or set Bot:Authentication:RequireHttpsMetadata to false in tests).");
        }
    }
}
