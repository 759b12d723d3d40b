using OutreachBot.Clinic.Detection;

namespace OutreachBot.Clinic.Tests.Detection.Generated;

/// <summary>
/// Each of the first generated referrals, read whole: kind, referrer (name, organization, role, phone, fax) and
/// patient (name, date of birth or age, phone) and insurance must all be what the generator wrote.
/// </summary>
public sealed class GeneratedReferralTests
{
    private static readonly ReferralDetector Detector = new();

    public static TheoryData<int> Seeds()
    {
        var seeds = new TheoryData<int>();
        for (var seed = 0; seed < 300; seed++)
        {
            seeds.Add(seed);
        }

        return seeds;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Detect_GeneratedReferral_ReadsEveryField(int seed)
    {
        var generated = ReferralMailGenerator.Generate(seed);

        var detection = Detector.Detect(generated.Message);

        Assert.Empty(GeneratedScore.Misses(generated, detection));
    }

    [Fact]
    public void Generate_SameSeed_WritesTheSameMessage()
    {
        var first = ReferralMailGenerator.Generate(42);
        var second = ReferralMailGenerator.Generate(42);

        Assert.Equal(first.Message.BodyText, second.Message.BodyText);
        Assert.Equal(first.Referrer, second.Referrer);
        Assert.Equal(first.Patient, second.Patient);
    }

    [Fact]
    public void Generate_FirstSeeds_CoverEveryPresentation()
    {
        var shapes = Enumerable.Range(0, 300).Select(seed => ReferralMailGenerator.Generate(seed).Shape).ToHashSet();

        Assert.Superset(new HashSet<string> { "signature", "letterhead", "ehr-form", "ehr-form-pdf", "fax-cover", "office-staff", "forward", "family", "self" }, shapes);
    }
}
