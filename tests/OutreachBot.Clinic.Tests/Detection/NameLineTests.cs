using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

/// <summary>Signature lines that hold the name and the practice together, or the practice beside its address.</summary>
public sealed class NameLineTests
{
    private readonly ReferralDetector _detector = new();

    [Theory]
    [InlineData("Mina Coll, MD, Riverbank Family Practice", "Mina Coll, MD", "Riverbank Family Practice")]
    [InlineData("Dr. Mina Coll — Eastview Neurology", "Mina Coll", "Eastview Neurology")]
    [InlineData("Mina Coll, MD - Harbor Lights Pediatrics", "Mina Coll, MD", "Harbor Lights Pediatrics")]
    [InlineData("Mina Coll, Unit Secretary\nRiverbank Hospital", "Mina Coll", "Riverbank Hospital")]
    public void Detect_NameLineThatAlsoNamesThePractice_SplitsThem(string signature, string name, string organization)
    {
        var detection = Detect(signature, "mcoll@mailhost.example");

        Assert.Equal(name, detection.Referrer.Name);
        Assert.Equal(organization, detection.Referrer.Organization);
    }

    [Fact]
    public void Detect_SignatureWithAnHonorific_NamesThePersonWithoutIt()
    {
        var detection = Detect("Ms. Mina Coll\nKindergarten Teacher, Alder Street School", "mcoll@alderstreet.example");

        Assert.Equal("Mina Coll", detection.Referrer.Name);
        Assert.Equal("Alder Street School", detection.Referrer.Organization);
        Assert.Equal(ReferrerRole.School, detection.Referrer.Role);
    }

    [Theory]
    [InlineData("Mina Coll, MD\nWillowbend Orthopedics, 40 Elm St, Ashford CT 06010", "Willowbend Orthopedics")]
    [InlineData("Mina Coll, MD\nCobalt Ridge Orthopaedics & Sports Medicine, P.C.", "Cobalt Ridge Orthopaedics & Sports Medicine, P.C.")]
    public void Detect_PracticeBesideAnAddressOrWithALegalSuffix_IsTheOrganization(string signature, string organization)
    {
        Assert.Equal(organization, Detect(signature, "mcoll@crop.example").Referrer.Organization);
    }

    [Fact]
    public void Detect_PhysicianAtAHandAndWristPractice_IsAnOrthopedist()
    {
        Assert.Equal(ReferrerRole.Orthopedist, Detect("Mina Coll, MD\nLantern Hill Hand & Wrist", "mcoll@lanternhill.example").Referrer.Role);
    }

    private ReferralDetection Detect(string signature, string from) => _detector.Detect(Message(
        "OT referral - Bo Strand",
        $"Hello,\nPlease evaluate and treat Bo Strand (DOB 02/02/1970), s/p left wrist fracture with stiffness and weak grip. His cell is 555-909-1111.\n\nThank you,\n{signature}\n(555) 201-1000",
        from,
        "Mina Coll"));
}
