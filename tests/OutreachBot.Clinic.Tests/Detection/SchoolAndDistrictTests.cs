using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

/// <summary>A school named with its district on one signature line, from a district's mail domain.</summary>
public sealed class SchoolAndDistrictTests
{
    private readonly ReferralDetector _detector = new();

    [Theory]
    [InlineData("Aspen Ridge Elementary - Kettle Valley Unified School District", "Aspen Ridge Elementary - Kettle Valley Unified School District")]
    [InlineData("Aspen Ridge Elementary | Kettle Valley Unified School District", "Aspen Ridge Elementary, Kettle Valley Unified School District")]
    [InlineData("IEP Case Manager, Aspen Ridge Elementary, Kettle Valley CUSD 12", "Aspen Ridge Elementary, Kettle Valley CUSD 12")]
    public void Detect_SchoolAndDistrictOnOneLine_KeepsBoth(string line, string organization)
    {
        var body = $"Good morning,\n\nOur IEP team is requesting an outside OT evaluation for Lia Ortega (DOB 2015-09-22): handwriting legibility, slow copying.\n\nThank you,\nGreta Albers, M.Ed.\nSpecial Education Teacher\n{line}\nPhone: 555-733-2100 x3318";

        var detection = _detector.Detect(Message("OT evaluation request", body, "galbers@kettlevalleyusd.example", "Greta Albers"));

        Assert.Equal(organization, detection.Referrer.Organization);
        Assert.Equal(ReferrerRole.School, detection.Referrer.Role);
    }
}
