using OutreachBot.Clinic.Detection;

namespace OutreachBot.Clinic.Tests.Detection.Generated;

/// <summary>Compares a detection with the generator's expected values, field by field.</summary>
internal static class GeneratedScore
{
    public static IEnumerable<(string Field, string? Expected, string? Actual)> Fields(GeneratedReferral expected, ReferralDetection actual)
    {
        yield return ("kind", expected.Kind.ToString(), actual.Kind.ToString());
        yield return ("referrer.name", expected.Referrer.Name, actual.Referrer.Name);
        yield return ("referrer.organization", expected.Referrer.Organization, actual.Referrer.Organization);
        yield return ("referrer.role", expected.Referrer.Role?.ToString(), actual.Referrer.Role?.ToString());
        yield return ("referrer.phone", expected.Referrer.Phone, actual.Referrer.Phone);
        yield return ("referrer.fax", expected.Referrer.Fax, actual.Referrer.Fax);
        yield return ("patient.name", expected.Patient.Name, actual.Patient.Name);
        yield return ("patient.dob", expected.Patient.DateOfBirth?.ToString("O"), actual.Patient.DateOfBirth?.ToString("O"));
        yield return ("patient.age_years", expected.Patient.AgeYears?.ToString(System.Globalization.CultureInfo.InvariantCulture), actual.Patient.AgeYears?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        yield return ("patient.phone", expected.Patient.Phone, actual.Patient.Phone);
        yield return ("insurance", expected.Insurance, actual.Insurance);
    }

    public static IReadOnlyList<string> Misses(GeneratedReferral expected, ReferralDetection actual) =>
        Fields(expected, actual)
            .Where(f => !string.Equals(f.Expected, f.Actual, StringComparison.Ordinal))
            .Select(f => $"{f.Field}: expected <{f.Expected}> got <{f.Actual}>")
            .ToList();
}
