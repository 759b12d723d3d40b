using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

/// <summary>
/// Which signature line is the practice when the mail domain is built from more than one piece of its name, and a
/// practice's branch written after an en dash.
/// </summary>
public sealed class OrganizationDomainTests
{
    private readonly ReferralDetector _detector = new();

    private static string Referral(string signature) =>
        $"Hello,\n\nPlease evaluate and treat Ruth Maddox (DOB 3/14/1979) for left hand weakness and fine motor loss. Her cell is (555) 410-7782.\n\n{signature}";

    [Fact]
    public void Detect_DomainSpellsTwoWordsOfThePractice_PrefersItOverTheDepartmentLine()
    {
        var detection = _detector.Detect(Message(
            "OT referral",
            Referral("Irene Falk, MD\nNeurology / MS Center\nCedar Marrowind Neurology\nPh: 555 410 2200  Fax: 555 410 2201"),
            "ifalk@cedarneuro.example",
            "Irene Falk"));

        Assert.Equal("Cedar Marrowind Neurology", detection.Referrer.Organization);
    }

    [Fact]
    public void Detect_DomainAbbreviatesTheInstitution_PrefersTheLineWhoseInitialsItHolds()
    {
        var detection = _detector.Detect(Message(
            "OT referral",
            Referral("Thanks,\nIrene Falk, MD\nPrimary Care Sports Medicine\nNorthgate State University Sports Medicine Clinic\nTel 555-410-2200"),
            "ifalk@nsusportsmed.example",
            "Irene Falk"));

        Assert.Equal("Northgate State University Sports Medicine Clinic", detection.Referrer.Organization);
    }

    [Fact]
    public void Detect_BranchAfterAnEnDash_IsKeptWithTheTypedHyphen()
    {
        var detection = _detector.Detect(Message(
            "OT referral",
            Referral("Thank you,\nIrene Falk, FNP-C\nCedar Walk-In Clinic – Northgate\nPh (555) 410-2200 Fax (555) 410-2201"),
            "northgate.desk@cedarwalkin.example",
            "Cedar Walk-In Northgate"));

        Assert.Equal("Cedar Walk-In Clinic - Northgate", detection.Referrer.Organization);
    }
}
