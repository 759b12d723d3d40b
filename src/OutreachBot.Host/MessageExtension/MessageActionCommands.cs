namespace OutreachBot.Host.MessageExtension;

/// <summary>The message actions declared in the app manifest (<c>composeExtensions[0].commands</c>), by id.</summary>
public static class MessageActionCommands
{
    /// <summary>"Log as referral": the message becomes a referral in the pipeline.</summary>
    public const string LogReferral = "logReferral";

    /// <summary>"Log partner contact": the message is recorded as a contact with a referral partner.</summary>
    public const string LogPartnerContact = "logPartnerContact";
}
