using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

/// <summary>Patient names and payers in the forms session 12's fresh mail used: column-split forms, hyphenated first names,
/// follow-ups and corrections, a writer who is the patient, member-number and claim lines, payers named twice.</summary>
public sealed class PatientSession12Tests
{
    private readonly ReferralDetector _detector = new();

    [Fact]
    public void Detect_WhenThePayerIsNamedAgainBeforeItsMemberNumber_ListsItOnce()
    {
        Assert.Equal("Medicaid with DD waiver", Insurance("Insurance: Medicaid with DD waiver, Medicaid ID 3300900001"));
    }

    [Fact]
    public void Detect_WhenCoverageIsPending_KeepsTheStatus()
    {
        Assert.Equal("Medicaid - pending", Insurance("Ins: Medicaid - pending, card to follow"));
    }

    [Fact]
    public void Detect_WhenAPayerOnlyDescribesAGroupOfPatients_IsNoCoverage()
    {
        Assert.Null(Insurance("Our office sees many Medicaid patients from your area."));
    }

    [Theory]
    [InlineData("Member ID: Prairie Medicaid 558120001", "Prairie Medicaid")]
    [InlineData("Claim: Keystone Mutual Workers' Compensation, claim # WC-2026-000111", "Keystone Mutual Workers' Compensation")]
    public void Detect_WhenANumberLineNamesThePayer_ReadsThePayer(string line, string expected)
    {
        Assert.Equal(expected, Insurance(line));
    }

    [Fact]
    public void Detect_WhenTheMemberIdLineHoldsOnlyTheNumber_ReadsNoPayer()
    {
        Assert.Null(Insurance("Member ID: H51783320"));
    }

    [Fact]
    public void Detect_WhenAPayerIsNamedBareThenWithItsPlan_ReadsThePlan()
    {
        Assert.Equal("Medicaid (Lakeview Kids)", Insurance("Her Medicaid came through, card attached - Medicaid (Lakeview Kids), ID 7730012001."));
    }

    [Theory]
    [InlineData("We are discharging Mrs. Edna Ruiz-Hale from home health this week and would like to refer her for OT.", "Edna Ruiz-Hale")]
    [InlineData("Following up on Sofia Lindqvist. Attached is the IFSP.", "Sofia Lindqvist")]
    [InlineData("I'd like to refer Ms. Mary-Beth Quillan (DOB 3/4/1961) for OT after chemotherapy.", "Mary-Beth Quillan")]
    [InlineData("I am the social worker/case manager for Obiora Nwankwo (\"Obi\"), DOB 2/2/1980, at a supported residence.", "Obiora Nwankwo")]
    [InlineData("Our team met on 10/22\nfor Kellan Voss (3rd grade, age 8) and the parents asked for outside OT.", "Kellan Voss")]
    [InlineData("Patient: Declan O’Rourke\nDOB: 4/4/1970", "Declan O'Rourke")]
    public void Detect_WhenTheSenderIntroducesThePatient_ReadsTheName(string body, string expected)
    {
        Assert.Equal(expected, Detect("OT referral", body).Patient.Name);
    }

    [Fact]
    public void Detect_WhenAFormSplitsSurnameAndFirstName_JoinsThem()
    {
        var detection = Detect("Electronic referral", "Referral ID: RC-1\n\nPatient Last Name: ORTEGA-VALE\nPatient First Name: NINA\nDOB: 2020-04-11\nReason: poor coordination, OT eval please.");

        Assert.Equal("Nina Ortega-Vale", detection.Patient.Name);
    }

    [Fact]
    public void Detect_WhenATableHeadsTheNameAndBirthColumns_ReadsTheRowBelow()
    {
        var detection = Detect("New OT referral", "Please see below for a new OT referral.\n\nLast Name | First Name | DOB        | Sex\nTerwilliger | Rowan      | 10/30/2018 | F\n\nReason: sensory seeking, poor body awareness.");

        Assert.Equal("Rowan Terwilliger", detection.Patient.Name);
        Assert.Equal(new DateOnly(2018, 10, 30), detection.Patient.DateOfBirth);
    }

    [Fact]
    public void Detect_WhenAnAdultWritesAboutThemselvesAndMentionsASpouse_ThePatientIsTheWriter()
    {
        var detection = _detector.Detect(Message(
            "Occupational therapy after hip replacement",
            "Hello,\n\nMy name is Bertram Oakes, most folks call me Bert. I had my left hip replaced about 5 weeks ago and I'm having a hard time getting dressed. I'm 71 and live with my wife.\n\nI have Medicare.\n\nThank you,\nBert Oakes",
            "boakes@mail.example",
            "Bert Oakes"));

        Assert.Equal("Bertram Oakes", detection.Patient.Name);
    }

    [Fact]
    public void Detect_WhenAWriterSignsTheLegalNameBesideTheNicknameTheyGoBy_ThePatientIsTheLegalName()
    {
        var detection = _detector.Detect(Message(
            "Parkinsons - OT evaluation",
            "To whom it may concern,\n\nI was diagnosed with Parkinson's disease two years ago and would like an OT evaluation for my handwriting. My wife answers the phone.\n\nCornelius Vantreight (Neil)\nDOB 4-11-1952\nMedicare\n\nRegards,\nNeil",
            "nvantreight@mail.example",
            "Neil V"));

        Assert.Equal("Cornelius Vantreight", detection.Patient.Name);
    }

    [Fact]
    public void Detect_WhenAForwardersNoteCorrectsTheBirthDate_TheCorrectionWins()
    {
        var detection = _detector.Detect(Message(
            "FW: Expedited OT referral - infant Erb palsy",
            """
            Hi again - correction on Isla Marwood: her DOB is 9/21/26, not 9/20 (typo on my end).

            Pat
            Fairview Children's Clinic | (555) 580-2000

            From: Pat Lindell
            Sent: Monday, November 2, 2026 4:20 PM
            To: Bright Path Referrals
            Subject: Expedited OT referral - infant Erb palsy

            Hello,
            Dr. Ames saw newborn Isla Marwood today and would like OT to see her for a left brachial plexus birth injury.
            DOB 9/20/26
            Parents: Kayla & Ben Marwood, (555) 586-0001
            """,
            "plindell@fairviewkids.example",
            "Pat Lindell"));

        Assert.Equal(new DateOnly(2026, 9, 21), detection.Patient.DateOfBirth);
        Assert.Equal("Isla Marwood", detection.Patient.Name);
    }

    private ReferralDetection Detect(string subject, string body) =>
        _detector.Detect(Message(subject, body, "tlenz@maplepeds.example", "Tara Lenz"));

    private string? Insurance(string line) =>
        _detector.Detect(Message("OT referral - Ruby Salk", ReferralFromMaplePediatrics(line), "tlenz@maplepeds.example", "Tara Lenz")).Insurance;
}
