using System.Globalization;
using System.Text;
using OutreachBot.Clinic.Summaries;

namespace OutreachBot.Host.Summaries;

/// <summary>
/// The summary's data for a spreadsheet: one line per referral received in the period (ids, sources and times; no
/// patient details), or one line per partner. Sent as a code block in the chat, which Teams shows with a copy button:
/// a bot can attach a file in a 1:1 chat only through the file consent flow (OneDrive upload after the user accepts).
/// </summary>
public static class SummaryCsv
{
    public static string Referrals(IEnumerable<ReferralProgress> cohort, SummaryRules rules, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var csv = new StringBuilder("referral_id,received_utc,pathway,source,referrer_role,stage,first_contact_utc,clinic_hours_to_first_contact,missed_standard,evaluation_scheduled_utc,evaluation_completed_utc\n");
        foreach (var p in cohort.OrderBy(p => p.ReceivedAt))
        {
            var toContact = p.FirstContactAt is { } contacted ? rules.Hours.Between(p.ReceivedAt, contacted).TotalHours.ToString("0.##", CultureInfo.InvariantCulture) : string.Empty;
            Line(csv, p.ReferralId, Utc(p.ReceivedAt), p.Pathway?.ToString(), p.Source, p.ReferrerRole?.ToString(), p.Stage.ToString(), Utc(p.FirstContactAt),
                toContact, PipelineSummaries.IsBreach(p, rules, now) ? "yes" : "no", Utc(p.EvaluationScheduledAt), Utc(p.EvaluationCompletedAt));
        }

        return csv.ToString();
    }

    public static string Partners(IEnumerable<PartnerOutcome> partners)
    {
        var csv = new StringBuilder("organization,contact,referrals_sent,evaluations_completed,conversion,first_referral_utc,last_referral_utc\n");
        foreach (var p in partners.OrderByDescending(p => p.ReferralsSent))
        {
            Line(csv, p.Organization, p.Contact, p.ReferralsSent.ToString(CultureInfo.InvariantCulture), p.EvaluationsCompleted.ToString(CultureInfo.InvariantCulture),
                p.Conversion.ToString("0.###", CultureInfo.InvariantCulture), Utc(p.FirstReferralAt), Utc(p.LastReferralAt));
        }

        return csv.ToString();
    }

    private static string Utc(DateTimeOffset? instant) => instant?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture) ?? string.Empty;

    private static void Line(StringBuilder csv, params string?[] fields)
    {
        csv.AppendJoin(',', fields.Select(Quote));
        csv.Append('\n');
    }

    // RFC 4180 quoting; a leading = + - @ is prefixed with ' so a spreadsheet does not run it as a formula.
    private static string Quote(string? field)
    {
        var text = field ?? string.Empty;
        if (text.Length > 0 && "=+-@".Contains(text[0], StringComparison.Ordinal))
        {
            text = "'" + text;
        }

        return text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
    }
}
