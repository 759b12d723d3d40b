using System.Globalization;
using Microsoft.Extensions.Options;
using OutreachBot.Clinic.Referrals;
using OutreachBot.Host.ClinicProfile;

namespace OutreachBot.Host.Correspondence;

/// <summary>
/// The letters triage sends referrers, from the templates: the confirmation of receipt, a request for missing
/// information, a decline. Minimum necessary: the patient as initials and age, never a diagnosis.
/// </summary>
public sealed class ReferrerLetters(LetterTemplates templates, IOptions<ClinicOptions> clinic)
{
    public const string ConfirmationPurpose = "confirmation";
    public const string DeclinePurpose = "decline";

    /// <summary>The purpose of request number <paramref name="request"/>, so each request is sent once.</summary>
    public static string MissingInfoPurpose(int request) => $"missing-info-{request.ToString(CultureInfo.InvariantCulture)}";

    public Task<ReferrerLetter> ConfirmationAsync(Referral referral, CancellationToken cancellationToken) =>
        ComposeAsync(referral, ConfirmationPurpose, ByPathwayAndRole("confirmation", referral), [], cancellationToken);

    public Task<ReferrerLetter> MissingInfoAsync(Referral referral, int request, IReadOnlyList<string> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        var list = string.Join('\n', items.Select(item => "- " + item));
        return ComposeAsync(referral, MissingInfoPurpose(request), ByPathwayAndRole("missing-info", referral),
            new Dictionary<string, string> { ["MissingItems"] = list }, cancellationToken);
    }

    public Task<ReferrerLetter> DeclineAsync(Referral referral, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(referral);
        string[] names = referral.DeclineReason is { } reason ? [$"decline.{reason}", "decline"] : ["decline"];
        return ComposeAsync(referral, DeclinePurpose, names, [], cancellationToken);
    }

    // Most specific first: letter.pathway.role, letter.role (a family is written to as a family whatever the pathway),
    // letter.pathway (the forms each pathway needs), letter.
    private static string[] ByPathwayAndRole(string letter, Referral referral)
    {
        var pathway = referral.Pathway?.ToString().ToLowerInvariant();
        var role = referral.Referrer.Role?.ToString().ToLowerInvariant();
        return [.. new[]
        {
            pathway is not null && role is not null ? $"{letter}.{pathway}.{role}" : null,
            role is not null ? $"{letter}.{role}" : null,
            pathway is not null ? $"{letter}.{pathway}" : null,
            letter,
        }.OfType<string>()];
    }

    private async Task<ReferrerLetter> ComposeAsync(
        Referral referral, string purpose, IEnumerable<string> names, Dictionary<string, string> extra, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(referral);
        var to = referral.Referrer.Email ?? throw new InvalidOperationException($"Referral {referral.Id} has no email address for its referrer.");
        var values = new Dictionary<string, string>(extra)
        {
            ["ClinicName"] = clinic.Value.Name,
            ["ReferrerName"] = referral.Referrer.Name ?? "there",
            ["Patient"] = PatientOf(referral),
            ["ReferralId"] = referral.Id,
            ["ReceivedDate"] = TimeZoneInfo.ConvertTime(referral.ReceivedAt, clinic.Value.Zone).ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture),
            ["FirstContactWithin"] = Within(clinic.Value.FirstContactStandard),
        };
        var (subject, body) = await templates.RenderAsync(names, values, cancellationToken);
        return new ReferrerLetter(referral.Id, purpose, to, subject, body, referral.SourceMessageId);
    }

    private static string PatientOf(Referral referral) => (referral.PatientInitials, referral.PatientAge) switch
    {
        ({ } initials, { } age) => $"{initials} (age {age})",
        ({ } initials, null) => initials,
        _ => "your patient",
    };

    /// <summary>"24 hours", "2 days", "90 minutes": the clinic's first-contact standard in words.</summary>
    public static string Within(TimeSpan standard) => standard switch
    {
        { TotalHours: < 1 } => $"{(int)standard.TotalMinutes} minutes",
        { TotalHours: <= 48 } when standard.TotalHours % 1 == 0 => $"{(int)standard.TotalHours} hours",
        _ when standard.TotalDays % 1 == 0 => $"{(int)standard.TotalDays} days",
        _ => $"{Math.Ceiling(standard.TotalHours).ToString(CultureInfo.InvariantCulture)} hours",
    };
}
