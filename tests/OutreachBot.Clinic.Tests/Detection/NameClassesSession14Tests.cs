using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

/// <summary>
/// Name layouts many senders use: a parent naming a child by first name, a correction naming "the referral we sent",
/// a teacher writing as someone's teacher, a referral subject in a record's order, staff sending for a provider, a fax
/// relay above a cover sheet, an EHR's "Practice via Relay" mailbox, and a reply to the clinic's answer.
/// </summary>
public sealed class NameClassesSession14Tests
{
    private readonly ReferralDetector _detector = new(DetectionRules.Default with { OwnPhoneNumbers = ["(555) 480-2201"] });

    [Fact]
    public void Detect_ParentNamingTheirSonByFirstName_GivesHimTheFamilySurname()
    {
        var detection = _detector.Detect(Message(
            "OT question",
            "Hi, my son Rowan is 5 and his kindergarten teacher thinks he needs OT. He can't hold a pencil right and hates buttons. Do you take Medicaid? Call me at (555) 318-2040.\n\nThanks,\nMaren",
            "maren.falk@mailbox.example",
            "Maren Falk"));

        Assert.Equal(ReferrerRole.Family, detection.Referrer.Role);
        Assert.Equal("Rowan Falk", detection.Patient.Name);
    }

    [Fact]
    public void Detect_ParentTypingInLowerCase_StillNamesTheChild()
    {
        var detection = _detector.Detect(Message(
            "feeding help",
            "hi do u do feeding therapy? my daughter wren is 2 and only eats crackers, she gags on everything else. her dr said to find a feeding therapist. text me 555-318-7761",
            "tess.orly@mailbox.example",
            "tess orly"));

        Assert.Equal("Wren Orly", detection.Patient.Name);
    }

    [Fact]
    public void Detect_GrandparentNamingAGrandsonByFirstName_KeepsTheFirstNameAlone()
    {
        var detection = _detector.Detect(Message(
            "OT for my grandson",
            "Hello, my grandson Anselm is 4 and his preschool says he should have OT because he can't use scissors or zip his coat. Do you take Medicaid? Please call me at (555) 318-6612.\n\nIrene Vosk",
            "irenevosk@mailbox.example",
            "Irene Vosk"));

        Assert.Equal("Anselm", detection.Patient.Name);
    }

    [Fact]
    public void Detect_ParentsReplyToTheClinic_FindsTheChildInTheQuotedFirstMessage()
    {
        const string body = """
            Hi, it's Anthem through my work, member ID QRT55120. His pediatrician is Dr. Lund, she will fax the order. Thanks!

            On Mar 3, 2026, at 9:41 AM, Harbor Light Intake <intake@harborlight.example> wrote:

            > Hi Maren, thanks for writing! Which insurance plan is he on?
            >
            > On Mar 1, 2026, at 8:10 PM, Maren Falk <maren.falk@mailbox.example> wrote:
            >
            > > Hi, my son Rowan is almost 5 and his teacher suggested OT. He can't hold a pencil and melts down with messy hands. Text me at (555) 318-2040.
            > >
            > > Maren
            """;

        var detection = _detector.Detect(Message("Re: OT for my son", body, "maren.falk@mailbox.example", "Maren Falk", inReplyTo: "a1@harborlight.example"));

        Assert.Equal("Rowan Falk", detection.Patient.Name);
    }

    [Fact]
    public void Detect_CorrectionOnTheReferralWeSent_NamesThePatientAndTheProvider()
    {
        const string body = """
            Hello,

            Correction on the referral we sent Tuesday from Hollis Brandt, MD for Greta Sorvino: her DOB is 04/02/2020, not 04/20/2020.

            Thank you,
            Pia Lemke
            Referral Coordinator
            Juniper Pediatrics
            (555) 318-4400
            """;

        var detection = _detector.Detect(Message("RE: New Referral: Occupational Therapy", body, "plemke@juniperpeds.example", "Pia Lemke"));

        Assert.Equal("Greta Sorvino", detection.Patient.Name);
        Assert.Equal("Hollis Brandt, MD", detection.Referrer.Name);
    }

    [Fact]
    public void Detect_TeacherWritingAsTheStudentsTeacher_NamesTheStudent()
    {
        const string body = """
            Hello,

            I am Tobias Wendt's 3rd grade teacher at Alder Creek Elementary. His mom asked me to reach out about an outside OT evaluation. His handwriting is very hard to read and he tires quickly when copying from the board.

            Thank you,
            Lena Marsh
            3rd Grade, Room 8
            Alder Creek Elementary
            """;

        var detection = _detector.Detect(Message("Outside OT evaluation", body, "lmarsh@aldercreek.k12.example", "Lena Marsh"));

        Assert.Equal("Tobias Wendt", detection.Patient.Name);
    }

    [Fact]
    public void Detect_GradeStudentNamedAfterAComma_IsThePatient()
    {
        const string body = """
            Good morning,

            Our IEP team is requesting an outside occupational therapy evaluation for a 6th grade student, Mira Castell, as part of her re-evaluation. The signed Referral for Outside Evaluation form is attached.

            Owen Pratt
            Special Education Coordinator
            Fernbrook Middle School
            (555) 318-9000
            """;

        var detection = _detector.Detect(Message("Outside OT evaluation", body, "opratt@fernbrookschools.example", "Owen Pratt"));

        Assert.Equal("Mira Castell", detection.Patient.Name);
    }

    [Theory]
    [InlineData("OT Referral - Quist, Harriet")]
    [InlineData("OP OT referral Harriet Quist - discharging from home health")]
    public void Detect_ReferralSubjectNamingThePatient_IsReadInEitherOrder(string subject)
    {
        const string body = """
            Hello,

            She is being discharged from our home health services on 3/14 and still needs help with lower body dressing and tub transfers. The signed order from her PCP is attached.

            Thanks,
            Noor Hadid, RN
            Evergreen Home Health
            Office 555-318-3300
            """;

        var detection = _detector.Detect(Message(subject, body, "nhadid@evergreenhh.example", "Noor Hadid"));

        Assert.Equal("Harriet Quist", detection.Patient.Name);
    }

    [Fact]
    public void Detect_StaffSendingForACredentialedProvider_NamesTheProvider()
    {
        const string body = """
            Hello - sending for Ilse Marquardt, MD, needs to be seen this week please.

            Pt: Dario Venn  DOB 2/14/91
            s/p R thumb UCL repair, needs a hand-based thumb spica orthosis.
            Pt phone: 555-318-0946

            Cara Lowe, MA
            Lakeview Hand Surgery
            (555) 318-1200 | fax (555) 318-1210
            """;

        var detection = _detector.Detect(Message("Thumb UCL repair - Venn", body, "clowe@lakeviewhand.example", "Cara Lowe"));

        Assert.Equal("Ilse Marquardt, MD", detection.Referrer.Name);
        Assert.Equal("Dario Venn", detection.Patient.Name);
    }

    [Fact]
    public void Detect_AskingTheClinicToRequestTheOrderFromADoctorsOffice_LeavesTheWriterAsReferrer()
    {
        const string body = """
            Hi,

            Please go ahead and request the order from Dr. Ferrante's office for Lio Batista (DOB 05/02/2024), mom is fine with that. He is on my caseload for feeding concerns and gags on mixed textures.

            Ruth Abara
            Service Coordinator
            Northwind Early Intervention
            Office: 555.318.6010
            """;

        var detection = _detector.Detect(Message("EI referral - Lio Batista", body, "rabara@northwind-ei.example", "Ruth Abara"));

        Assert.Equal("Ruth Abara", detection.Referrer.Name);
    }

    [Fact]
    public void Detect_FaxRelayNumberAboveTheCoverSheet_TakesTheProviderFromTheCover()
    {
        const string notice = """
            You have received a new fax.

            From: 5553187702  (ALDER HAND)
            To: 5554802201
            Pages: 2

            The fax is attached as a PDF document.
            """;
        const string cover = """
            FAX COVER SHEET
            To: Harbor Light OT      Fax: (555) 480-2201
            From: Nadia Pell, PA-C
            RE: post-op hand therapy referral
            Patient: VOSS, EMIL        DOB: 05/05/1980
            Diagnosis: M65.331 Trigger finger, right middle finger
            Orders: OT evaluate and treat.
            """;
        var fax = new MessageAttachment("fax_5553187702.pdf", "application/pdf", 2_360, cover);

        var detection = _detector.Detect(Message("Fax received from 5553187702 (2 pages)", notice, "fax-noreply@faxhub.example", "FaxHub", [fax]));

        Assert.Equal("Nadia Pell, PA-C", detection.Referrer.Name);
        Assert.Equal(ReferrerRole.Physician, detection.Referrer.Role);
    }

    [Fact]
    public void Detect_EhrNoticeFromAPracticeViaARelay_NamesThePracticeAndTheSender()
    {
        const string notice = """
            You have received an electronic referral.

            Referral #:   2026-1102-5521
            From:         Tamsin Roe, MD - Birchwood Family Practice
            Phone:        (555) 318-2040
            Fax:          (555) 318-2041
            Patient:      Oona Fairley
            Reason:       Fine motor delay

            Replies to this message are not monitored.
            """;

        var detection = _detector.Detect(Message("Outbound Referral: Occupational Therapy - FAIRLEY, OONA", notice, "no-reply@ehrlink.example", "Birchwood Family Practice via EhrLink"));

        Assert.Equal("Tamsin Roe, MD", detection.Referrer.Name);
        Assert.Equal("Birchwood Family Practice", detection.Referrer.Organization);
        Assert.Equal("(555) 318-2041", detection.Referrer.Fax);
    }

    [Fact]
    public void Detect_ReplyQuotingTheClinicsAnswer_TakesTheSignatureFromTheSendersFirstMessage()
    {
        const string body = """
            Hi Jess,

            DOB is 04/28/2024. Please go ahead and request the order from his pediatrician.

            Ruth

            ________________________________
            From: Harbor Light Referrals <referrals@harborlight.example>
            Sent: Monday, March 3, 2026 11:02 AM
            To: Ruth Abara <rabara@northwind-ei.example>
            Subject: RE: New referral from EI - Lio Batista

            Hi Ruth, thanks for the referral for Lio! Could you send his date of birth?

            Jess
            Harbor Light Occupational Therapy

            ________________________________
            From: Ruth Abara <rabara@northwind-ei.example>
            Sent: Monday, March 3, 2026 8:50 AM
            To: Harbor Light Referrals <referrals@harborlight.example>
            Subject: New referral from EI - Lio Batista

            Hi there,

            Sending a referral for a little one on my caseload, Lio Batista, for feeding therapy. He gags on mixed textures.

            Ruth Abara
            Service Coordinator
            Northwind Early Intervention
            Office: 555.318.6010  Fax: 555.318.6019
            """;

        var detection = _detector.Detect(Message("RE: New referral from EI - Lio Batista", body, "rabara@northwind-ei.example", "Ruth Abara", inReplyTo: "b2@harborlight.example"));

        Assert.Equal("Ruth Abara", detection.Referrer.Name);
        Assert.Equal("Northwind Early Intervention", detection.Referrer.Organization);
        Assert.Equal(ReferrerRole.CaseManager, detection.Referrer.Role);
        Assert.Equal("555.318.6019", detection.Referrer.Fax);
    }

    [Fact]
    public void Detect_RecordsMailboxSendingOnALetter_NamesTheLettersTypedSigner()
    {
        const string letter = """
            Alderbrook Sports & Orthopedics
            12 Quarry Road   Tel (555) 318-7000   Fax (555) 318-7001
            Dear Colleagues,
            I am referring Mr. Tomas Reell (DOB 3/9/1984) for therapy of right lateral epicondylitis (M77.11).
            Please evaluate and treat. He can be reached at 555-318-0334.
            Sincerely,
            /s/ Inez Calloway, DO
            Sports Medicine
            """;
        var attachment = new MessageAttachment("Reell_referral_letter.pdf", "application/pdf", 1_770, letter);

        var detection = _detector.Detect(Message("Referral", "Please see attached referral.\n\nThank you,\nMedical Records\nAlderbrook Sports & Orthopedics",
            "records@alderbrookortho.example", "Alderbrook Ortho Records", [attachment]));

        Assert.Equal("Inez Calloway, DO", detection.Referrer.Name);
        Assert.Equal("Alderbrook Sports & Orthopedics", detection.Referrer.Organization);
        Assert.Equal("(555) 318-7000", detection.Referrer.Phone);
        Assert.Equal("(555) 318-7001", detection.Referrer.Fax);
    }

    [Fact]
    public void Detect_GrandparentWritingInCapitals_NamesTheGrandchildBeforeTheBirthDate()
    {
        var detection = _detector.Detect(Message(
            "HANDWRITING HELP",
            "To whom it may concern,\n\nMY GRANDDAUGHTER NELL VANCE-ORTIZ (born May 2nd 2016) IS HAVING A HARD TIME WITH HER HANDWRITING. Her teacher says she is behind in writing. Do you help children with this?\n\nPlease call me at home (555) 318-4187.\n\nAgnes Vance",
            "avance1950@mailbox.example"));

        Assert.Equal("Nell Vance-Ortiz", detection.Patient.Name);
    }
}
