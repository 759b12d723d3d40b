using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

public class SignatureAndPatientTests
{
    private readonly ReferralDetector _detector = new();

    [Fact]
    public void Detect_WhenTheOfficePhoneHasAnExtension_KeepsItAsWritten()
    {
        var detection = Detect("Paul Ames, MD\nAmes Orthopedics\nPhone (555) 510-3300 ext. 4127 | Fax (555) 510-3301");

        Assert.Equal("(555) 510-3300 ext. 4127", detection.Referrer.Phone);
        Assert.Equal("(555) 510-3301", detection.Referrer.Fax);
    }

    [Theory]
    [InlineData("Electronically signed: Kevin Ames, MD 11/12/2026 10:41\nAmes Orthopedics", "Kevin Ames, MD")]
    [InlineData("Signature: Kevin Ames, MD   Date: 05/04/2026\nAmes Orthopedics", "Kevin Ames, MD")]
    [InlineData("Dr. Kevin Ames\nAmes Orthopedics", "Kevin Ames")]
    [InlineData("Tess Rhee, MA for Dr. Kevin Ames\nAmes Orthopedics", "Kevin Ames")]
    public void Detect_WhenTheSignatureLineCarriesMoreThanAName_ReadsThePerson(string signature, string expected)
    {
        Assert.Equal(expected, Detect(signature).Referrer.Name);
    }

    [Fact]
    public void Detect_WhenSentFromASharedMailbox_NamesNoPerson()
    {
        var detection = _detector.Detect(Message("Scan - Referral", "Please see attached OT referral for Hal Brook. Order attached.", "frontdesk@amesortho.example", "Ames Orthopedics Front Desk", [Pdf("order.pdf")]));

        Assert.Null(detection.Referrer.Name);
    }

    [Theory]
    [InlineData("My mother, Irene Wolska, is 81 and fell at home two weeks ago. Can you help? She needs OT for bathing.", "Irene Wolska", 81)]
    [InlineData("I'd like an OT evaluation for my daughter Zoe Laine, who is 6. Her handwriting is hard to read.", "Zoe Laine", 6)]
    public void Detect_WhenAFamilyWritesAboutARelative_ReadsTheRelativesNameAndAge(string body, string name, int age)
    {
        var detection = _detector.Detect(Message("Question about OT", body, "mwolska@mailbox.example", "Marta Wolska"));

        Assert.Equal(MessageKind.SelfReferral, detection.Kind);
        Assert.Equal(name, detection.Patient.Name);
        Assert.Equal(age, detection.Patient.AgeYears);
    }

    [Fact]
    public void Detect_WhenTheDateOfBirthIsWrittenWithDots_ReadsIt()
    {
        var detection = _detector.Detect(Message("OT referral", "I'm referring Mona Vick (DOB: 1975.07.21) for OT for post-COVID fatigue and ADLs.", "dr@clinic.example"));

        Assert.Equal(new DateOnly(1975, 7, 21), detection.Patient.DateOfBirth);
    }

    [Fact]
    public void Detect_WhenTheMiddleInitialIsWrittenElsewhere_KeepsIt()
    {
        var body = "Referring Dora Kemp for OT after a fall (post COVID-19 condition, U09.9; R53.83).\nPatient: KEMP, DORA M  DOB 02/14/1939";

        var detection = _detector.Detect(Message("OT referral", body, "dr@clinic.example"));

        Assert.Equal("Dora M Kemp", detection.Patient.Name);
        Assert.Equal(["U09.9", "R53.83"], detection.Icd10Codes);
    }

    private ReferralDetection Detect(string signature) =>
        _detector.Detect(Message(
            "OT referral - Hal Brook",
            $"Please evaluate and treat Hal Brook (DOB 2/2/1970) for a right distal radius fracture. Order attached.\n\nThanks,\n{signature}",
            "office@amesortho.example"));
}
