using System.Globalization;
using OutreachBot.Clinic;
using OutreachBot.Clinic.Pipeline;
using OutreachBot.Clinic.Referrals;
using OutreachBot.Host.Triage;

namespace OutreachBot.Host.Intake;

/// <summary>
/// The intake card's heading and the line under it, true to where the referral stands: new for the clinician, accepted,
/// family reached or not reachable, evaluation booked (with its time), completed, declined or closed. "URGENT" stays
/// only while an urgent referral still waits for its evaluation to be booked.
/// </summary>
/// <param name="Title">The heading.</param>
/// <param name="Color">The heading's Adaptive Card color, or null for the default.</param>
/// <param name="Status">The line under it: what happened and what is left to do.</param>
/// <param name="Finished">Whether the referral left the path (declined or closed): the card then keeps no patient details or actions.</param>
public sealed record IntakeCardHeading(string Title, string? Color, string Status, bool Finished)
{
    public static IntakeCardHeading For(Referral referral, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(referral);
        var pathway = TriageCard.PathwayName(referral.Pathway);
        var waiting = referral.Urgency == Urgency.Urgent && referral.Evaluation is null ? "URGENT · " : string.Empty;
        var urgentColor = waiting.Length > 0 ? "Attention" : null;
        return referral switch
        {
            { MergedInto: { } survivor } => new($"Merged · {pathway}", null,
                $"The intake team merged this referral into {survivor} as a duplicate. Nothing more to do on this card.", true),
            { Stage: PipelineStage.Declined } => new($"Declined · {pathway}", null,
                $"The clinic declined this referral ({DeclineReason(referral)}) and told the referrer. Nothing more to do.", true),
            { Stage: PipelineStage.Closed } => new($"Closed · {pathway}", null, "This referral is closed. Nothing more to do.", true),
            { Stage: PipelineStage.EvaluationCompleted } => new($"Evaluation completed · {pathway}", "Good",
                referral.Evaluation is { } done
                    ? $"Evaluation completed (booked for {ClinicianIntakeCard.Slot(done.Start, done.End, zone)})."
                    : "Evaluation completed.", false),
            { Evaluation: { } e } => new($"Evaluation booked · {ClinicianIntakeCard.Slot(e.Start, e.End, zone)}", "Good",
                $"Evaluation booked for {ClinicianIntakeCard.Slot(e.Start, e.End, zone)}. Mark it completed once it has taken place.", false),
            { Stage: PipelineStage.NotReachable } => new($"{waiting}Family not reachable · {pathway}", "Warning",
                "The family could not be reached. Log another try below, or give it back to the intake team.", false),
            { Stage: PipelineStage.FirstContact } => new($"{waiting}Family reached · {pathway}", urgentColor,
                "First contact is made with the family. Pick an evaluation time below.", false),
            { AcceptedAt: { } at } => new($"{waiting}Accepted · {pathway}", urgentColor,
                $"You accepted this intake on {TimeZoneInfo.ConvertTime(at, zone).ToString("ddd d MMM, h:mm tt", CultureInfo.InvariantCulture)}. Pick an evaluation time below.", false),
            _ => new($"{waiting}Intake for you · {pathway}", urgentColor,
                "This intake was given to you. Accept it and pick an evaluation time, or give it back to triage with a reason.", false),
        };
    }

    private static string DeclineReason(Referral referral) =>
        referral.DeclineReason is DeclineReasons.Other or null ? "another reason" : DeclineReasons.TitleOf(referral.DeclineReason).ToLowerInvariant();
}
