using OutreachBot.Clinic.Detection;

namespace OutreachBot.Clinic.Tests.Detection;

/// <summary>
/// Neurologic diagnoses that the adult-rehab words they bring (ADLs, falls, bathing) used to outvote, and a discharge
/// written "d/c".
/// </summary>
public sealed class NeuroRoutingAndDischargeTests
{
    [Theory]
    [InlineData("Diagnosed with Parkinsons four years ago. My writing is getting tiny, I drop things and I had two falls this year.", ReferrerRole.Other, 79, true)]
    [InlineData("Transverse myelitis last spring, legs still weak, wheelchair outdoors. Needs help with ADLs and bathing.", ReferrerRole.Physician, 44, false)]
    [InlineData("Dx supranuclear palsy (PSP), 3 yrs. Two falls since spring; her ADLs take twice as long and she needs help bathing.", ReferrerRole.Neurologist, 70, false)]
    public void Choose_ANeurologicDiagnosisWithAdultRehabNeeds_IsNeuro(string text, ReferrerRole role, int age, bool selfReferral)
    {
        var (pathway, _) = PathwayRules.Choose(text, role, age, selfReferral, []);

        Assert.Equal(Pathway.Neuro, pathway);
    }

    [Fact]
    public void Choose_AMovementDisorderCodeWithAdultRehabNeeds_IsNeuro()
    {
        var (pathway, _) = PathwayRules.Choose("Several falls at home this month; would like ADL training and a home safety check.", ReferrerRole.Neurologist, 72, false, ["G23.1"]);

        Assert.Equal(Pathway.Neuro, pathway);
    }

    [Theory]
    [InlineData("Rehab team says d/c is set for tomorrow; her son will drive her.")]
    [InlineData("Expected d/c tomorrow, after PT clears stairs.")]
    [InlineData("Pt was d/c'd home today.")]
    public void Read_ADischargeWrittenDC_TodayOrTomorrow_IsUrgent(string text)
    {
        Assert.Equal(Urgency.Urgent, UrgencyRules.Read(text).Urgency);
    }

    [Fact]
    public void Read_DCThatDiscontinuesSomethingToday_IsRoutine()
    {
        Assert.Equal(Urgency.Routine, UrgencyRules.Read("Cast off this morning; d/c the splint today and start gentle AROM.").Urgency);
    }
}
