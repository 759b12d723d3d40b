using OutreachBot.Clinic.Staff;

namespace OutreachBot.Clinic.Pipeline;

/// <summary>One line of a referral's history: who did what and when. Holds no patient details.</summary>
/// <param name="ReferralId">The referral.</param>
/// <param name="Kind">What happened.</param>
/// <param name="Stage">The stage after the event.</param>
/// <param name="Actor">Who did it; null when the bot did it (detection).</param>
/// <param name="At">When.</param>
/// <param name="Detail">What staff chose, in a word or two (e.g. the contact method); never patient details.</param>
public sealed record PipelineEvent(string ReferralId, PipelineEventKind Kind, PipelineStage Stage, StaffMember? Actor, DateTimeOffset At, string? Detail = null)
{
    /// <summary>The card the action came from (<c>triage</c>, <c>intake</c>); null when not from a card.</summary>
    public string? FromCard { get; init; }
}
