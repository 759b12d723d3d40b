using OutreachBot.Clinic.Partners;

namespace OutreachBot.Clinic.Tests.Outreach;

/// <summary>A seeded partner directory with a realistic spread of settings, stages, referrals and contacts.</summary>
public static class GeneratedPartners
{
    private static readonly (PartnerSetting Setting, Pathway[] Pathways, string Kind)[] Kinds =
    [
        (PartnerSetting.School, [Pathway.School], "School District"),
        (PartnerSetting.Hospital, [Pathway.Neuro, Pathway.Adult], "Medical Center"),
        (PartnerSetting.PhysicianOffice, [Pathway.Hand], "Orthopedics"),
        (PartnerSetting.PhysicianOffice, [Pathway.Pediatric], "Pediatrics"),
        (PartnerSetting.OutpatientTherapy, [Pathway.Adult], "Physical Therapy"),
    ];

    public static List<Partner> Generate(int seed, int count, DateTimeOffset asOf)
    {
        var random = new Random(seed);
        var partners = new List<Partner>();
        for (var i = 0; i < count; i++)
        {
            var (setting, pathways, kind) = Kinds[random.Next(Kinds.Length)];
            var added = asOf.AddDays(-random.Next(30, 700));
            var stage = (OutreachStage)random.Next(0, 6);
            var figures = PartnerReferralFigures.None;
            if (stage is OutreachStage.FirstReferral or OutreachStage.Active or OutreachStage.Lapsed)
            {
                var referrals = random.Next(1, 12);
                var last = stage == OutreachStage.Lapsed ? asOf.AddDays(-random.Next(95, 300)) : asOf.AddDays(-random.Next(1, 60));
                figures = new PartnerReferralFigures(referrals, random.Next(0, referrals + 1), last.AddDays(-random.Next(0, 200)), last);
            }

            DateTimeOffset? contact = stage == OutreachStage.Identified ? null : asOf.AddDays(-random.Next(1, 120));
            partners.Add(new Partner($"p-{seed}-{i}", $"{kind} {i}", setting, pathways, stage, PartnerChannel.Email,
                [new PartnerPerson($"Contact {i}", null, $"contact{i}@partner{i}.example", null)], figures, added, contact,
                UpdatesOptedIn: random.Next(2) == 0));
        }

        return partners;
    }
}
