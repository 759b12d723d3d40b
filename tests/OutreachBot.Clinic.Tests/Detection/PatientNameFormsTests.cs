using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

/// <summary>Patient names and numbers written the way busy clinicians and families write them.</summary>
public sealed class PatientNameFormsTests
{
    private readonly ReferralDetector _detector = new();

    [Fact]
    public void Detect_LabelledNameWithAQuotedNickname_KeepsItAsWritten()
    {
        var detection = Detect("Pt: Theodore \"Teddy\" Marsh\nDOB: 4/1/1950\nNeeds outpatient OT for ADLs after a fall.");

        Assert.Equal("Theodore \"Teddy\" Marsh", detection.Patient.Name);
    }

    [Fact]
    public void Detect_TerseNoteWithTheNameBeforeABareDate_ReadsTheName()
    {
        var detection = Detect("Pls eval & treat - Corinne Vasquez 7/14/58, L distal radius fx 8 wks ago, stiff, weak grip. Her # 555-610-4482.");

        Assert.Equal("Corinne Vasquez", detection.Patient.Name);
        Assert.Equal("555-610-4482", detection.Patient.Phone);
    }

    [Fact]
    public void Detect_PhoneAfterPhInTheReferralSentence_IsThePatients()
    {
        var detection = Detect("Please send an OT referral for Rudolf Brenner, DOB 3-9-1968, ph 555.204.7781. Right rotator cuff repair, needs help with dressing.");

        Assert.Equal("555.204.7781", detection.Patient.Phone);
    }

    [Fact]
    public void Detect_PhoneAfterTelInTheReferralSentence_IsThePatients()
    {
        var detection = Detect("Please schedule Rosa Imbert for an OT eval, DOB 07/07/1955, tel 555-204-6610. Left hand weakness after a stroke.");

        Assert.Equal("555-204-6610", detection.Patient.Phone);
    }

    [Fact]
    public void Detect_SpanishSpeakingParentNamesTheChild_ReadsTheChildsName()
    {
        var detection = _detector.Detect(Message(
            "Terapia ocupacional / OT for my daughter",
            "Hola,\n\nMi hija Lucía Ortega tiene 4 años (DOB 5/2/2022). The pediatrician said she needs occupational therapy for feeding; she only eats soft foods.\n\nPlease text me at 555-388-1204.\n\nGracias,\nMarisol Ortega",
            "marisol.ortega@mailbox.example",
            "Marisol Ortega"));

        Assert.Equal("Lucía Ortega", detection.Patient.Name);
    }

    private ReferralDetection Detect(string body) => _detector.Detect(Message(
        "OT referral",
        $"{body}\n\nThanks,\nHarlan Oduya, MD\nStonegate Orthopedics\nPh 555-610-1100 | Fax 555-610-1101",
        "hoduya@stonegateortho.example",
        "Harlan Oduya"));
}
