using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

/// <summary>Session 14: wordings of the non-name fields (contact preference, payer, numbers, kind) many senders use.</summary>
public sealed class Session14FieldTests
{
    private readonly ReferralDetector _detector = new();

    [Theory]
    [InlineData("Her preferred contact is email: tessa.vale@mailbox.example, phone (555) 480-2213.", PreferredContact.Email)]
    [InlineData("Dad is the best contact, by text please, 555-480-2213.", PreferredContact.Text)]
    [InlineData("I would appreciate a telephone call rather than an email; home (555) 480-2213.", PreferredContact.Phone)]
    [InlineData("Please contact Mrs. Vale by phone, she rarely reads email: (555) 480-2213.", PreferredContact.Phone)]
    [InlineData("Please contact the parents by email, tessa.vale@mailbox.example.", PreferredContact.Email)]
    [InlineData("Calling is best - (555) 480-2213, after 3 most days.", PreferredContact.Phone)]
    [InlineData("Emailing is easiest for us: tessa.vale@mailbox.example.", PreferredContact.Email)]
    public void Detect_WhenTheFamilyStatesHowToBeReached_ReadsIt(string line, PreferredContact expected)
    {
        Assert.Equal(expected, _detector.Detect(Message("OT for Ruby Vale", Family(line), "tvale@mailbox.example", "Tessa Vale")).PreferredContact);
    }

    [Theory]
    [InlineData("Please contact our office by phone with any questions.")]
    [InlineData("I am calling about her handwriting, which is the main worry.")]
    public void Detect_WhenTheWayIsNotTheFamilys_NamesNoPreference(string line)
    {
        Assert.Null(_detector.Detect(Message("OT for Ruby Vale", Family(line), "tvale@mailbox.example", "Tessa Vale")).PreferredContact);
    }

    [Fact]
    public void Detect_NumbersWithWordProcessorHyphens_ReadsThemWithPlainHyphens()
    {
        var detection = _detector.Detect(Message(
            "OT referral - Hollis Pryor",
            "Dear colleagues,\n\nI would like to refer Hollis Pryor (DOB 01/04/1948) for an OT evaluation of ADLs after two falls.\n\nSincerely,\n\nNadia Ferrante, MD\nQuarry Lane Family Medicine\nPhone (555) 318\u20114400 \u00b7 Fax (555) 318\u20114401",
            "nferrante@quarrylanefm.example",
            "Nadia Ferrante, MD"));

        Assert.Equal("(555) 318-4400", detection.Referrer.Phone);
        Assert.Equal("(555) 318-4401", detection.Referrer.Fax);
    }

    [Fact]
    public void Detect_PhoneSlashFaxLabelOverTwoNumbers_ReadsThemInTurn()
    {
        var numbers = PhoneNumbers.FindIn("Office Phone / Fax: (555) 318-4400 / (555) 318-4401");

        Assert.Collection(numbers, phone => Assert.False(phone.IsFax), fax => Assert.True(fax.IsFax));
    }

    [Fact]
    public void Detect_MenuOptionBeforeTheExtension_KeepsBoth()
    {
        var numbers = PhoneNumbers.FindIn("Phone: (555) 318-4400 opt. 2, ext. 5120");

        Assert.Equal("(555) 318-4400 opt. 2, ext. 5120", Assert.Single(numbers).Number);
        Assert.Equal("(555) 318-4400", numbers[0].MainLine);
    }

    [Theory]
    [InlineData("You can reach me at school at (555) 318-4400 ext 31 or by email.", "(555) 318-4400 ext 31")]
    [InlineData("I can be reached at (555) 318-4400 x31 with any questions.", "(555) 318-4400 x31")]
    public void Detect_WriterGivesTheirNumberInTheNote_TakesIt(string line, string expected)
    {
        var detection = _detector.Detect(Message(
            "Outside OT eval - Wren Abara",
            $"Hello,\n\nOur team is referring Wren Abara (DOB 04/05/2016), 3rd grade, for an outside OT evaluation of handwriting and sensory regulation.\n{line}\n\nThank you,\nMs. Delia Okoro\nSchool Psychologist, Fernhill Elementary",
            "dokoro@fernhill.k12.example",
            "Delia Okoro"));

        Assert.Equal(expected, detection.Referrer.Phone);
    }

    [Fact]
    public void Detect_ImagingReportWrittenOutWithItsScanAttached_IsNotAReferral()
    {
        var detection = _detector.Detect(Message(
            "Report available: XR LEFT WRIST - PELL, OREN",
            "HARBORSIDE RADIOLOGY\nReport Delivery - Final\n\nPatient: PELL, OREN   DOB: 02/09/1979\nExam: XR LEFT WRIST 3 VIEWS\nOrdering: Lena Voss, MD\n\nIMPRESSION:\n1. Healing distal radius fracture with callus. Hardware intact.\n2. Mild soft tissue edema of the wrist and finger.\n\nElectronically signed by: Amos Reyes, MD 02/09/2026\nScanned copy of the report attached.",
            "reports@harborsiderad.example",
            "Harborside Radiology",
            [new MessageAttachment("report_p1.tif", "image/tiff", 30_000, null)]));

        Assert.Equal(MessageKind.NotReferral, detection.Kind);
    }

    [Fact]
    public void Detect_PatientWithAScriptFromTheirDrAndItsPhoto_IsASelfReferralWithTheOrder()
    {
        var detection = _detector.Detect(Message(
            "hand therapy?",
            "hey so I got a script from my dr for hand therapy for trigger finger (right ring finger) photo attached. can I get in next week? it locks every morning. my number is 555-310-4471\n\nBram Oduya",
            "bram.oduya@mailbox.example",
            "Bram Oduya",
            [new MessageAttachment("IMG_2210.jpg", "image/jpeg", 20_000, null) { NeedsPerson = true }]));

        Assert.Equal(MessageKind.SelfReferral, detection.Kind);
        Assert.True(detection.OrderAttached);
    }

    [Theory]
    [InlineData("Pt cell 555-310-2299. Ins Cigna HMO.", "Cigna HMO")]
    [InlineData("Medicaid ID 770312845 (Bayview Kids Plan). Mom will bring the card.", "Medicaid (Bayview Kids Plan)")]
    [InlineData("Medicare A/B, secondary AARP", "Medicare A/B, secondary AARP")]
    [InlineData("Plan: Lakemont Health Plan Medicare Advantage (HMO), ID LHP0031. Therapy is covered without prior authorization for the first visits.", "Lakemont Health Plan Medicare Advantage (HMO)")]
    public void Detect_PayerWrittenAsSendersOftenWriteIt_ReadsThePlan(string line, string expected)
    {
        Assert.Equal(expected, _detector.Detect(Message("OT referral - Ruby Salk", ReferralFromMaplePediatrics(line), "tlenz@maplepeds.example", "Tara Lenz, MD")).Insurance);
    }

    [Fact]
    public void Detect_ReplyAddsASecondaryPayer_KeepsTheThreadsPrimaryFirst()
    {
        var detection = _detector.Detect(Message(
            "RE: OT referral - Odell",
            "Hello,\n\nOne more thing for Mr. Odell: he also has a secondary, AARP Medigap Plan F.\n\nThanks,\nPia Brandt, CMA\nFernway Family Medicine\n\nFrom: Hugo Lind <hlind@fernwayfm.example>\nSent: Monday, March 2, 2026 9:12 AM\nSubject: OT referral - Odell\n\nPlease see Walt Odell (DOB 3/4/1950) for OT after a stroke, right hand weakness and ADLs.\nInsurance: Medicare\nOrder attached.\n\nHugo Lind, MD",
            "pbrandt@fernwayfm.example",
            "Pia Brandt",
            inReplyTo: "abc123@fernwayfm.example"));

        Assert.Equal("Medicare; secondary AARP Medigap Plan F", detection.Insurance);
    }

    [Fact]
    public void Detect_PortalNoticeLaidOutAsLabelAndValueLines_TakesThePatientPhoneField()
    {
        var detection = _detector.Detect(Message(
            "Secure referral delivered: Quill, Dara - Occupational Therapy",
            "A referral has been sent to you by Westbrook Hand Surgery.\n\nReferral ID:          WHS-4471\nPatient:              QUILL, DARA\nDOB:                  05/06/1984\nPatient phone:        (555) 290-6612\nReferring provider:   Omar Petit, MD\nProvider phone:       (555) 290-7700\nProvider fax:         (555) 290-7701\nService requested:    OT - hand therapy after flexor tendon repair, right ring finger\nDiagnosis:            S66.121A\n\nThis message was sent from an unmonitored mailbox.",
            "no-reply@securedirect.westbrookhand.example",
            "Westbrook Hand Surgery"));

        Assert.Equal("(555) 290-6612", detection.Patient.Phone);
    }

    [Fact]
    public void Detect_ReplySignedWithAFirstNameAboveTheFullSignature_TakesTheQuotedNumbers()
    {
        var detection = _detector.Detect(Message(
            "RE: New referral from EI - Pia Lund (20 mo)",
            "Hi,\n\nHer Medicaid ID is 880112233. Mom is fine with you requesting the order.\n\nMarisol\n\n________________________________\nFrom: Marisol Vance <mvance@firststeps-ei.example>\nSent: Monday, March 2, 2026 8:50 AM\nSubject: New referral from EI - Pia Lund (20 mo)\n\nSending a referral for a child on my caseload who needs feeding therapy: Pia Lund, 20 months, gags on textures.\n\nMarisol Vance\nService Coordinator\nFirst Steps Early Intervention\nOffice: 555.318.6010  Fax: 555.318.6019",
            "mvance@firststeps-ei.example",
            "Marisol Vance",
            inReplyTo: "xyz@brightpath.example"));

        Assert.Equal("555.318.6010", detection.Referrer.Phone);
        Assert.Equal("555.318.6019", detection.Referrer.Fax);
    }

    [Fact]
    public void ThreadKeys_PortalReferralAndThePracticesReplyOnItsTopic_ShareAKey()
    {
        var portal = Message("New Referral: Occupational Therapy - Birchwood Pediatrics", "Electronic referral. Patient: Nell Tarn, DOB 02/03/2021. Fine motor delay.", "no-reply@ehrportal.example", "EHR Referrals");
        var reply = Message("RE: New Referral: Occupational Therapy - Birchwood Pediatrics", "Correction on the referral we sent: her DOB is 02/13/2021.", "coordinator@birchwoodpeds.example", "Ada Roe");
        var fromPractice = _detector.Detect(portal) is var first ? first with { Referrer = first.Referrer with { Organization = "Birchwood Pediatrics" } } : null!;
        var fromCoordinator = _detector.Detect(reply) is var second ? second with { Referrer = second.Referrer with { Organization = "Birchwood Pediatrics" } } : null!;

        Assert.Contains(ThreadKeys.For(portal, fromPractice).Intersect(ThreadKeys.For(reply, fromCoordinator)), k => k.StartsWith("topic+organization", StringComparison.Ordinal));
    }

    private static string Family(string line) =>
        $"""
        Hi,

        My daughter Ruby Vale (DOB 03/02/2019) has trouble holding a pencil and with buttons and her teacher said OT could help. Her pediatrician agreed.
        {line}

        Thanks,
        Tessa Vale
        """;
}
