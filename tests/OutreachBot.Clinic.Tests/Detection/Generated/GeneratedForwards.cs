using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.Generated.GeneratedNames;
using static OutreachBot.Clinic.Tests.Detection.Generated.GeneratedPersonas;
using static OutreachBot.Clinic.Tests.Detection.Generated.ReferralMailGenerator;

namespace OutreachBot.Clinic.Tests.Detection.Generated;

/// <summary>A provider's referral forwarded by someone in the same office, in Gmail's and Outlook's forward layouts.</summary>
internal static class GeneratedForwards
{
    public static GeneratedReferral Forward(int seed, Random random)
    {
        var (persona, patient) = People(random, nameSaysRole: true);
        var subject = Subject(random, patient);
        var original = Join([Greeting(random)], [ReferralParagraph(random, persona, patient)], [GeneratedSignatures.Closing(random, persona)]);
        var staff = $"{Pick(random, FirstNames)} {Pick(random, LastNames)}";
        var staffAddress = $"{staff.Split(' ')[0].ToLowerInvariant()}@{persona.Email.Split('@')[1]}";
        var display = persona.WrittenName.StartsWith("Dr. ", StringComparison.Ordinal) ? persona.WrittenName : $"{persona.First} {persona.Last}";
        var header = random.Next(2) == 0
            ? $"---------- Forwarded message ---------\nFrom: {display} <{persona.Email}>\nDate: Mon, Nov 9, 2026 at 3:12 PM\nSubject: {subject}\nTo: {staff} <{staffAddress}>"
            : $"-----Original Message-----\nFrom: {display} <{persona.Email}>\nSent: Monday, November 9, 2026 3:12 PM\nTo: {staff} <{staffAddress}>\nSubject: {subject}";
        var note = Pick(random, (string[])["Forwarding the referral below.", "FYI - please see below.", "See the referral below; let me know if you need anything else."]);
        var body = Join([Greeting(random)], [note], ["Thanks,", staff, Pick(random, (string[])["Front Desk", "Referral Coordinator", "Medical Assistant"])], [header], [original]);
        return new GeneratedReferral(seed, "forward", Message("Fwd: " + subject, body, staffAddress, staff),
            MessageKind.Referral, Expected(persona), Expected(patient), patient.Insurance);
    }
}
