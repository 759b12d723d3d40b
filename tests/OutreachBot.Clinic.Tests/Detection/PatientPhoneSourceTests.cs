using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

/// <summary>Where the patient's number comes from when more than one party writes numbers.</summary>
public sealed class PatientPhoneSourceTests
{
    private readonly ReferralDetector _detector = new();

    [Fact]
    public void Detect_FamilyLineWithANumber_IsThePatientsContact()
    {
        var detection = Detect("I'm the PT for Linnea Brask, 30 mo with hypotonia; her family is ready to add OT.\n\nFamily: Anders & Maj Brask, (555) 341-0001\nInsurance: Medicaid");

        Assert.Equal("(555) 341-0001", detection.Patient.Phone);
    }

    [Fact]
    public void Detect_ForwarderNotesTheNewNumber_TakesItOverTheForwardedForm()
    {
        var detection = _detector.Detect(Message(
            "FW: New Referral: Occupational Therapy",
            "Forwarding the referral for Corvin Adair again. The home number in the referral is disconnected; his new cell is (555) 318-0001.\n\nThanks,\nIsolde Marr, CMA\nWestbrook Orthopaedics\nPh (555) 262-0100 | Fax (555) 262-0101\n\n"
                + "________________________________\nFrom: Referral Portal <no-reply@portal.westbrook.example>\nSent: Tuesday, November 3, 2026 10:44 AM\nSubject: New Referral: Occupational Therapy\n\n"
                + "Referred By: ALDER, NESS MD   Office: (555) 262-0100\nPatient: ADAIR, CORVIN   DOB: 08/23/1971   Home phone: (555) 318-0002\nDiagnosis: S52.531D Colles' fracture of right radius",
            "imarr@westbrook.example",
            "Isolde Marr"));

        Assert.Equal("(555) 318-0001", detection.Patient.Phone);
    }

    [Fact]
    public void Detect_ForwarderGivingTheirOwnNumber_LeavesTheFormsNumber()
    {
        var detection = _detector.Detect(Message(
            "FW: New Referral: Occupational Therapy",
            "Forwarding the referral for Corvin Adair. Questions? Call me at (555) 262-0150.\n\nThanks,\nIsolde Marr, CMA\nWestbrook Orthopaedics\n\n"
                + "________________________________\nFrom: Referral Portal <no-reply@portal.westbrook.example>\nSent: Tuesday, November 3, 2026 10:44 AM\nSubject: New Referral: Occupational Therapy\n\n"
                + "Referred By: ALDER, NESS MD   Office: (555) 262-0100\nPatient: ADAIR, CORVIN   DOB: 08/23/1971   Home phone: (555) 318-0002\nDiagnosis: S52.531D Colles' fracture of right radius",
            "imarr@westbrook.example",
            "Isolde Marr"));

        Assert.Equal("(555) 318-0002", detection.Patient.Phone);
    }

    [Fact]
    public void Detect_QuotedReplyGivingTheOfficesNumber_IsNotTheFamilys()
    {
        var detection = _detector.Detect(Message(
            "Re: OT for my grandson",
            "Aquí está la información: nació el 15 de agosto de 2021. Mejor llámeme al mismo número.\n\nRosalba\n\n"
                + "On Tue, Nov 3, 2026, Front Desk <frontdesk@clinic.example> wrote:\n> To get Emilio Paz on the schedule, please send us his date of birth. Our number is (555) 480-0001.\n>\n>> soy la abuela de Emilio Paz. Por favor llámeme al (555) 782-0002.",
            "rosalba@mailbox.example",
            "Rosalba Paz"));

        Assert.Equal("(555) 782-0002", detection.Patient.Phone);
    }

    private ReferralDetection Detect(string body) => _detector.Detect(Message(
        "OT referral",
        $"{body}\n\nSorrel Pike, PT, DPT\nKestrel Pediatric Therapy\n(555) 276-0100 | spike@kestrelpeds.example",
        "spike@kestrelpeds.example",
        "Sorrel Pike"));
}
