using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.Generated.GeneratedNames;
using static OutreachBot.Clinic.Tests.Detection.Generated.GeneratedPersonas;
using static OutreachBot.Clinic.Tests.Detection.Generated.ReferralMailGenerator;

namespace OutreachBot.Clinic.Tests.Detection.Generated;

/// <summary>Referrals presented as letterheads, EHR-generated referral forms and fax cover sheets read from PDFs.</summary>
internal static class GeneratedForms
{
    private static readonly string[] ProviderLabels =
        ["Referring Provider: ", "Ordering Physician: ", "Referred by: ", "Provider Name: ", "Referring Physician: ", "Ordering Provider: "];

    private static readonly string[] PracticeLabels = ["Practice: ", "Clinic: ", "Facility: ", "Organization: ", "Practice Name: ", "Location: "];

    public static GeneratedReferral Letterhead(int seed, Random random)
    {
        var (persona, patient) = People(random, nameSaysRole: true);
        var head = new List<string?> { persona.Organization, Pick(random, Streets), Pick(random, Towns) };
        var numbers = string.Join(" | ", new[] { persona.Phone is null ? null : $"Tel {persona.Phone}", persona.Fax is null ? null : $"Fax {persona.Fax}" }.Where(x => x is not null));
        head.Add(numbers.Length == 0 ? null : numbers);
        var body = Join(
            head,
            [Today.ToString("MMMM d, yyyy", System.Globalization.CultureInfo.InvariantCulture)],
            [random.Next(2) == 0 ? "Dear Occupational Therapist," : Greeting(random)],
            [ReferralParagraph(random, persona, patient)],
            ["Sincerely,", persona.WrittenName, random.Next(2) == 0 ? persona.Title : null]);
        var expected = Expected(persona);
        return new GeneratedReferral(seed, "letterhead", Message(Subject(random, patient), body, persona.Email, DisplayName(random, persona)),
            MessageKind.Referral, expected, Expected(patient), patient.Insurance);
    }

    public static GeneratedReferral EhrForm(int seed, Random random)
    {
        var (persona, patient) = People(random, nameSaysRole: true);
        var form = FormLines(random, persona, patient);
        var inPdf = random.Next(2) == 0;
        var cover = inPdf
            ? Join([Greeting(random)], ["Please see the attached referral for occupational therapy."], [SignOff(random), persona.WrittenName])
            : Join([Greeting(random)], ["Referral details below."], form);
        var attachments = inPdf ? new[] { new MessageAttachment("referral.pdf", "application/pdf", 52_000, string.Join('\n', form)) } : null;
        return new GeneratedReferral(seed, inPdf ? "ehr-form-pdf" : "ehr-form", Message(Subject(random, patient), cover, persona.Email, DisplayName(random, persona), attachments),
            MessageKind.Referral, Expected(persona), Expected(patient), patient.Insurance);
    }

    public static GeneratedReferral FaxCover(int seed, Random random)
    {
        var (persona, patient) = People(random, nameSaysRole: true);
        var sheet = new List<string?>
        {
            "FAX COVER SHEET",
            "To: Outpatient Occupational Therapy",
            "Fax: (555) 700-1001",
            $"From: {persona.WrittenName}",
            $"Company: {persona.Organization}",
            persona.Phone is null ? null : $"Phone: {persona.Phone}",
            persona.Fax is null ? null : $"Fax: {persona.Fax}",
            "Pages: 3",
            $"Re: OT referral - {patient.Name}",
            "CONFIDENTIAL: this fax contains protected health information.",
            string.Empty,
        };
        sheet.AddRange(FormLines(random, persona, patient));
        var body = "Please find the attached fax.\n\nThis message was sent by the practice's fax service.";
        var attachment = new MessageAttachment("fax.pdf", "application/pdf", 81_000, string.Join('\n', sheet.Where(l => l is not null)));
        return new GeneratedReferral(seed, "fax-cover", Message("Fax from " + persona.Organization, body, "fax-noreply@efax.example", "eFax", [attachment]),
            MessageKind.Referral, Expected(persona), Expected(patient), patient.Insurance);
    }

    private static List<string> FormLines(Random random, GeneratedPersona persona, GeneratedPatient patient)
    {
        var lines = new List<string>
        {
            random.Next(2) == 0 ? "OUTPATIENT REFERRAL" : "Referral Order - Occupational Therapy",
            "Referral to: Occupational Therapy - Evaluate and Treat",
            $"{Pick(random, (string[])["Patient: ", "Patient Name: ", "Name: "])}{patient.Name}",
        };
        if (patient.DateOfBirth is { } dob)
        {
            lines.Add($"DOB: {dob.ToString("MM/dd/yyyy", System.Globalization.CultureInfo.InvariantCulture)}");
        }
        else
        {
            lines.Add($"Age: {patient.AgeYears}");
        }

        if (patient.Phone is not null)
        {
            lines.Add($"{Pick(random, (string[])["Patient Phone: ", "Home Phone: ", "Contact Phone: ", "Guardian Phone: "])}{patient.Phone}");
        }

        if (patient.Insurance is not null)
        {
            lines.Add($"{Pick(random, (string[])["Insurance: ", "Primary Insurance: ", "Payer: "])}{patient.Insurance}");
        }

        lines.Add($"Diagnosis: {GeneratedConcerns.For(random, persona.Pathway, patient.IsMale)}");
        var provider = ProviderLabels[random.Next(ProviderLabels.Length)];
        var npi = random.Next(2) == 0 ? $"  NPI: {random.Next(100000, 999999)}{random.Next(1000, 9999)}" : string.Empty;
        lines.Add(provider + persona.WrittenName + npi);
        lines.Add($"{PracticeLabels[random.Next(PracticeLabels.Length)]}{persona.Organization}");
        if (persona.Phone is not null)
        {
            lines.Add($"{Pick(random, (string[])["Provider Phone: ", "Office Phone: ", "Phone: "])}{persona.Phone}");
        }

        if (persona.Fax is not null)
        {
            lines.Add($"{Pick(random, (string[])["Provider Fax: ", "Office Fax: ", "Fax: "])}{persona.Fax}");
        }

        lines.Add($"Electronically signed by {persona.WrittenName} on 11/09/2026");
        return lines;
    }

    private static string SignOff(Random random) => GeneratedSignatures.SignOff(random);
}
