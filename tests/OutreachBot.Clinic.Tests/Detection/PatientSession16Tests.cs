using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

/// <summary>Patient wording met in session 16: a spouse named by first name, a cover sheet's subject in a fax notice,
/// a form field "Referral for:", a therapist "the PT for" a patient, and a form's field for the referrer's number.</summary>
public sealed class PatientSession16Tests
{
    private readonly ReferralDetector _detector = new();

    [Fact]
    public void Detect_WifeWritingOfHerHusbandByFirstName_FilesHimUnderTheCouplesSurname()
    {
        var detection = _detector.Detect(Message(
            "OT for my husband?",
            "Hi,\n\nMy husband Emeka had a small stroke in September and still drops things with his right hand. Can he come in for an OT evaluation? We have Medicare.\n\nThanks,\nRuth Okonjo",
            "rokonjo@mailbox.example",
            "Ruth Okonjo"));

        Assert.Equal("Emeka Okonjo", detection.Patient.Name);
    }

    [Fact]
    public void Detect_WifeWithADoubleSurnameWritingOfHerHusband_KeepsHisFirstNameOnly()
    {
        var detection = _detector.Detect(Message(
            "OT for my husband?",
            "Hi,\n\nMy husband Emeka had a small stroke in September and still drops things with his right hand. Can he come in for an OT evaluation? We have Medicare.\n\nThanks,\nRuth Okonjo-Hale",
            "rokonjo@mailbox.example",
            "Ruth Okonjo-Hale"));

        Assert.Equal("Emeka", detection.Patient.Name);
    }

    [Fact]
    public void Detect_FaxNoticeQuotingTheCoverSheetsSubject_NamesThePatient()
    {
        const string Notice = """
            You have received a new fax.

            From: 5554417700 (CSID: BIRCHWOOD FAMILY CARE)
            Pages: 2
            Notes on cover sheet: OT REFERRAL - YARROWBY, TESS - L THUMB PAIN - ROUTINE

            The fax is attached as an image.
            """;
        var detection = _detector.Detect(Message("Fax received from 5554417700 (2 pages)", Notice, "fax-noreply@faxrelay.example", "Fax Relay",
            [new MessageAttachment("fax_5554417700.tif", "image/tiff", 52_000, null)]));

        Assert.Equal("Tess Yarrowby", detection.Patient.Name);
    }

    [Fact]
    public void Detect_CoverSheetFieldReferralFor_NamesThePatient()
    {
        var detection = _detector.Detect(Message(
            "Referral - trigger finger",
            "To: Hand Therapy\nFrom: Ridgeway Walk-In Clinic\n\nReferral for: Tess Yarrowby\nDOB: 4/14/1990\n\nL thumb trigger finger, please fabricate orthosis and treat.\n\nThanks,\nPia Lund, PA-C\nRidgeway Walk-In Clinic\nPh (555) 441-7700",
            "frontdesk@ridgeway.example",
            "Ridgeway Walk-In Clinic"));

        Assert.Equal("Tess Yarrowby", detection.Patient.Name);
    }

    [Fact]
    public void Detect_TherapistWritingAsThePatientsPT_NamesThePatient()
    {
        var detection = _detector.Detect(Message(
            "Outpatient OT needed",
            "Hello,\n\nI'm the inpatient PT for Colm Reyes on our rehab unit. He goes home Friday and needs outpatient OT for hand weakness after a cervical cord injury.\n\nThanks,\nIda Moss, PT\nHillview Rehabilitation\n555-318-2200",
            "imoss@hillview.example",
            "Ida Moss"));

        Assert.Equal("Colm Reyes", detection.Patient.Name);
    }

    [Fact]
    public void Detect_DottedBirthDateWhoseFormSaysMonthFirst_IsReadMonthFirst()
    {
        var detection = _detector.Detect(Message(
            "WC referral - hand",
            "Please evaluate and treat, right hand crush injury.\n\nPatient: Bram Oyelowo     DOB: 03.11.1985 (MM.DD.YYYY)     Phone: (555) 731-0288\n\nThanks,\nIda Moss, RN\nNorthway Case Management\n(555) 731-0100",
            "imoss@northwaycm.example",
            "Ida Moss"));

        Assert.Equal(new DateOnly(1985, 3, 11), detection.Patient.DateOfBirth);
    }

    [Fact]
    public void Detect_WebFormWithAReferrerPhoneField_TakesThePatientPhoneField()
    {
        const string Form = """
            New submission: Professional Referral Form

            Referrer title / role: Discharge planner
            Referrer phone: (555) 731-0100

            Patient name: Bram Oyelowo
            Patient date of birth: 1962-03-14
            Patient phone: (555) 731-0288

            Reason for referral: left hemiparesis after stroke, needs ADL retraining.
            """;
        var detection = _detector.Detect(Message("New Professional Referral Form submission", Form, "webforms@formhost.example", "Website"));

        Assert.Equal("(555) 731-0288", detection.Patient.Phone);
    }
}
