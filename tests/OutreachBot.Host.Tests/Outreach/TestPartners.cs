using OutreachBot.Clinic;
using OutreachBot.Clinic.Partners;

namespace OutreachBot.Host.Tests.Outreach;

/// <summary>Partners the outreach tests write to.</summary>
public static class TestPartners
{
    public static readonly DateTimeOffset Added = new(2026, 3, 2, 15, 0, 0, TimeSpan.Zero);

    public static Partner School(string id = "p-maplewood", bool optedIn = false) => new(
        id, "Maplewood School District", PartnerSetting.School, [Pathway.School], OutreachStage.Identified, PartnerChannel.Email,
        [new PartnerPerson("Jordan Pike", ReferrerRole.School, "jpike@maplewood.k12.example", "(555) 300-4000")],
        PartnerReferralFigures.None, Added, UpdatesOptedIn: optedIn);

    public static Partner Ortho(string id = "p-northfield", bool optedIn = true) => new(
        id, "Northfield Orthopedics", PartnerSetting.PhysicianOffice, [Pathway.Hand], OutreachStage.Active, PartnerChannel.Email,
        [
            new PartnerPerson("Rosa Delgado, MD", ReferrerRole.Orthopedist, "rdelgado@northfieldortho.example", null, EmailBounced: true),
            new PartnerPerson("Kim Osei", ReferrerRole.Other, "kosei@northfieldortho.example", null),
        ],
        new PartnerReferralFigures(8, 6, Added.AddDays(10), Added.AddDays(200)), Added, Added.AddDays(100), UpdatesOptedIn: optedIn);
}
