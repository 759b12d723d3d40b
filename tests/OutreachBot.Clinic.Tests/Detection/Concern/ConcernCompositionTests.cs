using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection.Concern;

/// <summary>
/// The reason for referral on the card leads with the condition and keeps the problems, short, whatever sentence
/// the sender put them in. The expected summaries are written as intake staff would write them.
/// </summary>
public sealed class ConcernCompositionTests
{
    private readonly ReferralDetector _detector = new();

    [Fact]
    public void Detect_WhenTheOperationIsInTheFirstSentence_LeadsWithItAndKeepsThePlan()
    {
        var concern = ConcernOf(
            "Hand therapy referral",
            """
            Hello,

            Marisol Quintero (DOB 05/17/1969) underwent a right carpal tunnel release on 10/27. She is two weeks post-op and her scar is tender and thick.
            Please evaluate and treat: scar management, desensitization and nerve glides.
            Insurance: Cigna PPO. Signed order attached.

            Thanks,
            Paul Ibarra, MD
            Eastgate Hand Center
            555-301-7700
            """);

        Assert.StartsWith("right carpal tunnel release", concern, StringComparison.Ordinal);
        Assert.Contains("scar management", concern, StringComparison.Ordinal);
        Assert.DoesNotContain("Marisol", concern, StringComparison.Ordinal);
        Assert.DoesNotContain("Cigna", concern, StringComparison.Ordinal);
        Assert.True(WordOverlap.F1("2 weeks s/p right carpal tunnel release; scar management, desensitization, nerve glides", concern) >= 0.5, concern);
    }

    [Fact]
    public void Detect_WhenTheDiagnosisSitsBesideTheDateOfBirth_StillLeadsWithIt()
    {
        var concern = ConcernOf(
            "Discharge Friday - outpatient OT",
            """
            Good morning,

            I'm the discharge planner on 4 North for Arthur Belmonte.
            Mr. Belmonte, DOB 2/9/1950, was admitted 11/2 with a right MCA ischemic stroke (I63.511).
            He has left hemiparesis and left neglect, and needs moderate assist for lower body dressing and toileting.
            His son will bring him; please call the son at 555-780-2231.

            Renata Liu, RN
            Case Management, Mercy West
            """);

        Assert.StartsWith("right MCA ischemic stroke", concern, StringComparison.Ordinal);
        Assert.Contains("left hemiparesis", concern, StringComparison.Ordinal);
        Assert.DoesNotContain("discharge planner", concern, StringComparison.Ordinal);
        Assert.DoesNotContain("I63", concern, StringComparison.Ordinal);
        Assert.True(WordOverlap.F1("right MCA ischemic stroke with left hemiparesis and neglect; dressing and toileting", concern) >= 0.5, concern);
    }

    [Fact]
    public void Detect_WhenOnlyTheSubjectNamesTheCondition_TakesItFromTheSubject()
    {
        var concern = ConcernOf(
            "OT referral - Ruth Abernathy - L wrist fx, cast off",
            """
            Hi,

            Referring Ruth Abernathy for OT. Cast came off yesterday; her fingers are stiff and she cannot grip a coffee cup.
            Order attached.

            Dana Whitfield, PA-C
            Northside Orthopedics
            """);

        Assert.Contains("left wrist fracture", concern, StringComparison.Ordinal);
        Assert.Contains("grip", concern, StringComparison.Ordinal);
        Assert.DoesNotContain("Ruth", concern, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_WhenALabelledReasonWrapsOntoTheNextLine_ReadsItWholeAndDropsCodeBookkeeping()
    {
        var concern = ConcernOf(
            "Referral for services",
            """
            Please see the referral below for occupational therapy. Thank you.

            REFERRAL FOR SERVICES
            Patient: Okafor, Grace
            DOB: 03/30/1948
            Dx: C32.9 Malignant neoplasm of larynx, unspecified
            Reason for referral: Finished radiation in September. Persistent
            fatigue and difficulty with dressing and meal preparation.
            Referring provider: Lena Marsh, MD
            """);

        Assert.Contains("fatigue and difficulty with dressing and meal preparation", concern, StringComparison.Ordinal);
        Assert.DoesNotContain("unspecified", concern, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("C32", concern, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_WhenATeacherIsQuoted_KeepsTheProblemInIntakeWords()
    {
        var concern = ConcernOf(
            "Question about OT for my son",
            """
            Hi,

            My son Eli is 6. His teacher says he has a hard time with buttons and zippers and can't hold a pencil for long.
            He also covers his ears in the cafeteria. Could someone call me to set up an evaluation?

            Thanks,
            Kara Lindqvist
            555-902-1187
            """);

        Assert.Contains("difficulty with buttons and zippers", concern, StringComparison.Ordinal);
        Assert.Contains("cannot hold", concern, StringComparison.Ordinal);
        Assert.DoesNotContain("teacher", concern, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Eli", concern, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_WhenAFindingIsNegative_LeavesItOutAndLeadsWithTheInjury()
    {
        var concern = ConcernOf(
            "Finger injury referral",
            """
            Hello,

            Tomas Vey jammed his right small finger playing basketball. X-rays were negative for fracture.
            Right small finger PIP volar plate injury with swelling and limited flexion; please fit an orthosis.

            Jae Park, MD
            Riverside Urgent Care
            """);

        Assert.DoesNotContain("negative", concern, StringComparison.Ordinal);
        Assert.StartsWith("Right small finger PIP volar plate injury", concern, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_WhenTheSenderWritesALongHistory_StaysShortEnoughForTheCard()
    {
        var concern = ConcernOf(
            "Referral - outpatient OT",
            """
            Dear team,

            I am writing to refer Henry Osei (DOB 1/4/1955) for outpatient occupational therapy.
            He has Parkinson's disease, diagnosed in 2017, with a resting tremor in the right hand, slowness with buttons and utensils, and small handwriting.
            Over the past year he has had three falls at home, difficulty getting in and out of the tub, and trouble managing his medications.
            His wife notes increasing fatigue by the afternoon and difficulty with cooking and housework.
            He would benefit from OT for ADL training, home safety, energy conservation and adaptive equipment.
            Insurance is Medicare. Please call his wife at 555-410-8821.

            Sincerely,
            Miriam Tal, MD
            Lakeshore Neurology
            """);

        Assert.StartsWith("Parkinson's disease", concern, StringComparison.Ordinal);
        Assert.InRange(WordOverlap.WordCount(concern), 8, 40);
        Assert.DoesNotContain("Medicare", concern, StringComparison.Ordinal);
        Assert.DoesNotContain("2017", concern, StringComparison.Ordinal);
    }

    private string ConcernOf(string subject, string body)
    {
        var detection = _detector.Detect(Message(subject, body));
        Assert.NotNull(detection.Concern);
        return detection.Concern;
    }
}
