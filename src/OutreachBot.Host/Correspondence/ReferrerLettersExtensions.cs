namespace OutreachBot.Host.Correspondence;

public static class ReferrerLettersExtensions
{
    /// <summary>Letters to referrers from editable templates, and the confirmation of receipt (when enabled).</summary>
    public static IServiceCollection AddReferrerLetters(this IServiceCollection services)
    {
        services.AddOptions<LetterTemplatesOptions>().BindConfiguration(LetterTemplatesOptions.SectionName)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ReceiptConfirmationOptions>().BindConfiguration(ReceiptConfirmationOptions.SectionName)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<LetterTemplates>();
        services.AddSingleton<ReferrerLetters>();
        services.AddSingleton<ReceiptConfirmations>();
        services.AddHostedService(sp => sp.GetRequiredService<ReceiptConfirmations>());
        return services;
    }
}
