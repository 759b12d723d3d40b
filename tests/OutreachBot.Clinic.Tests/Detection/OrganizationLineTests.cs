using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

/// <summary>Which signature line names the referrer's organization (fictional practices and domains).</summary>
public sealed class OrganizationLineTests
{
    private readonly ReferralDetector _detector = new();

    [Theory]
    [InlineData("Hand & Upper Extremity Surgery\nCrestline Plastic Surgery", "cmoss@crestlineplastics.example", "Crestline Plastic Surgery")]
    [InlineData("Stroke Center - Bayview Neurology Group", "cmoss@bayviewneuro.example", "Bayview Neurology Group")]
    [InlineData("Harbor Physical Therapy - Westside", "cmoss@harborpt.example", "Harbor Physical Therapy - Westside")]
    [InlineData("Primary Care Sports Medicine\nGlenwood Sports Medicine", "cmoss@glenwoodsportsmed.example", "Glenwood Sports Medicine")]
    [InlineData("District Occupational Therapist\nPine Ridge CUSD 4", "cmoss@prcusd4.example", "Pine Ridge CUSD 4")]
    public void Detect_PicksTheLineThatNamesTheOrganization(string lines, string from, string organization)
    {
        var detection = _detector.Detect(Message(
            "OT referral - Lars Berg",
            $"Hello,\nPlease evaluate and treat Lars Berg (DOB 02/02/1970), s/p left wrist fracture with stiffness and weak grip. Signed order attached.\n\nThank you,\nCarla Moss, MD\n{lines}\n(555) 300-1000 | Fax (555) 300-1001",
            from,
            "Carla Moss",
            [Pdf("order.pdf")]));

        Assert.Equal(organization, detection.Referrer.Organization);
    }

    [Theory]
    [InlineData("Ada Lin, MD\nFernhill Children's Group | P: 555.233.1100  F: 555.233.1115", "adal@fernhillcg.example", "Fernhill Children's Group")]
    [InlineData("Ada Lin, MD\nMarlow Heart & Lung - Pulmonary Rehab Scheduling", "rehab@marlowheart.example", "Marlow Heart & Lung")]
    [InlineData("Ada Lin, MD\nBRAMBLE ORTHOPEDICS - PRESCRIPTION", "alin@brambleortho.example", "Bramble Orthopedics")]
    public void Detect_LeavesNumbersOfficeDesksAndFormTitlesOutOfTheOrganization(string lines, string from, string organization)
    {
        var detection = _detector.Detect(Message(
            "OT referral - Lars Berg",
            $"Hello,\nPlease evaluate and treat Lars Berg (DOB 02/02/1970), s/p left wrist fracture with stiffness and weak grip. Signed order attached.\n\nThank you,\n{lines}",
            from,
            "Ada Lin",
            [Pdf("order.pdf")]));

        Assert.Equal(organization, detection.Referrer.Organization);
    }
}
