using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

/// <summary>Names in unusual order or length, and the number a writer points the clinic to.</summary>
public sealed class PatientNameOrderAndCallbackTests
{
    private readonly ReferralDetector _detector = new();

    [Fact]
    public void Detect_RecordNameInCapitalsAfterMyPatient_ReadsItInOrder()
    {
        var detection = Detect("I would like to refer my patient QUILLER, MARGOT (\"Goldie\") for an OT evaluation after two falls.\nDOB: 3/8/1944");

        Assert.Equal("Margot Quiller", detection.Patient.Name);
    }

    [Fact]
    public void Detect_FaxCoverWithSurnameFirstInMixedCaseBeforeTheBirthDate_ReadsTheName()
    {
        var detection = Detect("Re: OT referral - Vantongeren-Oye, Marcus   DOB 04/11/1971\nComments: R hand stiffness after a crush injury, please eval.");

        Assert.Equal("Marcus Vantongeren-Oye", detection.Patient.Name);
    }

    [Fact]
    public void Detect_GrandparentGivesTheLegalName_ReadsIt()
    {
        var detection = _detector.Detect(Message(
            "my grandson",
            "hi i need OT for my grandson peanut, his legal name is Ronald Ike Pemberton, he is 5. he cant button or hold a pencil right\n\nmy cell 555-410-7781\nthanks\nmarla",
            "marlap@mailbox.example"));

        Assert.Equal("Ronald Ike Pemberton", detection.Patient.Name);
    }

    [Fact]
    public void Detect_ReReferralOfAPatientTheClinicTreated_ReadsTheName()
    {
        var detection = Detect("You treated Albert Fenwick last year after his shoulder surgery. He was just discharged after a stroke and I'd like him back for OT.\nDOB is 02.03.1941.");

        Assert.Equal("Albert Fenwick", detection.Patient.Name);
    }

    [Fact]
    public void Detect_NameWithTwoSurnames_KeepsBoth()
    {
        var detection = Detect("Referring Ana Lucía Ferrer Quintana (6 yo, DOB 11/03/2020) for OT evaluation of handwriting and scissor skills.");

        Assert.Equal("Ana Lucía Ferrer Quintana", detection.Patient.Name);
    }

    [Fact]
    public void Detect_SuffixTypedBeforeTheSurname_GoesAfterIt()
    {
        var detection = Detect("pt name: Obi Jr. Mensah\ndob 02/14/2019\nneeds OT eval for fine motor and self care");

        Assert.Equal("Obi Mensah Jr.", detection.Patient.Name);
    }

    [Fact]
    public void Detect_BareNumberOpeningTheBracketAfterTheName_IsTheAge()
    {
        var detection = _detector.Detect(Message(
            "Handwriting evaluation for my son",
            "Hello,\n\nMy son Milo Banerjee (8, 3rd grade) has very messy handwriting and holds his pencil in his fist. We'd like an evaluation.\n\nThanks,\nPriya Banerjee\n(555) 219-8870",
            "pbanerjee@mailbox.example",
            "Priya Banerjee"));

        Assert.Equal(8, detection.Patient.AgeYears);
    }

    [Fact]
    public void Detect_DaughterPrefersAnotherNumber_GivesTheOneToCall()
    {
        var detection = Detect("Referring Mr. Otto Keel (DOB 5/5/1950) after a stroke.\nMr. Keel's home number is (555) 318-2040, but his daughter handles his care and prefers to be called at (555) 318-7719.");

        Assert.Equal("(555) 318-7719", detection.Patient.Phone);
    }

    [Fact]
    public void Detect_FamilyWriterAsksToBeCalledInstead_GivesTheirNumber()
    {
        var detection = _detector.Detect(Message(
            "OT for my mother after her hip surgery - Greta Lund",
            "Hi,\n\nMy mother Greta Lund (DOB 9/9/1946) had hip surgery and needs help with dressing and bathing. Can she start outpatient OT?\n\nMom's landline is 555-207-3300 but she doesn't hear well on the phone, so please call me instead at 555-207-8812.\n\nThanks,\nIris Lund-Pace",
            "ilundpace@mailbox.example",
            "Iris Lund-Pace"));

        Assert.Equal("555-207-8812", detection.Patient.Phone);
    }

    [Fact]
    public void Detect_NumberLabelledWithThePatientsFirstName_IsThePatients()
    {
        var detection = Detect("I have a shared patient for you: Bram Hollis, DOB 12/01/1979, s/p distal radius ORIF, wrist ROM has plateaued.\n\nBram: 555-726-4410. He has Cigna.");

        Assert.Equal("555-726-4410", detection.Patient.Phone);
    }

    private ReferralDetection Detect(string body) => _detector.Detect(Message(
        "OT referral",
        $"{body}\n\nThanks,\nHarlan Oduya, MD\nStonegate Orthopedics\nPh 555-610-1100 | Fax 555-610-1101",
        "hoduya@stonegateortho.example",
        "Harlan Oduya"));
}
