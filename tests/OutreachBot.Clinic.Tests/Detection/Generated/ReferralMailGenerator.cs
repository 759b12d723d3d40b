using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.Generated.GeneratedNames;
using static OutreachBot.Clinic.Tests.Detection.Generated.GeneratedPersonas;

namespace OutreachBot.Clinic.Tests.Detection.Generated;

/// <summary>
/// Writes varied, fictional referral mail from a seed, deterministically, with the expected fields known by
/// construction. It was written from the label conventions, not from the detector's rules, so that it measures how
/// the rules generalise: the same seed always gives the same message.
/// </summary>
internal static class ReferralMailGenerator
{
    public static readonly DateOnly Today = new(2026, 11, 10);

    private static readonly string[] Greetings = ["Hi,", "Hello OT team,", "Good afternoon,", "To the intake team:", "Hello,", "Dear colleagues,", ""];

    public static GeneratedReferral Generate(int seed)
    {
        var random = new Random(seed);
        return random.Next(22) switch
        {
            >= 20 => GeneratedForwards.Forward(seed, random),
            < 8 => Signed(seed, random),
            < 10 => GeneratedForms.Letterhead(seed, random),
            < 13 => GeneratedForms.EhrForm(seed, random),
            < 14 => GeneratedForms.FaxCover(seed, random),
            < 17 => OfficeStaff(seed, random),
            _ => GeneratedFamilies.Family(seed, random),
        };
    }

    public static (GeneratedPersona Persona, GeneratedPatient Patient) People(Random random, bool nameSaysRole = false, bool credentialed = false)
    {
        var persona = Create(random);
        while ((nameSaysRole && !persona.RoleReadableFromName) || (credentialed && !persona.IsCredentialed))
        {
            persona = Create(random);
        }

        var child = persona.Pathway is Pathway.Pediatric or Pathway.School;
        var patient = GeneratedPatient.Create(random, child, Today);
        // A patient who shares the referrer's first or last name would make the expected values ambiguous.
        while (patient.Name.Split(' ').Any(part => part == persona.First || part == persona.Last))
        {
            patient = GeneratedPatient.Create(random, child, Today);
        }

        return (persona, patient);
    }

    /// <summary>A paragraph naming the patient, the concern, how to reach them and their insurance.</summary>
    public static string ReferralParagraph(Random random, GeneratedPersona persona, GeneratedPatient patient)
    {
        var intro = Introduction(random, patient).TrimEnd(',');
        var opening = persona.Role == ReferrerRole.School
            ? $"Our team would like to refer {intro}, a student here, for an outside OT evaluation."
            : persona.Role == ReferrerRole.CaseManager && random.Next(2) == 0
            ? $"I am the case manager for {intro}, who is going home from our unit this week, and would like outpatient OT."
            : random.Next(7) switch
            {
                5 => $"{intro} is seeing me for ongoing care and would benefit from OT.",
                6 => $"{intro} was seen in clinic today. I would like {(patient.IsMale ? "him" : "her")} evaluated for outpatient OT.",
                0 => $"I am referring {intro} for an occupational therapy evaluation.",
                1 => $"Please see {intro} for OT eval and treat.",
                2 => $"I'd like to refer my patient {intro} to your clinic for OT.",
                3 => $"We are referring {intro} for occupational therapy.",
                _ => $"Referral for outpatient OT: {intro}.",
            };
        var parts = new List<string> { opening, GeneratedConcerns.For(random, persona.Pathway, patient.IsMale) };
        if (patient.ContactSentence is not null)
        {
            parts.Add(patient.ContactSentence);
        }

        var paragraph = string.Join(' ', parts);
        return patient.InsuranceSentence is null ? paragraph : $"{paragraph}\n{patient.InsuranceSentence}";
    }

    public static string Introduction(Random random, GeneratedPatient patient)
    {
        if (patient.DateOfBirth is not null)
        {
            return random.Next(2) == 0 ? $"{patient.Name} ({patient.WrittenBirth})" : $"{patient.Name}, {patient.WrittenBirth},";
        }

        var noun = patient.IsChild ? (patient.IsMale ? "boy" : "girl") : (patient.IsMale ? "man" : "woman");
        return patient.WrittenBirth.EndsWith("-year-old", StringComparison.Ordinal)
            ? $"{patient.Name}, a {patient.WrittenBirth} {noun},"
            : $"{patient.Name} ({patient.WrittenBirth})";
    }

    public static string Greeting(Random random) => Pick(random, Greetings);

    public static string Join(params IEnumerable<string?>[] blocks) =>
        string.Join("\n\n", blocks.Select(lines => string.Join('\n', lines.Where(l => l is not null))).Where(b => b.Length > 0));

    public static string? DisplayName(Random random, GeneratedPersona persona) => random.Next(6) switch
    {
        0 => null,
        1 => persona.WrittenName,
        2 => $"{persona.Last}, {persona.First}",
        _ => $"{persona.First} {persona.Last}",
    };

    public static string Subject(Random random, GeneratedPatient patient) => random.Next(5) switch
    {
        0 => $"OT referral - {patient.Name}",
        1 => "Referral",
        2 => "New patient referral for occupational therapy",
        3 => $"Referral: {patient.Name.Split(' ')[1]}",
        _ => "OT eval request",
    };

    public static IncomingMessage Message(string subject, string body, string from, string? fromName, IReadOnlyList<MessageAttachment>? attachments = null) =>
        new($"generated-{Guid.NewGuid():N}@test.example", subject, from, fromName,
            new DateTimeOffset(2026, 11, 10, 9, 30, 0, TimeSpan.FromHours(-5)), body, attachments ?? [], null, []);

    public static Referrer Expected(GeneratedPersona persona, string? nameOverride = null) =>
        new(nameOverride ?? persona.ExpectedName, persona.Organization, persona.Role, persona.Phone, persona.Fax, persona.Email);

    public static PatientFacts Expected(GeneratedPatient patient) =>
        new(patient.Name, patient.DateOfBirth, patient.AgeYears, patient.Phone);

    private static GeneratedReferral Signed(int seed, Random random)
    {
        var (persona, patient) = People(random);
        var body = Join(
            [Greeting(random)],
            [ReferralParagraph(random, persona, patient)],
            [random.Next(2) == 0 ? "Please call with any questions." : null],
            [GeneratedSignatures.Closing(random, persona)]);
        return new GeneratedReferral(seed, "signature", Message(Subject(random, patient), body, persona.Email, DisplayName(random, persona)),
            MessageKind.Referral, Expected(persona), Expected(patient), patient.Insurance);
    }

    private static string SignOff(Random random) => GeneratedSignatures.SignOff(random);

    private static GeneratedReferral OfficeStaff(int seed, Random random)
    {
        var (persona, patient) = People(random, nameSaysRole: true, credentialed: true);
        var staff = $"{Pick(random, FirstNames)} {Pick(random, LastNames)}";
        var staffTitle = Pick(random, (string[])["Referral Coordinator", "Medical Assistant", "Office Manager", "Patient Care Coordinator", "Front Desk"]);
        var provider = persona.WrittenName;
        var labelled = random.Next(3) == 0;
        var (opening, titleLine) = labelled ? ($"Referring provider: {provider}", staffTitle) : random.Next(2) switch
        {
            0 => ($"I'm writing on behalf of {provider}.", staffTitle),
            _ => ("Please see the referral below.", $"{staffTitle} to {provider}"),
        };
        var signature = new List<string> { staff, titleLine, persona.Organization! };
        signature.AddRange(GeneratedSignatures.PhoneLines(random, persona));
        var body = Join([Greeting(random)], [opening], [ReferralParagraph(random, persona, patient)], [SignOff(random), .. signature]);
        var from = $"{staff.Split(' ')[0].ToLowerInvariant()}@{persona.Email.Split('@')[1]}";
        return new GeneratedReferral(seed, "office-staff", Message(Subject(random, patient), body, from, random.Next(3) == 0 ? null : staff),
            MessageKind.Referral, Expected(persona, labelled ? persona.ExpectedName : persona.ExpectedNameViaStaff) with { Email = null }, Expected(patient), patient.Insurance);
    }
}
