using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

/// <summary>
/// The referrer's numbers and name where the layout hides them: an attached form's line that names the sender, a
/// one-line or initialled signature, a main line beside the writer's own, a unit's fax-only signature.
/// </summary>
public sealed class ReferrerNumbersAndLayoutTests
{
    private readonly ReferralDetector _detector = new();

    private const string Request = "Please evaluate Odile Brandt (DOB 04/05/2015) for OT: fine motor delay and handwriting trouble.";

    [Fact]
    public void Detect_FormLineNamesTheSenderWithNumbers_TakesThePhoneAndTheFaxBelowIt()
    {
        var detection = _detector.Detect(Message(
            "Outside eval request - O. Brandt",
            $"Hello,\n\n{Request}\n\nRegards,\nTessa Quill\nIEP Coordinator, Alder Middle School",
            "tquill@alder.k12.example",
            "Tessa Quill",
            [new MessageAttachment("Request.pdf", "application/pdf", 20_000,
                "ALDER MIDDLE SCHOOL - STUDENT SERVICES\nStudent: BRANDT, ODILE\nRequested by: Tessa Quill, IEP Coordinator   Tel (555) 610-3300 x12\nReturn reports to fax: (555) 610-3399\nParent signature: R. Brandt")]));

        Assert.Equal("Tessa Quill", detection.Referrer.Name);
        Assert.Equal("(555) 610-3300 x12", detection.Referrer.Phone);
        Assert.Equal("(555) 610-3399", detection.Referrer.Fax);
    }

    [Fact]
    public void Detect_OrderNamesTheProviderAboveItsNumbersLine_TakesThoseNumbers()
    {
        var detection = _detector.Detect(Message(
            "OT order - P. Lyle",
            "Hi - referring Piper Lyle (DOB 02/02/1980) for an OT evaluation: multiple sclerosis relapse, hand weakness and fatigue. Signed order attached.\n\nThanks,\nIrene Falk, APRN\nRidgeview Neurology",
            "ifalk@ridgeviewneuro.example",
            "Falk, Irene",
            [new MessageAttachment("Order.pdf", "application/pdf", 20_000,
                "RIDGEVIEW NEUROLOGY - THERAPY ORDER\nPatient: LYLE, PIPER\nProvider: Irene Falk, APRN   Signed 11/30/2026\nPhone (555) 447-1200   Fax (555) 447-1211")]));

        Assert.Equal("(555) 447-1200", detection.Referrer.Phone);
        Assert.Equal("(555) 447-1211", detection.Referrer.Fax);
    }

    [Fact]
    public void Detect_AttachedOrderHeadingHoldsTheSignedMainLine_TakesTheFaxBesideIt()
    {
        var detection = _detector.Detect(Message(
            "Hand therapy referral - Ezra Pell",
            "Hi,\n\nDr. Moor asked me to send a referral for Ezra Pell (DOB 01/01/1990), flexor tendon repair L ring finger.\n\nThank you!\nNina Roe, CMA\nMedical Assistant to Lars Moor, MD\nHarbor Hand Center\nDirect: (555) 734-1122\nMain: (555) 734-1100",
            "nroe@harborhand.example",
            "Nina Roe",
            [new MessageAttachment("Rx.pdf", "application/pdf", 20_000,
                "HARBOR HAND CENTER\n10 Dock St   Tel (555) 734-1100   Fax (555) 734-1109\nPatient: PELL, EZRA")]));

        Assert.Equal("(555) 734-1122", detection.Referrer.Phone);
        Assert.Equal("(555) 734-1109", detection.Referrer.Fax);
    }

    [Fact]
    public void Detect_OneLineSignatureAfterTheDelimiter_ReadsNamePracticeAndNumbers()
    {
        var detection = _detector.Detect(Message(
            "OT referral - Lia Moss",
            $"Hello team,\n\n{Request} Mom is Ada Moss, 555-207-1100.\n\n-- Kit Ames, CPNP | Birch Lane Pediatrics | 555-612-4000 x20 | fax 555-612-4005",
            "kames@birchlanepeds.example",
            "Ames, Kit"));

        Assert.Equal("Kit Ames, CPNP", detection.Referrer.Name);
        Assert.Equal("Birch Lane Pediatrics", detection.Referrer.Organization);
        Assert.Equal("555-612-4000 x20", detection.Referrer.Phone);
        Assert.Equal("555-612-4005", detection.Referrer.Fax);
    }

    [Fact]
    public void Detect_SignedWithAnInitialAndNoSignOff_ReadsTheSignatureOfTheDoctorsMailbox()
    {
        var detection = _detector.Detect(Message(
            "WC referral - elbow",
            "Referring Milo Crane, 47 y/o, L lateral epicondylitis after a fall at work. OT eval, HEP, brace fitting.\n\nPt cell 555.870.1100\n\nRx to follow.\n\nT. Varga, DO\nCity Orthopaedics & Sports Medicine\n555-402-3000 / fax 555-402-3001",
            "tvarga@cityortho.example",
            "Dr. Tomas Varga"));

        Assert.Equal("Tomas Varga, DO", detection.Referrer.Name);
        Assert.Equal("City Orthopaedics & Sports Medicine", detection.Referrer.Organization);
        Assert.Equal(ReferrerRole.Orthopedist, detection.Referrer.Role);
        Assert.Equal("555-402-3000", detection.Referrer.Phone);
        Assert.Equal("555-402-3001", detection.Referrer.Fax);
    }

    [Theory]
    [InlineData("Main (555) 620-1100 / my nurse line (555) 620-1131\nFax (555) 620-1109", "(555) 620-1131", "(555) 620-1109")]
    [InlineData("Main: (555) 620-1100\nDirect: (555) 620-1122", "(555) 620-1122", null)]
    [InlineData("Cell 555-291-1133\nOffice 555-291-1100\neFax 555-291-1199", "555-291-1100", "555-291-1199")]
    public void Detect_SignatureWithSeveralLines_TakesTheWritersOwnLineAndAnEFax(string numbers, string phone, string? fax)
    {
        var detection = _detector.Detect(Message(
            "OT referral - Pia Sand",
            $"Please see Pia Sand (DOB 3/3/1961) for OT after a fall, low vision and ADL trouble. Her cell is 555-909-3131.\n\nThanks,\nOren Vale, PA-C\nBirchline Family Medicine\n{numbers}",
            "ovale@birchlinefm.example",
            "Oren Vale"));

        Assert.Equal(phone, detection.Referrer.Phone);
        Assert.Equal(fax, detection.Referrer.Fax);
    }

    [Fact]
    public void Detect_UnitSignatureWithFaxOnlyAndCredentialedHeader_TakesTheCallMeNumberAndTheHeaderName()
    {
        var detection = _detector.Detect(Message(
            "URGENT: d/c tomorrow - outpt OT needed",
            "Hi, this is Lena Holt, RN case manager at St. Anne’s Medical Center.\n\nPt: Omar Reyes, DOB 1990-01-02, TBI after MVC, discharging home tomorrow. Needs outpatient OT.\n\nPlease call me at 555-720-1400 ext 66 or reply here.\n\nThanks,\nLena\nCase Management | St. Anne’s Medical Center\nFax 555-720-1490",
            "lholt@stannesmed.example",
            "Lena Holt RN CCM"));

        Assert.Equal("Lena Holt, RN, CCM", detection.Referrer.Name);
        Assert.Equal("St. Anne's Medical Center", detection.Referrer.Organization);
        Assert.Equal("555-720-1400 ext 66", detection.Referrer.Phone);
        Assert.Equal("555-720-1490", detection.Referrer.Fax);
    }

    [Fact]
    public void Detect_AgencyFormWithReferringWorkerBlock_ReadsTheWorkerAndAgency()
    {
        var detection = _detector.Detect(Message(
            "Referral - Ruiz, Marta",
            "OUTPATIENT SERVICES REFERRAL\n\nClient name: RUIZ, MARTA\nDOB: 11.3.41\nReason: discharged after CHF exacerbation, lives alone, trouble with meal prep and showering.\n\nReferring worker: Noel Park, LMSW\nAgency: Elder Support Services of Pine County\nPhone: 555-310-2200 x5\nEmail: npark@eldersupport.example",
            "npark@eldersupport.example",
            "Noel Park"));

        Assert.Equal("Noel Park, LMSW", detection.Referrer.Name);
        Assert.Equal("Elder Support Services of Pine County", detection.Referrer.Organization);
        Assert.Equal(ReferrerRole.SocialWorker, detection.Referrer.Role);
        Assert.Equal("555-310-2200 x5", detection.Referrer.Phone);
    }

    [Fact]
    public void Detect_TeacherIntroducesHerselfWithCourtesyTitle_TakesTheSchool()
    {
        var detection = _detector.Detect(Message(
            "student referral - handwriting",
            "Hi,\n\nI'm Ms. Lorne, 1st grade teacher at Birch Hill Elementary. One of my students, Eli Voss (age 6), struggles with handwriting and fasteners.\n\nThanks so much,\nJuna Lorne",
            "jlorne@birchhill.k12.example",
            "Juna Lorne"));

        Assert.Equal("Birch Hill Elementary", detection.Referrer.Organization);
        Assert.Equal(ReferrerRole.School, detection.Referrer.Role);
    }

    [Fact]
    public void Detect_FrontOfficeSaysTheDoctorSignedTheForm_TakesTheDoctor()
    {
        var detection = _detector.Detect(Message(
            "Referral - Sia Lund",
            "Please see the attached referral form for Sia Lund for an occupational therapy evaluation (sensory processing / feeding). Dr. Abara signed the form today.\n\nThank you,\nFront Office\nAspen Grove Pediatrics\nPh 555-361-2000   Fax 555-361-2010",
            "frontoffice@aspengrovepeds.example",
            "Aspen Grove Pediatrics"));

        Assert.Equal("Dr. Abara", detection.Referrer.Name);
        Assert.Equal("Aspen Grove Pediatrics", detection.Referrer.Organization);
    }

    [Fact]
    public void Detect_FaxCoverBelowTheRelaysNotice_ReadsTheCoversFromLineAndHeading()
    {
        var detection = _detector.Detect(Message(
            "Fax received from 5553440001 (3 pages)",
            "You have received a new fax.\n\nFrom: 5553440001\nPages: 3\n\nThe fax is attached to this email as a PDF document.",
            "no-reply@faxrelay.example",
            "eFax Relay",
            [new MessageAttachment("fax.pdf", "application/pdf", 20_000,
                "FAX COVER  -  Juniper Internal Medicine\nTo: Receiving Therapy Clinic   Fax: (555) 480-9901\nFrom: Dr. Milo Strand, MD     Phone: (555) 344-1100   Fax: (555) 344-1101\nRE: OT REFERRAL\nPatient: HALE, IDA   DOB: 11/03/1958\nDiagnosis: M05.79 Rheumatoid arthritis; joint protection, resting hand splints\nOrder: OT evaluate and treat. Signed: M. Strand MD")]));

        Assert.Equal("Milo Strand, MD", detection.Referrer.Name);
        Assert.Equal("Juniper Internal Medicine", detection.Referrer.Organization);
        Assert.Equal("(555) 344-1100", detection.Referrer.Phone);
        Assert.Equal("(555) 344-1101", detection.Referrer.Fax);
    }

    [Fact]
    public void Detect_FaxServersTransmissionSheetWithSenderLine_ReadsTheDoctorAndNumbers()
    {
        var detection = _detector.Detect(Message(
            "Scan to Fax: OT referral - I. Hale",
            "*** FAX TRANSMISSION ***\nFrom: Cobble Hill Family Practice\nSender: Dr. Wren Abbott\nPhone: 555-506-1100   Fax: 555-506-1101\nTo: Therapy clinic\nRe: OT referral - Hale, Ida   DOB 01/22/1975\n\nComments: L hand stiffness after crush injury at home, please eval. Pt # 555-506-8800.",
            "faxmaster@cobblehillfp.example",
            "FaxServer"));

        Assert.Equal("Wren Abbott", detection.Referrer.Name);
        Assert.Equal("Cobble Hill Family Practice", detection.Referrer.Organization);
        Assert.Equal("555-506-1100", detection.Referrer.Phone);
        Assert.Equal("555-506-1101", detection.Referrer.Fax);
        Assert.Null(detection.Referrer.Email);
    }

    [Fact]
    public void Detect_SignatureShortensThePracticeTheFormHeadingNames_TakesTheWholeName()
    {
        var detection = _detector.Detect(Message(
            "OT order - P. Lyle",
            "Hi - referring Piper Lyle (DOB 02/02/1980) for an OT evaluation: multiple sclerosis relapse, hand weakness and fatigue. Signed order attached.\n\nThanks,\nIrene Falk, APRN\nRidgeview Neurology",
            "ifalk@ridgeviewneuro.example",
            "Falk, Irene",
            [new MessageAttachment("Order.pdf", "application/pdf", 20_000,
                "RIDGEVIEW NEUROLOGY ASSOCIATES - THERAPY ORDER\nPatient: LYLE, PIPER\nProvider: Irene Falk, APRN")]));

        Assert.Equal("Ridgeview Neurology Associates", detection.Referrer.Organization);
    }

    [Fact]
    public void Detect_SpanishPracticeDepartment_SaysPediatrician()
    {
        var detection = _detector.Detect(Message(
            "Referencia / referral OT - Ana Lucía Mora",
            "Hello,\n\nReferring Ana Lucía Mora (7 yo, DOB 14/02/2019) for OT evaluation: slow handwriting, poor letter formation, trouble with scissors.\n\nGracias,\nDr. Tomás Ibarra, MD\nCentro Médico del Valle - Pediatría\nTel. 555-447-3000 / Fax 555-447-3001",
            "tibarra@centrovalle.example",
            "Dr. Tomás Ibarra"));

        Assert.Equal(ReferrerRole.Pediatrician, detection.Referrer.Role);
    }

    [Fact]
    public void Detect_FamilyWriterAsksToBeCalledInsteadOfThePatient_TakesTheWritersNumber()
    {
        var detection = _detector.Detect(Message(
            "Outpatient OT for my dad after stroke - Omar Sayegh",
            "Hi,\n\nMy father Omar Sayegh (DOB 3/11/1951) had a stroke in October. His right hand is still weak and he can't write or get dressed alone.\n\nDad's landline is 555-519-1172 but his speech is slow on the phone, so please call me instead at 555-519-4446.\n\nThanks,\nLeila Sayegh-Brandt",
            "lsb@mailbox.example",
            "Leila Sayegh-Brandt"));

        Assert.Equal("555-519-4446", detection.Referrer.Phone);
    }

    [Fact]
    public void Detect_FormLabelsTheSenderWithTitleAndNumber_TakesTheNumberAndTheRole()
    {
        var detection = _detector.Detect(Message(
            "EI referral - Theo B. - feeding / fine motor",
            "Hello,\n\nPlease evaluate Theo Brandt (DOB 8/30/2024) for OT: fine motor delays and feeding concerns found by his IFSP team. IFSP summary attached.\n\nRosa",
            "rlind@countyei.example",
            "Rosa Lind",
            [new MessageAttachment("IFSP.pdf", "application/pdf", 20_000,
                "COUNTY EARLY INTERVENTION PROGRAM\nChild: BRANDT, THEO     DOB: 08/30/2024\nFeeding: accepts ~8 foods\nService Coordinator: Rosa Lind  555.219.1104")]));

        Assert.Equal("555.219.1104", detection.Referrer.Phone);
        Assert.Equal(ReferrerRole.CaseManager, detection.Referrer.Role);
    }
}
