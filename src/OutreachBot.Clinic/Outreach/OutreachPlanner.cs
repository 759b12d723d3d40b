using System.Globalization;
using OutreachBot.Clinic.Partners;

namespace OutreachBot.Clinic.Outreach;

/// <summary>
/// Chooses the month's outreach: one partner to reach out to, one to follow up, one to update. Partners whose
/// seasonal moment is coming come first in each line; then lapsed sources (the most productive first) and new
/// partners never contacted; contacted partners without a first referral, longest waiting first; and partners that
/// refer, the busiest first. Nobody contacted within <see cref="OutreachPlanRules.RecentContact"/> is chosen, and a
/// partner is in at most one line. Each item says why, in words.
/// </summary>
public static class OutreachPlanner
{
    public static OutreachPlan Plan(
        IEnumerable<Partner> partners, DateTimeOffset now, TimeZoneInfo zone, OutreachPlanRules rules, IReadOnlyList<SeasonalMoment> moments)
    {
        ArgumentNullException.ThrowIfNull(partners);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(moments);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var candidates = partners
            .Where(p => p.LastContactAt is not { } last || now - last >= rules.RecentContact)
            .Select(p => new Candidate(p, MomentOf(p, moments, today)))
            .OrderBy(c => c.Partner.Organization, StringComparer.OrdinalIgnoreCase)
            .ThenBy(c => c.Partner.Id, StringComparer.Ordinal)
            .ToList();

        var chosen = new List<OutreachPlanItem>();
        var taken = new HashSet<string>(StringComparer.Ordinal);

        var reachOut = candidates
            .Where(c => IsLapsed(c.Partner, now, rules) || IsNeverContacted(c.Partner))
            .OrderBy(c => c.MomentDate ?? DateOnly.MaxValue)
            .ThenByDescending(c => IsLapsed(c.Partner, now, rules))
            .ThenByDescending(c => c.Partner.Referrals.Referrals)
            .ThenBy(c => c.Partner.AddedAt)
            .FirstOrDefault();
        Take(reachOut, OutreachPlanItemKind.ReachOut, c => IsLapsed(c.Partner, now, rules) ? Lapsed(c.Partner, now, zone) : NeverContacted(c.Partner, zone));

        var followUp = candidates
            .Where(c => !taken.Contains(c.Partner.Id) && c.Partner.Referrals.Referrals == 0 && !IsNeverContacted(c.Partner)
                && c.Partner.Stage is OutreachStage.Contacted or OutreachStage.MaterialsSent
                && (c.Partner.LastContactAt is not { } last || now - last >= rules.FollowUpAfter))
            .OrderBy(c => c.MomentDate ?? DateOnly.MaxValue)
            .ThenBy(c => c.Partner.LastContactAt ?? DateTimeOffset.MinValue)
            .FirstOrDefault();
        Take(followUp, OutreachPlanItemKind.FollowUp, c => Waiting(c.Partner, now, zone));

        var update = candidates
            .Where(c => !taken.Contains(c.Partner.Id) && c.Partner.Referrals.Referrals > 0 && !IsLapsed(c.Partner, now, rules))
            .OrderBy(c => c.MomentDate ?? DateOnly.MaxValue)
            .ThenByDescending(c => c.Partner.Referrals.Referrals)
            .ThenBy(c => c.Partner.LastContactAt ?? DateTimeOffset.MinValue)
            .FirstOrDefault();
        Take(update, OutreachPlanItemKind.Update, c => Refers(c.Partner, zone));

        return new OutreachPlan(new DateOnly(today.Year, today.Month, 1), chosen);

        void Take(Candidate? candidate, OutreachPlanItemKind kind, Func<Candidate, string> reason)
        {
            if (candidate is null)
            {
                return;
            }

            taken.Add(candidate.Partner.Id);
            var why = candidate.Moment is { } moment
                ? $"{moment.Name} on {Day(candidate.MomentDate!.Value)} (in {candidate.MomentDate!.Value.DayNumber - today.DayNumber} days); {reason(candidate)}"
                : reason(candidate);
            chosen.Add(new OutreachPlanItem(kind, candidate.Partner, why, PathwayFor(candidate), candidate.Moment?.Name));
        }
    }

    /// <summary>Referred before, and not within the lapse window (or marked lapsed).</summary>
    public static bool IsLapsed(Partner partner, DateTimeOffset now, OutreachPlanRules rules)
    {
        ArgumentNullException.ThrowIfNull(partner);
        ArgumentNullException.ThrowIfNull(rules);
        return partner.Stage == OutreachStage.Lapsed
            || partner.Referrals.LastReferralAt is { } last && now - last > rules.LapseAfter;
    }

    private static bool IsNeverContacted(Partner partner) =>
        partner.Stage == OutreachStage.Identified && partner.LastContactAt is null && partner.Referrals.Referrals == 0;

    private static (SeasonalMoment Moment, DateOnly Date)? MomentOf(Partner partner, IReadOnlyList<SeasonalMoment> moments, DateOnly today) =>
        moments.Where(m => m.Fits(partner))
            .Select(m => (Moment: m, Date: m.ComingWithin(today)))
            .Where(m => m.Date is not null)
            .OrderBy(m => m.Date)
            .Select(m => ((SeasonalMoment, DateOnly)?)(m.Moment, m.Date!.Value))
            .FirstOrDefault();

    // The moment's pathway when the partner serves it, else the partner's first pathway, else the moment's.
    private static Pathway? PathwayFor(Candidate candidate)
    {
        var partner = candidate.Partner;
        if (candidate.Moment is { } moment && partner.Pathways.Where(moment.Pathways.Contains).Cast<Pathway?>().FirstOrDefault() is { } served)
        {
            return served;
        }

        return partner.Pathways.Count > 0 ? partner.Pathways[0] : candidate.Moment?.Pathways.Order().Cast<Pathway?>().FirstOrDefault();
    }

    private static string Lapsed(Partner p, DateTimeOffset now, TimeZoneInfo zone) => p.Referrals.LastReferralAt is { } last
        ? $"lapsed source: {Count(p.Referrals.Referrals, "referral")}, the last on {Day(last, zone)} (none for {(int)(now - last).TotalDays} days)"
        : $"lapsed source: {Count(p.Referrals.Referrals, "referral")} before, none lately";

    private static string NeverContacted(Partner p, TimeZoneInfo zone) => $"new partner (added {Day(p.AddedAt, zone)}), never contacted";

    private static string Waiting(Partner p, DateTimeOffset now, TimeZoneInfo zone)
    {
        var what = p.Stage == OutreachStage.MaterialsSent ? "materials sent" : "contacted";
        return p.LastContactAt is { } last
            ? $"{what} {(int)(now - last).TotalDays} days ago ({Day(last, zone)}), no referral yet"
            : $"{what}, no referral yet";
    }

    private static string Refers(Partner p, TimeZoneInfo zone)
    {
        var last = p.Referrals.LastReferralAt is { } at ? $", the last on {Day(at, zone)}" : string.Empty;
        var contact = p.LastContactAt is { } c ? $"; last contact {Day(c, zone)}" : "; no contact logged";
        return $"refers: {Count(p.Referrals.Referrals, "referral")}{last}{contact}";
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n.ToString(CultureInfo.InvariantCulture)} {noun}s";

    private static string Day(DateTimeOffset at, TimeZoneInfo zone) => Day(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime));

    private static string Day(DateOnly day) => day.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture);

    private sealed record Candidate(Partner Partner, (SeasonalMoment Moment, DateOnly Date)? Found)
    {
        public SeasonalMoment? Moment => Found?.Moment;

        public DateOnly? MomentDate => Found?.Date;
    }
}
