using System.ComponentModel.DataAnnotations;

namespace OutreachBot.Host.Outreach;

/// <summary>Where outreach email comes from.</summary>
public enum OutreachSender
{
    /// <summary>The staff member's own mailbox (their Entra object id or UPN, or <see cref="OutreachOptions.Mailboxes"/>).</summary>
    Staff,

    /// <summary>The shared mailbox <see cref="OutreachOptions.SharedMailbox"/>.</summary>
    Shared,
}

/// <summary>Partner outreach: the monthly plan, emails, updates and follow-ups (section <c>Outreach</c>).</summary>
public sealed class OutreachOptions : IValidatableObject
{
    public const string SectionName = "Outreach";

    /// <summary>Who gets the monthly plan (Entra object ids or UPNs); empty: the owners (<c>Staff:Owners</c>).</summary>
    public IList<string> LeadIds { get; set; } = [];

    /// <summary>Whether the plan is posted on the first business day of each month.</summary>
    public bool MonthlyPlan { get; set; } = true;

    /// <summary>Whether the monthly update goes to opted-in partners on the first business day of each month.</summary>
    public bool MonthlyUpdates { get; set; } = true;

    /// <summary>Whether ended calls and visits with partners prompt a follow-up email.</summary>
    public bool FollowUpPrompts { get; set; } = true;

    /// <summary>How often the plan, the updates and the calendars are checked.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "1.00:00:00")]
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Emails are left as Outlook drafts to review and send by hand, instead of being sent.</summary>
    public bool DraftForReview { get; set; }

    public OutreachSender SendFrom { get; set; } = OutreachSender.Staff;

    /// <summary>The shared mailbox (UPN) when <see cref="SendFrom"/> is Shared, and for emails no one person sends (updates).</summary>
    public string? SharedMailbox { get; set; }

    /// <summary>Staff id → mailbox and calendar (UPN or .ics name), where a person's id is not their mailbox.</summary>
    public Dictionary<string, string> Mailboxes { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A partner contacted more recently than this is not in the plan.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "365.00:00:00")]
    public TimeSpan RecentContact { get; set; } = TimeSpan.FromDays(21);

    /// <summary>A source that referred before and not for this long is lapsed.</summary>
    [Range(typeof(TimeSpan), "7.00:00:00", "730.00:00:00")]
    public TimeSpan LapseAfter { get; set; } = TimeSpan.FromDays(90);

    /// <summary>A contacted partner without a referral is followed up after this long.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "365.00:00:00")]
    public TimeSpan FollowUpAfter { get; set; } = TimeSpan.FromDays(14);

    /// <summary>The next contact suggested after a call or visit.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "365.00:00:00")]
    public TimeSpan NextContactAfter { get; set; } = TimeSpan.FromDays(30);

    /// <summary>The calendar category that marks a call or visit with a partner.</summary>
    [Required]
    public string Category { get; set; } = "Partner outreach";

    /// <summary>Seasonal moments: school terms, discharge planning, recovery milestones.</summary>
    public List<OutreachMomentOptions> Moments { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (SendFrom == OutreachSender.Shared && string.IsNullOrWhiteSpace(SharedMailbox))
        {
            yield return new ValidationResult("Outreach:SendFrom is Shared but Outreach:SharedMailbox is empty.", [nameof(SharedMailbox)]);
        }

        for (var i = 0; i < Moments.Count; i++)
        {
            foreach (var problem in Moments[i].Problems())
            {
                yield return new ValidationResult($"Outreach:Moments:{i}: {problem}", [nameof(Moments)]);
            }
        }
    }
}
