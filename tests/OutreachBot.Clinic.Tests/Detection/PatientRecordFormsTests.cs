using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

/// <summary>Patient names, dates and numbers as records, tables, school letters and hurried notes write them.</summary>
public sealed class PatientRecordFormsTests
{
    private readonly ReferralDetector _detector = new();

    [Fact]
    public void Detect_TableWithLabelAndValueApartByATab_ReadsTheName()
    {
        var detection = FromCaseManager("Please schedule outpatient OT for the member below.\n\nMember\tOswin Thackeray\nDOB\t08/01/1955\nMember phone\t555-219-4410\nDx\tI69.351 Hemiplegia following stroke");

        Assert.Equal("Oswin Thackeray", detection.Patient.Name);
    }

    [Fact]
    public void Detect_LabelSayingLastNameFirst_ReadsTheNameInReadingOrder()
    {
        var detection = FromCaseManager("OUTPATIENT REFERRAL FORM\nPatient name (Last, First): QUILLEN, MARGO\nDOB: 05-14-1961\nReason for referral: right hand weakness after a stroke, needs OT.");

        Assert.Equal("Margo Quillen", detection.Patient.Name);
    }

    [Fact]
    public void Detect_SurnameFirstInCapitalsBeforeTheBirthDate_ReadsTheName()
    {
        var detection = FromCaseManager("OT REFERRAL - BRANNIGAN, ODETTE  DOB 9/9/1979\ns/p L trigger thumb release 11/3. OT Rx attached. Please call pt to schedule 555-745-0199");

        Assert.Equal("Odette Brannigan", detection.Patient.Name);
    }

    [Fact]
    public void Detect_SchoolLetterWithTheSurnameInCapitals_WritesTheSurnameTheOrdinaryWay()
    {
        var detection = _detector.Detect(Message(
            "Outside OT evaluation recommended",
            "Re: QUIMBY, Talia (DOB 4/27/2013), Grade 7\n\nThe 504 team recommended that the family pursue an outside OT evaluation for handwriting and keyboarding.\nParent contact: Rhea Quimby, (555) 520-3301.\n\nAlan Pryor, Ph.D., School Psychologist\nLinden Middle School\n(555) 520-1000",
            "apryor@lindenms.k12.example",
            "Alan Pryor"));

        Assert.Equal("Talia Quimby", detection.Patient.Name);
    }

    [Fact]
    public void Detect_GradeAfterTheStudentsName_IsNoPartOfTheName()
    {
        var detection = _detector.Detect(Message(
            "Referral for private OT",
            "I am referring one of my students for private outpatient OT.\n\n- Student: Corbin Ashdown, Grade 1, Pinecrest Primary\n- DOB: 2019-09-21\n- Concerns: crashes into peers, poor scissor control\n\nKim Vale, MS, OTR/L\nPinecrest School District\n(555) 742-1000",
            "kvale@pinecrest.k12.example",
            "Kim Vale"));

        Assert.Equal("Corbin Ashdown", detection.Patient.Name);
    }

    [Theory]
    [InlineData("Patient: Thaddeus Brimley, Jr.", "Thaddeus Brimley Jr")]
    [InlineData("Patient: BRIMLEY, THADDEUS JR", "Thaddeus Brimley Jr")]
    public void Detect_NameWithASuffix_KeepsTheSuffixLast(string line, string name)
    {
        var detection = FromCaseManager($"{line}\nDOB: 02/11/1950\nNeeds outpatient OT for ADLs after a fall.");

        Assert.Equal(name, detection.Patient.Name);
    }

    [Fact]
    public void Detect_SubjectShortensTheSurname_TakesTheFullNameFromTheForm()
    {
        var form = new MessageAttachment("EI_referral.pdf", "application/pdf", 2044, "COUNTY EARLY STEPS - REFERRAL\nChild: Nolan Okonjo-Baptiste     DOB: 02/03/2025\nOccupational therapy evaluation and treatment.");
        var detection = _detector.Detect(Message(
            "Early Steps referral - OT - Nolan O-B",
            "Hi, attaching Nolan's referral for an OT evaluation (feeding, fine motor). Mom prefers texts.\n\nCarla Penn, Service Coordinator | County Early Steps\nPhone (555) 880-1450",
            "cpenn@earlysteps.county.example",
            "Carla Penn",
            [form]));

        Assert.Equal("Nolan Okonjo-Baptiste", detection.Patient.Name);
    }

    [Theory]
    [InlineData("my dad Ambrose Kettering had a stroke in September and his left hand is still weak.", "Ambrose Kettering")]
    [InlineData("my mom Hester Vandemark (she's 84) got home from rehab after a hip replacement and can't dress herself.", "Hester Vandemark")]
    public void Detect_FamilyNamingAParentByTheEverydayWord_ReadsTheName(string line, string name)
    {
        var detection = _detector.Detect(Message(
            "OT for my parent",
            $"Hi, {line} Can you see them for outpatient OT? Please text me at 555-447-0190.\n\nThanks,\nJuno Kettering",
            "juno.k@mailbox.example",
            "Juno Kettering"));

        Assert.Equal(name, detection.Patient.Name);
    }

    [Fact]
    public void Detect_TeacherWithAStudentNamedAfterAComma_ReadsTheName()
    {
        var detection = _detector.Detect(Message(
            "referral for a student",
            "hi there,\n\ni'm a 2nd grade teacher. i have a student, Pascal Umberto (he's 7), whose pencil grip is awkward and letters are reversed. we think an outside OT eval would help.\n\nhis mom said it was ok to share her number: 555-733-0144.\n\nMs. Bellweather\nRoom 14 | Wexford Lane Elementary",
            "bellweather@wexford.k12.example",
            "Iris Bellweather"));

        Assert.Equal("Pascal Umberto", detection.Patient.Name);
    }

    [Fact]
    public void Detect_AgeInYearsAndMonthsBeforeTheName_ReadsNameAndWholeYears()
    {
        var detection = FromTherapist("I'm seeing a 4 yr 7 mo old girl, Wren Halvorsen, for gross motor coordination; fine motor and self-care are outside my scope.");

        Assert.Equal("Wren Halvorsen", detection.Patient.Name);
        Assert.Equal(4, detection.Patient.AgeYears);
    }

    [Fact]
    public void Detect_HurriedLowerCaseNoteWithAnAge_ReadsTheName()
    {
        var detection = FromTherapist("pt ezra quenneville 77yo, COPD, very deconditioned. would benefit from outpt OT for energy conservation / ADLs. pt phone 555-246-7790.");

        Assert.Equal("Ezra Quenneville", detection.Patient.Name);
    }

    [Fact]
    public void Detect_LowerCaseWordsAfterPtThatAreNoName_ReadNoName()
    {
        var detection = FromTherapist("pt here today 77yo, COPD, very deconditioned. would benefit from outpt OT for energy conservation.");

        Assert.Null(detection.Patient.Name);
    }

    [Fact]
    public void Detect_GrandparentTypingInLowerCase_ReadsTheChildsName()
    {
        var detection = _detector.Detect(Message(
            "handwriting help",
            "hi\n\nmy grandson tobias wexley is 6 and his teacher says his handwriting is way behind, he cant cut with scissors. do you do that kind of therapy for kids? we have tricare\n\ncall me at 555-671-2200\n\nbarb",
            "barb1956@aol.example",
            "Barbara Wexley"));

        Assert.Equal("Tobias Wexley", detection.Patient.Name);
    }

    [Fact]
    public void Detect_ChildNamedAsTheParentsOwn_ReadsTheName()
    {
        var detection = _detector.Detect(Message(
            "Referral from Little Acorns",
            "Hello,\n\nI'm the director at Little Acorns Child Development Center. Juniper Osei's parents asked me to reach out to you on their behalf. She is 3 (DOB 11/19/2021), seeks constant movement and refuses to hold crayons. We'd love for her to be evaluated for OT.\n\nYolanda Pike\nCenter Director, Little Acorns Child Development Center\n(555) 512-8800",
            "director@littleacorns.example",
            "Yolanda Pike"));

        Assert.Equal("Juniper Osei", detection.Patient.Name);
    }

    [Theory]
    [InlineData("Julián nació el 2 de noviembre 2020.", 2020, 11, 2)]
    [InlineData("mi hija Camila, de 6 años (nacida el 15 de agosto de 2018), tiene dificultad para escribir.", 2018, 8, 15)]
    public void FindDateOfBirth_SpanishDateAfterBorn_ReadsTheDate(string text, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), ClinicalDates.FindDateOfBirth(text, pivotYear: 2026));
    }

    [Fact]
    public void FindAge_ParentMixingLanguages_ReadsTheYears()
    {
        Assert.Equal(4, ClinicalDates.FindAge("My son Julián Delgado is 4 años and his teacher says he has problemas sensoriales."));
    }

    [Fact]
    public void Detect_SpanishFormNamingTheMother_TakesHerNumber()
    {
        var detection = FromCaseManager("Les envío un referido de Intervención Temprana para evaluación de terapia ocupacional.\n\nNiño: Santiago Ferreira\nDOB: 7/15/23 (20 meses)\nMamá: Yesenia Ferreira - 555-447-6099\nSeguro: Medicaid");

        Assert.Equal("555-447-6099", detection.Patient.Phone);
    }

    [Fact]
    public void Detect_SocialWorkerAsksToBeCalled_HerNumberIsNotThePatients()
    {
        var detection = _detector.Detect(Message(
            "referral - client w/ TBI needing OT",
            "Hello,\n\nI'd like to refer one of our residents for OT.\n\nName: HOLLOWAY, CURTIS\nDOB: 1/9/1983\nIssues: short-term memory, managing money and medications.\n\nHe doesn't have a working phone right now. Please call me to set up the eval: 555-702-3300 (cell), or email me.\n\nLeah Marlow, LCSW\nCase Management, Haven House",
            "lmarlow@haventransitional.example",
            "Leah Marlow"));

        Assert.Null(detection.Patient.Phone);
    }

    [Fact]
    public void Detect_MothersCellBeforeTheWritersCallMe_StaysThePatients()
    {
        var detection = _detector.Detect(Message(
            "OT referral",
            "I'd like to refer Lyle Brannock (DOB 3/3/2017) for an OT evaluation of handwriting and fine motor delay.\nMom's cell 555-330-1288; call me at 555-330-4400 with any questions.\n\nIrene Faulk, LCSW\nFamily Services, Harbor County",
            "ifaulk@harborcounty.example",
            "Irene Faulk"));

        Assert.Equal("555-330-1288", detection.Patient.Phone);
    }

    [Fact]
    public void Detect_ParentsOwnNumberQuotedUnderASchoolsForward_StaysTheFamilys()
    {
        var detection = _detector.Detect(Message(
            "RE: Outside OT - Nadia R.",
            "Hi,\n\nForwarding per parent request for outside OT.\n\nRamon Whitlow\nIEP/504 Coordinator, Oak Hill School District\n555-640-7000 ext. 2231\n\n> From: Samira Rahimov <samira.r@mailbox.example>\n> Subject: Outside OT\n>\n> I would like Nadia to get occupational therapy outside school for her writing. Her full name is Nadia Rahimov and her DOB is 2016-09-14. My number is 555-551-3011, please text first.",
            "rwhitlow@oakhillsd.example",
            "Ramon Whitlow"));

        Assert.Equal("555-551-3011", detection.Patient.Phone);
    }

    private ReferralDetection FromCaseManager(string body) => _detector.Detect(Message(
        "Referral for outpatient OT",
        $"{body}\n\nThank you,\nLorna Beckwith, RN, CCM\nCare Manager, Evergreen Health Plan\nTel 555-802-6140 | Fax 555-802-6141",
        "lbeckwith@evergreenhp.example",
        "Lorna Beckwith"));

    private ReferralDetection FromTherapist(string body) => _detector.Detect(Message(
        "OT referral",
        $"Hi,\n\n{body}\n\nThanks!\nJordan Reyes, PT, DPT\nKids in Motion Pediatric Therapy\n555-271-4000 x3",
        "jreyes@kidsinmotionpt.example",
        "Jordan Reyes"));
}
