using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using OutreachBot.Clinic;
using OutreachBot.Clinic.Partners;
using OutreachBot.Clinic.Scheduling;
using OutreachBot.Host.Calendars;
using OutreachBot.Host.ClinicProfile;
using OutreachBot.Host.Staff;
using OutreachBot.Host.Triage;
using OutreachBot.Protocol.Activities;
using OutreachBot.Protocol.Hosting;

namespace OutreachBot.Host.Outreach;

/// <summary>
/// <c>outreach plan</c> and the plan card's buttons: send (or draft) the email, schedule a call or visit in the staff
/// member's calendar, log the outcome; and the follow-up prompt's send button. Each records on the partner's history.
/// </summary>
public sealed partial class OutreachActions(
    OutreachPlans plans,
    PartnerEmails emails,
    IPartnerDirectory partners,
    IPartnerMeetings meetings,
    OutreachStaff outreachStaff,
    IOptions<OutreachOptions> options,
    IOptions<ClinicOptions> clinic,
    TimeProvider time,
    ILogger<OutreachActions> logger)
{
    private static readonly string[] Verbs = [OutreachPlanCard.EmailVerb, OutreachPlanCard.ScheduleVerb, OutreachPlanCard.LogOutcomeVerb, AfterContactCard.SendVerb];

    public static bool Handles(string verb) => Verbs.Contains(verb, StringComparer.Ordinal);

    public async Task<Activity> PlanAsync(TurnContext turn, StaffIdentity who, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (!outreachStaff.MayPlan(who))
        {
            return turn.CreateReply("The outreach plan is for the clinic's staff.");
        }

        var reply = turn.CreateReply();
        reply.Attachments = [Attachment.AdaptiveCard(await plans.CardAsync(cancellationToken))];
        return reply;
    }

    public async Task<CardActionResult> RunAsync(string verb, JsonObject data, StaffIdentity who, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(who);
        if (!outreachStaff.MayPlan(who))
        {
            return CardActionResult.Say("Outreach is for the clinic's staff.");
        }

        if (Read(data, "partnerId") is not { } partnerId)
        {
            return CardActionResult.Say("This card does not say which partner it is about.");
        }

        return verb switch
        {
            OutreachPlanCard.EmailVerb => await EmailAsync(partnerId, data, who, cancellationToken),
            OutreachPlanCard.ScheduleVerb => await ScheduleAsync(partnerId, data, who, cancellationToken),
            OutreachPlanCard.LogOutcomeVerb => await LogOutcomeAsync(partnerId, data, who, cancellationToken),
            _ => await SendAfterContactAsync(partnerId, data, who, cancellationToken),
        };
    }

    private async Task<CardActionResult> EmailAsync(string partnerId, JsonObject data, StaffIdentity who, CancellationToken cancellationToken)
    {
        var purpose = Enum.TryParse<OutreachEmailPurpose>(Read(data, "purpose"), out var p) ? p : OutreachEmailPurpose.ReachOut;
        var pathway = Enum.TryParse<Pathway>(Read(data, "pathway"), out var w) ? w : (Pathway?)null;
        var key = $"plan:{Read(data, "month")}:{partnerId}:{purpose}";
        return Say(await emails.SendAsync(new PartnerEmailRequest(partnerId, purpose, key, who.Member, pathway), cancellationToken));
    }

    private async Task<CardActionResult> SendAfterContactAsync(string partnerId, JsonObject data, StaffIdentity who, CancellationToken cancellationToken)
    {
        var pathway = Enum.TryParse<Pathway>(Read(data, "pathway"), out var w) ? w : (Pathway?)null;
        var next = DateOnly.TryParseExact(Read(data, "nextContact"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null;
        var key = "after-contact:" + Read(data, "meeting");
        return Say(await emails.SendAsync(new PartnerEmailRequest(partnerId, OutreachEmailPurpose.AfterContact, key, who.Member, pathway, next), cancellationToken));
    }

    private async Task<CardActionResult> ScheduleAsync(string partnerId, JsonObject data, StaffIdentity who, CancellationToken cancellationToken)
    {
        var item = Read(data, "item") ?? "0";
        if (await partners.FindAsync(partnerId, cancellationToken) is not { } partner)
        {
            return CardActionResult.Say("That partner is no longer in the directory.");
        }

        if (!DateOnly.TryParseExact(Read(data, $"date-{item}"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            || !TimeOnly.TryParseExact(Read(data, $"time-{item}"), ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
        {
            return CardActionResult.Say("Choose a day and a time for the call or visit.");
        }

        var visit = string.Equals(Read(data, $"how-{item}"), "Visit", StringComparison.OrdinalIgnoreCase);
        var start = SlotCalculator.ToInstant(day.ToDateTime(at), clinic.Value.Zone);
        var end = start + (visit ? TimeSpan.FromHours(1) : TimeSpan.FromMinutes(30));
        var person = PartnerEmails.RecipientOf(partner);
        var key = $"{partnerId}:{who.Member.Id}:{start.UtcDateTime:yyyyMMddHHmm}";
        await meetings.BookPartnerMeetingAsync(new PartnerMeetingBooking(
            outreachStaff.CalendarOf(who.Member.Id), key, partnerId, $"{(visit ? "Visit" : "Call")}: {partner.Organization}", start, end,
            options.Value.Category, person?.Email, person?.Name), cancellationToken);
        await partners.RecordAsync(new PartnerActivity(partnerId, PartnerActivityKind.CallOrVisitScheduled, time.GetUtcNow(), who.Member.Id, "meeting:" + key,
            $"{(visit ? "Visit" : "Call")} on {day:ddd d MMM} at {at:HH:mm}"), cancellationToken);
        LogScheduled(logger, partnerId, visit);
        var when = TimeZoneInfo.ConvertTime(start, clinic.Value.Zone).ToString("dddd d MMMM, h:mm tt", CultureInfo.InvariantCulture);
        return CardActionResult.Say($"{(visit ? "Visit" : "Call")} with {partner.Organization} is in your calendar for {when}" +
            (person is null ? "." : $", with {person.Name} invited."));
    }

    private async Task<CardActionResult> LogOutcomeAsync(string partnerId, JsonObject data, StaffIdentity who, CancellationToken cancellationToken)
    {
        var item = Read(data, "item") ?? "0";
        var outcome = Read(data, $"outcome-{item}") is { } chosen && OutreachPlanCard.Outcomes.Contains(chosen) ? chosen : OutreachPlanCard.Outcomes[^1];
        var note = Read(data, $"note-{item}") is { Length: > 0 } text ? text[..Math.Min(500, text.Length)] : null;
        var now = time.GetUtcNow();
        var changed = await partners.ChangeAsync(partnerId, p => outcome.StartsWith("Reached", StringComparison.Ordinal)
            ? p with { Stage = p.Stage < OutreachStage.Contacted ? OutreachStage.Contacted : p.Stage, LastContactAt = now }
            : p, cancellationToken);
        if (changed is null)
        {
            return CardActionResult.Say("That partner is no longer in the directory.");
        }

        await partners.RecordAsync(new PartnerActivity(partnerId, PartnerActivityKind.OutcomeLogged, now, who.Member.Id,
            $"outcome:{who.Member.Id}:{now.UtcTicks}", note is null ? outcome : $"{outcome}: {note}"), cancellationToken);
        return CardActionResult.Say($"Logged for {changed.Organization}: {outcome}.");
    }

    private static CardActionResult Say(PartnerEmailResult result) => CardActionResult.Say(result.Outcome switch
    {
        PartnerEmailOutcome.Sent => $"Sent to {result.To} ({result.Organization}), with the materials attached.",
        PartnerEmailOutcome.Drafted => $"A draft to {result.To} ({result.Organization}) is in Outlook, with the materials attached: review and send it there.",
        PartnerEmailOutcome.AlreadyDone => $"Already done: the email to {result.To} ({result.Organization}) went out (or was drafted) earlier; nothing was sent twice.",
        PartnerEmailOutcome.NoAddress => $"{result.Organization} has no email address that has not bounced. Correct it on the partner's card first.",
        _ => "That partner is no longer in the directory.",
    });

    private static string? Read(JsonObject data, string name) => data[name] is JsonValue value && value.TryGetValue(out string? text) ? text : null;

    [LoggerMessage(EventId = 8401, Level = LogLevel.Information, Message = "Partner {PartnerId}: call or visit scheduled (visit: {Visit})")]
    private static partial void LogScheduled(ILogger logger, string partnerId, bool visit);
}
