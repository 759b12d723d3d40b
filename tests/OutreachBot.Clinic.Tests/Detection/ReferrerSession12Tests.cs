using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

/// <summary>
/// Office staff writing for a provider they name in passing, forms and fax covers that name the provider in their own
/// layout, and signatures a practice's mailbox or a relative writes.
/// </summary>
public sealed class ReferrerSession12Tests
{
    private readonly ReferralDetector _detector = new();

    [Fact]
    public void Detect_SchedulerWritingForANamedDoctor_NamesTheDoctor()
    {
        const string body = """
            Hello,

            I'm the referral scheduler at Willowmere Family Clinic, writing for Dr. Corinne Vasquez. She saw Milo Ferrant, DOB 3/4/2025, today and would like OT for torticollis (M43.6) with right-side preference.

            Mom: Tessa Ferrant, (555) 014-2231

            Thanks,
            Greta
            Referral Scheduler
            Willowmere Family Clinic | (555) 014-3000 | fax (555) 014-3009
            """;

        var detection = _detector.Detect(Message("OT referral - torticollis", body, "gpell@willowmere.example", "Greta Pell"));

        Assert.Equal("Corinne Vasquez", detection.Referrer.Name);
        Assert.Equal("Willowmere Family Clinic", detection.Referrer.Organization);
    }

    [Fact]
    public void Detect_StaffNamingTheDoctorBySurname_TakesTheWholeNameFromTheAttachedOrder()
    {
        const string body = """
            Hello,

            Dr. Okonkwo asked me to send over a referral for his patient Hattie Brill, DOB 2/9/1951, with Parkinson disease (G20). He is requesting OT for handwriting and dressing. Order attached. Her phone is (555) 017-4410.

            Thanks - Paula, scheduling, Fernhill Neurology
            """;
        const string order = """
            Fernhill Neurology
            Outpatient Therapy Order
            Patient: Hattie Brill  DOB 02/09/1951
            Provider: Emeka Okonkwo, MD   (signed electronically 11/02/2026)
            """;

        var detection = _detector.Detect(Message("Referral Brill, Hattie", body, "pdane@fernhillneuro.example", "Paula Dane",
            [new MessageAttachment("Brill_order.pdf", "application/pdf", 900, order)]));

        Assert.Equal("Emeka Okonkwo, MD", detection.Referrer.Name);
        Assert.Equal(ReferrerRole.Neurologist, detection.Referrer.Role);
    }

    [Fact]
    public void Detect_SignatureWithPhoneOnlyAndTheFaxInTheNote_TakesTheFaxFromTheNote()
    {
        const string body = """
            Hi, this is Lena, RN with Dr. Tobias Wren at Cobble Hill Neurology.

            Dr. Wren would like OT for Ambrose Kell, DOB 6/1/1949, for essential tremor (G25.0) - trouble eating and writing. Order is attached.

            Our fax is (555) 019-7601 if you need to send the plan of care for signature.

            Lena Marsh, RN
            Cobble Hill Neurology
            (555) 019-7600
            """;

        var detection = _detector.Detect(Message("OT order - Ambrose Kell", body, "lmarsh@cobblehillneuro.example", "Lena Marsh"));

        Assert.Equal("(555) 019-7600", detection.Referrer.Phone);
        Assert.Equal("(555) 019-7601", detection.Referrer.Fax);
    }

    [Fact]
    public void Detect_FormHeadingWithNumbersOnTheProviderLine_NamesThePractice()
    {
        const string form = """
            BRAMBLE LANE PEDIATRICS
            Corwin Achterberg, MD, FAAP     Tel (555) 021-6600   Fax (555) 021-6601
            REFERRAL: OCCUPATIONAL THERAPY
            Patient name: QUILL, NORA
            DOB: 01/19/2020
            Diagnoses: F82 Developmental coordination disorder
            Please evaluate and treat.
            """;

        var detection = _detector.Detect(Message("referral", "Please see attached referral. Thanks, CA", "cachterberg@bramblepeds.example", "Corwin Achterberg",
            [new MessageAttachment("Quill_Nora_OT.pdf", "application/pdf", 1200, form)]));

        Assert.Equal("Bramble Lane Pediatrics", detection.Referrer.Organization);
        Assert.Equal(ReferrerRole.Pediatrician, detection.Referrer.Role);
        Assert.Equal("(555) 021-6600", detection.Referrer.Phone);
        Assert.Equal("(555) 021-6601", detection.Referrer.Fax);
    }

    [Fact]
    public void Detect_FaxCoverFromPracticeThenDoctor_ReadsTheDoctorAndThePractice()
    {
        const string body = """
            eFax Message

            You have received a 2 page fax from (555) 023-2219.
            Fax cover text (auto-extracted):

            TO: Bright Path OT       FAX: (555) 480-2201
            FROM: Harborline Hand Surgery - Dr. Ines Mallory   FAX: (555) 023-2219
            RE: TALLIS, WREN - hand therapy eval & treat
            s/p trigger finger release L ring finger 10 days ago (M65.342).
            Signed Rx attached.
            """;

        var detection = _detector.Detect(Message("eFax message from \"5550232219\" - 2 page(s)", body, "no-reply@efaxgateway.example", "eFax Service"));

        Assert.Equal("Ines Mallory", detection.Referrer.Name);
        Assert.Equal("Harborline Hand Surgery", detection.Referrer.Organization);
        Assert.Equal(ReferrerRole.Orthopedist, detection.Referrer.Role);
    }

    [Fact]
    public void Detect_RelativeSigningWithTheRelationInBrackets_LeavesTheRelationOutOfTheName()
    {
        const string body = """
            Hello,

            I'm writing about my dad, Ambrose Quince, DOB 11/2/1944. He came home from the hospital last week much weaker and is struggling with showering and making meals. His doctor said outpatient OT would help.

            He has Medicare. My cell is 555-025-3318.

            Thank you,
            Delia Quince (daughter)
            """;

        var detection = _detector.Detect(Message("OT for my dad", body, "delia.quince@mail.example", "Delia Quince"));

        Assert.Equal("Delia Quince", detection.Referrer.Name);
    }

    [Fact]
    public void Detect_FrontDeskForADoctorBySurname_TakesTheWholeNameFromTheQuotedThread()
    {
        const string body = """
            Forwarding the signed referral. Please schedule.

            Thanks,
            Carla (front desk for Dr. Lindgren)
            Aspen Row Pediatrics

            > From: Lindgren, Maren MD
            > Sent: Tuesday, September 8, 2026 2:12 PM
            > Subject: OT referral - Teague, Otto
            > Patient Name: TEAGUE, OTTO
            > DOB: 02/14/2021
            > Diagnosis: F82 Specific developmental disorder of motor function
            """;

        var detection = _detector.Detect(Message("FW: OT referral - Teague, Otto", body, "mlindgren@aspenrowpeds.example", "Aspen Row Pediatrics"));

        Assert.Equal("Maren Lindgren, MD", detection.Referrer.Name);
    }

    [Fact]
    public void Detect_CoordinatorPassingOnANursePractitionersRequest_NamesTheNursePractitioner()
    {
        const string body = """
            Hello,

            Following up on the referral we sent for Pell Hartigan, DOB 3/11/2023. Imogen Sato NP wanted you to have his developmental evaluation (attached) for his autism (F84.0). He needs OT for sensory and self-care skills.

            Thank you,
            Bea
            Referral Coordinator, Thistle Park Pediatric Clinic
            (555) 027-5500
            """;

        var detection = _detector.Detect(Message("RE: Referral for Pell Hartigan", body, "bwynn@thistlepark.example", "Bea Wynn"));

        Assert.Equal("Imogen Sato, NP", detection.Referrer.Name);
        Assert.Equal(ReferrerRole.Physician, detection.Referrer.Role);
    }

    [Fact]
    public void Detect_PracticeMailboxSignedByAProviderAboveThePracticeLine_NamesTheProvider()
    {
        const string body = """
            Hello - referring pt from our clinic today for mallet finger orthosis. Pt is 34 yo M, jammed R middle finger 2 days ago. Dx M20.011. Needs full-time extension splint.

            Pt: Rolf Amsel, 555-029-6670

            Order attached.

            Tamsin Verhoeven, FNP-C
            Juniper Walk Urgent Care
            555-029-2000 (p) 555-029-2001 (f)
            """;

        var detection = _detector.Detect(Message("referral - mallet finger", body, "clinic@juniperwalkuc.example", "Juniper Walk Urgent Care"));

        Assert.Equal("Tamsin Verhoeven, FNP-C", detection.Referrer.Name);
        Assert.Equal("Juniper Walk Urgent Care", detection.Referrer.Organization);
        Assert.Equal(ReferrerRole.Physician, detection.Referrer.Role);
    }

    [Fact]
    public void Detect_SelfIntroductionAtThePractice_LeavesTheSmallTheOutOfTheOrganization()
    {
        const string body = """
            Hello,

            I'm the new patient coordinator at the Alder Creek Family Clinic. Our patient Ivo Brandt, DOB 5/5/1960, needs OT for right carpal tunnel release aftercare (G56.01). Order attached. His phone is (555) 031-7722.

            Thanks,
            Greta Pell
            """;

        var detection = _detector.Detect(Message("OT referral - Ivo Brandt", body, "gpell@aldercreek.example", "Greta Pell"));

        Assert.Equal("Alder Creek Family Clinic", detection.Referrer.Organization);
    }
}
