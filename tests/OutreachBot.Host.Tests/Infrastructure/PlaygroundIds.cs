namespace OutreachBot.Host.Tests.Infrastructure;

/// <summary>The fixed ids of tools/playground/clinic.m365agentsplayground.yml.</summary>
public static class PlaygroundIds
{
    public const string TenantId = "00000000-0000-0000-0000-000000000001";
    public const string BotId = "00000000-0000-0000-0000-000000000011";
    public const string BotName = "OutreachBot";
    public const string IntakeCoordinator = "user-id-0";
    public const string IntakeCoordinatorAadObjectId = "00000000-0000-0000-0000-000000000020";
    public const string FrontDesk = "user-id-4";            // Tom Reyes: intake staff only
    public const string Clinician = "user-id-1";            // Marcus Oyelaran: Hand, Adult, Neuro
    public const string PediatricClinician = "user-id-2";   // Sofia Lindqvist: Pediatric, School
    public const string Owner = "user-id-3";                // Helen Achterberg
    public const string NotOnStaff = "user-id-5";           // Priya Natarajan: not in the Development staff list
    public const string PersonalChat = "personal-chat-id";
    public const string ReferralsChannel = "channel-referrals-id";
}
