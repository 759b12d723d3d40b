using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

/// <summary>LABELS.md: anything school staff send is the school's, whatever the title says.</summary>
public class SchoolStaffRoleTests
{
    private readonly ReferralDetector _detector = new();

    [Theory]
    [InlineData("Special Education Case Manager\nMaple Ridge Elementary | Maple Ridge USD")]
    [InlineData("IEP Case Manager\nHilltop Preschool Center | North Valley School District")]
    public void Detect_WhenASchoolCaseManagerRefers_TheRoleAndPathwayAreTheSchools(string title)
    {
        var body = $"Our IEP team agreed to request an outside OT evaluation for Leo Marsh (DOB 03/02/2018): letter reversals, slow copying.\nParent: Ana Marsh 555-730-2211\n\nThanks,\nJune Park, M.Ed.\n{title}\nOffice 555.214.7700";
        var detection = _detector.Detect(Message("OT evaluation request - Leo Marsh", body, "jpark@mapleridge.k12.example", "Park, June"));

        Assert.Equal(ReferrerRole.School, detection.Referrer.Role);
        Assert.Equal(Pathway.School, detection.Pathway);
    }

    [Fact]
    public void Detect_WhenAHospitalCaseManagerRefers_StaysACaseManager()
    {
        var body = "Referring Edith Crane (DOB 02/02/1950) for outpatient OT after a left MCA stroke; discharge next week.\nDaughter: 555-410-2233\n\nRosa Lind, RN\nNurse Case Manager\nSt. Ann Hospital\n555-410-9000";
        var detection = _detector.Detect(Message("OT referral - Edith Crane", body, "rlind@stann.example", "Rosa Lind"));

        Assert.Equal(ReferrerRole.CaseManager, detection.Referrer.Role);
    }
}
