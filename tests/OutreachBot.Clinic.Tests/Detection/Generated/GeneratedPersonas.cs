using static OutreachBot.Clinic.Tests.Detection.Generated.GeneratedNames;

namespace OutreachBot.Clinic.Tests.Detection.Generated;

/// <summary>Professionals who refer to an OT clinic, with the credentials, titles and workplaces they really use.</summary>
internal static class GeneratedPersonas
{
    public static GeneratedPersona Create(Random random)
    {
        var first = Pick(random, FirstNames);
        var last = Pick(random, LastNames);
        var place = Pick(random, Places);
        return random.Next(10) switch
        {
            0 or 1 => Physician(random, first, last, place, ReferrerRole.Pediatrician, Pathway.Pediatric,
                ["MD", "DO", "MD, FAAP", "M.D."], [null, "Pediatrician", "General Pediatrics"],
                [$"{place} Pediatrics", $"{place} Children's Clinic", $"{place} Pediatric Associates, PC", $"{place} Kids Care"]),
            2 => Physician(random, first, last, place, ReferrerRole.Orthopedist, Pathway.Hand,
                ["MD", "DO", "M.D., FAAOS"], [null, "Orthopaedic Surgeon", "Hand & Upper Extremity Surgery", "Orthopedic Surgery"],
                [$"{place} Orthopedics", $"{place} Hand Center", $"{place} Bone & Joint, LLC", $"{place} Orthopaedic & Sports Medicine"]),
            3 => Physician(random, first, last, place, ReferrerRole.Neurologist, Pathway.Neuro,
                ["MD", "DO", "MD, PhD"], [null, "Neurology", "Movement Disorders Neurologist", "Stroke Neurology"],
                [$"{place} Neurology Associates", $"{place} Neuroscience Institute", $"{place} Neurology, PA"]),
            4 => Physician(random, first, last, place, ReferrerRole.Physician, Pathway.Adult,
                ["MD", "DO", "FNP-C", "APRN, FNP-BC", "PA-C", "MSN, AGNP-C"], [null, "Family Medicine", "Internal Medicine", "Primary Care"],
                [$"{place} Family Practice, PA", $"{place} Internal Medicine Group", $"{place} Health System", $"{place} Primary Care"]),
            5 => Staff(random, first, last, place, ReferrerRole.School, Pathway.School,
                [null, null, "M.Ed.", "Ed.S.", "MS, OTR/L"],
                ["School Psychologist", "Special Education Teacher", "School Counselor", "IEP Coordinator", "Assistant Principal", "School Nurse"],
                [null, "Student Services", "Special Education Department"],
                [$"{place} Elementary School", $"{place} Middle School", $"{place} Unified School District", $"{place} Academy",
                 $"{place} Elementary, {Pick(random, Places)} School District 12"]),
            6 => Staff(random, first, last, place, ReferrerRole.CaseManager, Pathway.Adult,
                ["RN, CCM", "BSN, RN", "MSW", "RN"], ["RN Case Manager", "Discharge Planner", "Case Manager", "Care Coordinator"],
                [null, "Care Management", "Case Management Department", "Inpatient Rehabilitation Unit"],
                [$"St. {Pick(random, Saints)} Hospital", $"{place} Medical Center", $"{place} Regional Hospital", $"{place} Health System"]),
            7 => Staff(random, first, last, place, ReferrerRole.SocialWorker, Pathway.Adult,
                ["LCSW", "LMSW", "MSW, LSW", "LICSW"], ["Medical Social Worker", "Clinical Social Worker", "Social Worker"],
                [null, "Social Work Department", "Department of Social Work"],
                [$"St. {Pick(random, Saints)} Hospital", $"{place} Senior Services", $"{place} Family Services", $"{place} Medical Center"]),
            8 => Staff(random, first, last, place, ReferrerRole.PhysicalTherapist, Pathway.Neuro,
                ["PT, DPT", "DPT", "PT, DPT, OCS", "MPT"], [null, "Physical Therapist", "Clinic Director"],
                [null],
                [$"{place} Rehab & Sports Medicine", $"{place} Physical Therapy, LLC", $"{place} Sports & Spine PT", $"{place} Rehabilitation Center"]),
            _ => Staff(random, first, last, place, ReferrerRole.SpeechLanguagePathologist, Pathway.Pediatric,
                ["M.S., CCC-SLP", "MA, CCC-SLP", "CCC-SLP"], [null, "Speech-Language Pathologist", "Lead SLP"],
                [null],
                [$"{place} Speech & Language Center", $"{place} Pediatric Therapy Group", $"{place} Speech Therapy, PLLC"]),
        };
    }

    public static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static GeneratedPersona Physician(
        Random random, string first, string last, string place, ReferrerRole role, Pathway pathway,
        string[] credentials, string?[] titles, string[] organizations)
    {
        var credential = Pick(random, credentials);
        var isDoctor = credential.StartsWith('M') && credential.Contains('D', StringComparison.Ordinal) || credential.StartsWith("DO", StringComparison.Ordinal);
        var middle = random.Next(6) == 0 ? $" {(char)('A' + random.Next(26))}." : string.Empty;
        var written = isDoctor && random.Next(8) == 0 ? $"Dr. {first}{middle} {last}" : $"{first}{middle} {last}, {credential}";
        var nurseOrAssistant = !isDoctor;
        return Build(random, first, last, place, written, Pick(random, titles), null, Pick(random, organizations),
            nurseOrAssistant ? ReferrerRole.Physician : role, pathway, faxChance: 7);
    }

    private static GeneratedPersona Staff(
        Random random, string first, string last, string place, ReferrerRole role, Pathway pathway,
        string?[] credentials, string?[] titles, string?[] departments, string[] organizations)
    {
        var credential = Pick(random, credentials);
        var written = credential is null ? $"{first} {last}" : $"{first} {last}, {credential}";
        return Build(random, first, last, place, written, Pick(random, titles), Pick(random, departments),
            Pick(random, organizations), role, pathway, faxChance: role == ReferrerRole.School ? 1 : 5);
    }

    private static GeneratedPersona Build(
        Random random, string first, string last, string place, string written, string? title, string? department,
        string organization, ReferrerRole role, Pathway pathway, int faxChance)
    {
        var phone = random.Next(12) == 0 ? null : GeneratedPhones.Number(random, allowExtension: true);
        var fax = random.Next(10) < faxChance ? GeneratedPhones.FaxNear(random) : null;
        var domain = new string(place.Where(char.IsLetter).ToArray()).ToLowerInvariant();
        var email = $"{char.ToLowerInvariant(first[0])}{new string(last.Where(char.IsLetter).ToArray()).ToLowerInvariant()}@{domain}.example";
        return new GeneratedPersona(first, last, written, title, department, organization, role, pathway, phone, fax, email);
    }
}
