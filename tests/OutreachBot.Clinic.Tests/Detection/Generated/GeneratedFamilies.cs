using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.Generated.GeneratedNames;
using static OutreachBot.Clinic.Tests.Detection.Generated.GeneratedPersonas;
using static OutreachBot.Clinic.Tests.Detection.Generated.ReferralMailGenerator;

namespace OutreachBot.Clinic.Tests.Detection.Generated;

/// <summary>Parents asking for their child and adults asking for themselves: self-referrals.</summary>
internal static class GeneratedFamilies
{
    public static GeneratedReferral Family(int seed, Random random)
    {
        var first = Pick(random, FirstNames);
        var last = Pick(random, LastNames);
        var full = $"{first} {last}";
        var phone = GeneratedPhones.Number(random, allowExtension: false);
        var email = $"{first.ToLowerInvariant()}.{new string(last.Where(char.IsLetter).ToArray()).ToLowerInvariant()}@mailbox.example";
        var displayed = random.Next(3) != 0;
        var signature = displayed && random.Next(2) == 0 ? first : full;
        var callMe = random.Next(3) switch
        {
            0 => $"You can reach me at {phone}.",
            1 => $"My cell is {phone}.",
            _ => $"Please call me at {phone}, any time after 3.",
        };
        if (random.Next(3) == 0)
        {
            var age = random.Next(45, 85);
            var body = Join(
                [Greeting(random)],
                [$"I'm {age} and my doctor suggested I look into occupational therapy. I have arthritis in both hands and " +
                 "I'm having trouble opening jars and buttoning shirts. Do you take new patients? " + callMe],
                ["Thank you,", signature]);
            var adult = new PatientFacts(full, null, age, phone);
            return new GeneratedReferral(seed, "self", Message("Question about OT", body, email, displayed ? full : null),
                MessageKind.SelfReferral, new Referrer(full, null, ReferrerRole.Other, phone, null, email), adult, null);
        }

        var isMale = random.Next(2) == 0;
        var child = $"{Pick(random, FirstNames)} {last}";
        var years = random.Next(3, 12);
        var dob = Today.AddYears(-years).AddDays(-random.Next(1, 300));
        var written = dob.ToString(random.Next(2) == 0 ? "M/d/yyyy" : "MMMM d, yyyy", System.Globalization.CultureInfo.InvariantCulture);
        var relation = isMale ? "son" : "daughter";
        var letter = Join(
            [Greeting(random)],
            [$"My {relation} {child} (born {written}) has trouble with handwriting and gets overwhelmed by noise. " +
             $"Our pediatrician suggested an OT evaluation. {callMe}"],
            [random.Next(2) == 0 ? "Insurance: Medicaid" : null],
            ["Thanks,", signature]);
        var insurance = letter.Contains("Insurance: Medicaid", StringComparison.Ordinal) ? "Medicaid" : null;
        return new GeneratedReferral(seed, "family", Message($"OT evaluation for my {relation}", letter, email, displayed ? full : null),
            MessageKind.SelfReferral, new Referrer(full, null, ReferrerRole.Family, phone, null, email),
            new PatientFacts(child, dob, null, phone), insurance);
    }
}
