using OutreachBot.Host.Correspondence;

namespace OutreachBot.Host.Triage;

public static class TriageFollowUpsExtensions
{
    /// <summary>
    /// The triage card's request for missing information, decline and merge, with the letters they send. After
    /// <c>AddCorrespondence</c> (the mailbox letters go through) and before the Teams handler is first resolved.
    /// </summary>
    public static IServiceCollection AddTriageFollowUps(this IServiceCollection services)
    {
        services.AddReferrerLetters();
        services.AddSingleton<MissingInfoRequests>();
        services.AddSingleton<Declines>();
        services.AddSingleton<Merges>();
        services.AddSingleton<TriageFollowUps>();
        return services;
    }
}
