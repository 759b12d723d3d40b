using Microsoft.Extensions.Options;

namespace OutreachBot.Host.Operations;

/// <summary>
/// The settings without which the bot cannot work, checked when the app starts (with the other ValidateOnStart
/// options) so a misconfigured deployment stops at once with a message naming each missing setting, as the IT
/// person writes it (<c>Bot:AppId</c>, or <c>Bot__AppId</c> in App Service), instead of failing at the first message.
/// </summary>
public sealed class RequiredSettings(IConfiguration configuration, IHostEnvironment environment) : IValidateOptions<OperationsOptions>
{
    public ValidateOptionsResult Validate(string? name, OperationsOptions options)
    {
        var missing = new List<string>();
        if (IsEmpty("Bot:AppId"))
        {
            missing.Add("Bot:AppId (the bot's Entra application id; in Azure, the managed identity's client id)");
        }

        if (!environment.IsDevelopment() && IsEmpty("Bot:TenantId"))
        {
            missing.Add("Bot:TenantId (the clinic's Entra tenant id)");
        }

        if (IsEmpty("Storage:ConnectionString") && IsEmpty("Storage:TableServiceUri"))
        {
            missing.Add("Storage:TableServiceUri (the Table endpoint, with the managed identity) or Storage:ConnectionString (Azurite)");
        }

        return missing.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(missing.Select(m => $"Missing setting {m}. In App Service, write ':' as '__' (Bot__AppId)."));
    }

    private bool IsEmpty(string key) => string.IsNullOrWhiteSpace(configuration[key]);
}
