using System.Globalization;
using static OutreachBot.Clinic.Tests.Detection.Generated.GeneratedNames;
using static OutreachBot.Clinic.Tests.Detection.Generated.GeneratedPersonas;

namespace OutreachBot.Clinic.Tests.Detection.Generated;

/// <summary>
/// A fictional patient: Introduction is how the sender names them with a date of birth or an age ("Marcus Bell
/// (DOB 4/12/1968)"), ContactSentence how to reach them (a parent's number for a child), both optional in parts.
/// </summary>
internal sealed record GeneratedPatient(
    string Name,
    bool IsChild,
    bool IsMale,
    DateOnly? DateOfBirth,
    int? AgeYears,
    string? Phone,
    string WrittenBirth,
    string? ContactSentence,
    string? Insurance,
    string? InsuranceSentence)
{
    private static readonly string[] Payers =
    [
        "Aetna PPO", "Medicaid", "Medicare", "BCBS PPO", "Cigna Open Access Plus", "UnitedHealthcare Choice Plus",
        "Humana Medicare Advantage", "Tricare Select", "Kaiser HMO", "Molina Medicaid",
    ];

    public static GeneratedPatient Create(Random random, bool isChild, DateOnly today)
    {
        var isMale = random.Next(2) == 0;
        var name = $"{Pick(random, FirstNames)} {Pick(random, LastNames)}";
        var age = isChild ? random.Next(2, 15) : random.Next(24, 90);
        var dob = today.AddYears(-age).AddDays(-random.Next(1, 360));
        DateOnly? writtenDob = random.Next(5) == 0 ? null : dob;
        var ageYears = writtenDob is null ? AgeOn(dob, today) : (int?)null;
        var written = writtenDob is { } d ? BirthPhrase(random, d) : AgePhrase(random, ageYears!.Value, isChild);
        var phone = random.Next(6) == 0 ? null : GeneratedPhones.Number(random, allowExtension: false);
        var contact = phone is null ? null : ContactPhrase(random, phone, isChild, isMale);
        var insurance = random.Next(3) == 0 ? null : Pick(random, Payers);
        var insuranceSentence = insurance is null ? null : random.Next(7) switch
        {
            0 => $"Insurance: {insurance}",
            1 => $"Ins: {insurance}",
            2 => $"Primary insurance: {insurance}",
            3 => $"{insurance} is primary.",
            4 => $"{(isMale ? "He" : "She")} has {insurance}.",
            5 => $"Insurance: {insurance}.",
            _ => $"Insurance is {insurance}.",
        };
        return new GeneratedPatient(name, isChild, isMale, writtenDob, ageYears, phone, written, contact, insurance, insuranceSentence);
    }

    private static int AgeOn(DateOnly dob, DateOnly today)
    {
        var years = today.Year - dob.Year;
        return dob.AddYears(years) > today ? years - 1 : years;
    }

    private static string BirthPhrase(Random random, DateOnly dob)
    {
        var date = random.Next(6) switch
        {
            5 => dob.ToString("M/d/yy", CultureInfo.InvariantCulture),
            0 => dob.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture),
            1 => dob.ToString("M/d/yyyy", CultureInfo.InvariantCulture),
            2 => dob.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            3 => dob.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture),
            _ => dob.ToString("MM-dd-yyyy", CultureInfo.InvariantCulture),
        };
        return random.Next(3) switch
        {
            0 => $"DOB {date}",
            1 => $"DOB: {date}",
            _ => $"born {date}",
        };
    }

    private static string AgePhrase(Random random, int age, bool isChild) => random.Next(3) switch
    {
        0 => $"age {age}",
        1 => $"{age} y/o",
        _ => isChild ? $"{age}-year-old" : $"{age} years old",
    };

    private static string ContactPhrase(Random random, string phone, bool isChild, bool isMale)
    {
        var pronoun = isMale ? "He" : "She";
        if (isChild)
        {
            var parent = Pick(random, FirstNames);
            return random.Next(6) switch
            {
                4 => $"Mom ({parent}) prefers a call at {phone}.",
                5 => $"Please call {(isMale ? "his" : "her")} mother {parent} at {phone} to schedule.",
                0 => $"Mom ({parent}) can be reached at {phone}.",
                1 => $"Dad's cell: {phone}",
                2 => $"Parent phone: {phone}",
                _ => $"The best number for the family is {phone} ({parent}, mother).",
            };
        }

        var relative = Pick(random, FirstNames);
        return random.Next(5) switch
        {
            3 => $"Please call {(isMale ? "his wife" : "her husband")} {relative} at {phone} to schedule; {(isMale ? "she" : "he")} coordinates {(isMale ? "his" : "her")} care.",
            4 => $"{(isMale ? "Wife" : "Husband")}: {relative} {Pick(random, LastNames)}, {phone}.",
            0 => $"{pronoun} can be reached at {phone}.",
            1 => $"Patient phone: {phone}",
            _ => $"Best contact number for the patient: {phone}",
        };
    }
}
