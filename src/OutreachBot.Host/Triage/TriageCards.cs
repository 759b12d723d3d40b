using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using OutreachBot.Clinic.Referrals;
using OutreachBot.Host.ClinicProfile;
using OutreachBot.Host.Staff;
using OutreachBot.Host.ResponseStandard;

namespace OutreachBot.Host.Triage;

/// <summary>Draws triage cards with the clinic's time zone and the response clock as of now.</summary>
public sealed class TriageCards(IOptions<ClinicOptions> clinic, TimeProvider time, StaffDirectory staff, ClinicCalendar? calendar = null)
{
    /// <summary>The card posted to the channel (and PUT after every change): the same for everyone.</summary>
    public JsonObject ForChannel(Referral referral) => TriageCard.For(referral, clinic.Value.Zone, TriageViewer.IntakeTeam, Clock(), Clinicians(referral));

    /// <summary>The card as one viewer sees it, with the buttons their role allows.</summary>
    public JsonObject ForViewer(Referral referral, TriageViewer viewer) => TriageCard.For(referral, clinic.Value.Zone, viewer, Clock(), Clinicians(referral));

    private List<Clinic.Staff.Clinician> Clinicians(Referral referral) => [.. staff.Staff.CliniciansFor(referral.Pathway)];

    // With the clinic's hours (AddSummaries), the clock counts open hours, as the reminders and summaries do.
    private ResponseClock Clock() => new(time.GetUtcNow(), clinic.Value.FirstContactStandard, calendar?.Hours);
}
