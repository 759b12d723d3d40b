using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

/// <summary>
/// Who refers when staff write for a provider, when a case manager names a surgeon, and how a staff member's title and
/// a phone menu's option are left out of the referrer's name and number.
/// </summary>
public sealed class ReferrerStaffAndTitleTests
{
    private readonly ReferralDetector _detector = new();

    private static string ProviderBelow(string header) => $"""
        From: {header}
        Sent: Tuesday, November 3, 2026 9:12 AM
        To: Intake <intake@otclinic.example>
        Subject: OT referral - Pim Osei

        I'd like to refer Pim Osei (DOB 02/14/2022) for an OT evaluation: fisted grasp, cannot manage buttons.

        Thanks,
        Ines Valdar, MD
        Fernhill Pediatrics
        Office (555) 613-2000 | Fax (555) 613-2001
        """;

    [Theory]
    [InlineData("Valdar, Ines <ivaldar@fernhillpeds.example>")]
    [InlineData("Ines Valdar MD <ivaldar@fernhillpeds.example>")]
    public void Detect_StaffAboveAProviderWhoseHeaderIsLastFirstOrCredentialed_NamesTheProvider(string header)
    {
        var body = $"Hi,\n\nFollowing up on Dr. Valdar's referral below: mom's new cell is 555-613-7788.\n\nThanks!\nRoz Pell\nReferral Coordinator, Fernhill Pediatrics\n(555) 613-2000 ext 31\n\n{ProviderBelow(header)}";

        var detection = _detector.Detect(Message("RE: OT referral - Pim Osei", body, "rpell@fernhillpeds.example", "Roz Pell", inReplyTo: "a1@fernhillpeds.example"));

        Assert.Equal("Ines Valdar, MD", detection.Referrer.Name);
        Assert.Equal("ivaldar@fernhillpeds.example", detection.Referrer.Email);
        Assert.Equal("(555) 613-2000", detection.Referrer.Phone);
    }

    [Fact]
    public void Detect_StaffAboveAProviderWhoseOwnMailHasNoSignature_TakesTheRoleFromTheStaffsPractice()
    {
        var body = """
            Hi,

            Attached is the signed order from Dr. Valdar.

            Roz Pell, RN
            for Ines Valdar, MD
            Fernhill Children's Neurology
            T (555) 613-2000 | F (555) 613-2001

            From: Valdar, Ines <ivaldar@fernhillneuro.example>
            Sent: Tuesday, November 3, 2026 9:12 AM
            To: Intake <intake@otclinic.example>
            Subject: OT referral - Pim Osei

            I'd like to refer Pim Osei (DOB 02/14/2022) for OT after botulinum toxin injections for hemiplegic CP.
            """;

        var detection = _detector.Detect(Message("RE: OT referral - Pim Osei", body, "rpell@fernhillneuro.example", "Roz Pell", [Pdf("order.pdf")], inReplyTo: "a1@fernhillneuro.example"));

        Assert.Equal("ivaldar@fernhillneuro.example", detection.Referrer.Email);
        Assert.Equal(ReferrerRole.Neurologist, detection.Referrer.Role);
    }

    [Fact]
    public void Detect_DisplayNameInDirectoryOrderWithCredential_ReadsFirstNameFirst()
    {
        var detection = _detector.Detect(Message(
            "OT referral",
            "Please see Tova Lind (DOB 1/1/1960) for OT after a right rotator cuff repair: dressing and bathing one-handed.\n\nThx\nLV",
            "lvell@oakmereortho.example",
            "Vell, Lucas MD"));

        Assert.Equal("Lucas Vell, MD", detection.Referrer.Name);
    }

    [Theory]
    [InlineData("Dana Pryor, Service Coordinator | County Early Steps\nPhone (555) 880-1450 | Fax (555) 880-1451", "Dana Pryor")]
    [InlineData("Dana Pryor, M.S., CCC-SLP, Feeding Specialist\nLittle Wren Speech\n(555) 880-1450", "Dana Pryor, M.S., CCC-SLP")]
    public void Detect_TitleAfterTheNamesComma_IsNoPartOfTheName(string signature, string name)
    {
        var detection = _detector.Detect(Message(
            "OT referral",
            $"Hello,\nI am referring Mila Ortiz (DOB 2/3/2025) for an OT evaluation: no pincer grasp yet, oral aversion.\n\nThank you,\n{signature}",
            "dpryor@earlysteps.example",
            "Dana Pryor"));

        Assert.Equal(name, detection.Referrer.Name);
    }

    [Theory]
    [InlineData("(555) 515-2000 option 4")]
    [InlineData("(555) 515-2000 opt 2")]
    public void Detect_PhoneMenuOptionAfterTheNumber_IsLeftOut(string number)
    {
        var detection = _detector.Detect(Message(
            "OT referral",
            $"Hello,\nI am referring Mila Ortiz (DOB 2/3/1961) for hand therapy after a distal radius fracture.\n\nThank you,\nDana Pryor, MD\nCobalt Orthopedics\n{number}",
            "dpryor@cobaltortho.example",
            "Dana Pryor"));

        Assert.Equal("(555) 515-2000", detection.Referrer.Phone);
    }

    [Fact]
    public void Detect_PhoneExtension_StaysWithTheNumber()
    {
        var detection = _detector.Detect(Message(
            "OT referral",
            "Hello,\nI am referring Mila Ortiz (DOB 2/3/2025) for an OT evaluation: no pincer grasp yet.\n\nThank you,\nDana Pryor, Service Coordinator\nCounty Early Steps\n(555) 880-1450 ext. 7",
            "dpryor@earlysteps.example",
            "Dana Pryor"));

        Assert.Equal("(555) 880-1450 ext. 7", detection.Referrer.Phone);
    }

    [Fact]
    public void Detect_ReferralSpecialistPassingOnAReferralFromANamedDoctor_NamesTheDoctor()
    {
        var detection = _detector.Detect(Message(
            "Hand therapy referral",
            "Hello,\n\nReferral from Dr. Cyrus Vell for hand therapy:\n\nPatient: Tova Lind\nDOB: 1/1/1960\nDiagnosis: M65.331 trigger finger\n\nThank you,\nDana Pryor, Referral Specialist\nOakmere Family Medicine\nPh (555) 201-1000 | Fx (555) 201-1009",
            "dpryor@oakmerefm.example",
            "Dana Pryor"));

        Assert.Equal("Cyrus Vell", detection.Referrer.Name);
        Assert.Equal(ReferrerRole.Physician, detection.Referrer.Role);
        Assert.Equal("(555) 201-1000", detection.Referrer.Phone);
    }

    [Fact]
    public void Detect_StaffNamingTheDoctorBySurname_TakesTheFullNameTheAttachedLetterSigns()
    {
        var letter = "COBALT ORTHOPEDICS\nRE: Tova Lind  DOB: 1961-03-30\nI am referring Ms. Lind after ORIF of a left distal radius fracture.\nSincerely,\nCyrus Vell, MD\nOrthopaedic Surgery";
        var detection = _detector.Detect(Message(
            "Referral",
            "Please see the attached referral letter from Dr. Vell for hand therapy. Thank you.\n\nCobalt Orthopedics\nReferral Coordination\n(555) 515-2000 option 4",
            "referrals@cobaltortho.example",
            "Cobalt Orthopedics Referrals",
            [new MessageAttachment("Referral_Lind.pdf", "application/pdf", 2_168, letter)]));

        Assert.Equal("Cyrus Vell, MD", detection.Referrer.Name);
        Assert.Equal(ReferrerRole.Orthopedist, detection.Referrer.Role);
        Assert.Equal("(555) 515-2000", detection.Referrer.Phone);
    }

    [Fact]
    public void Detect_CaseManagerNamingTheSurgeonsWishes_StaysTheReferrer()
    {
        var detection = _detector.Detect(Message(
            "WC hand therapy referral",
            "Good morning,\n\nI am the nurse case manager on this claim. Tova Lind (DOB 1/1/1980) had a flexor tendon repair on 11/2 with Dr. Cyrus Vell. Dr. Vell wants an early active motion protocol started this week.\n\nThank you,\n\nDana Pryor, RN, CCM\nField Nurse Case Manager\nKeystone Managed Care\nOffice: (555) 902-3318",
            "dpryor@keystonecare.example",
            "Pryor, Dana"));

        Assert.Equal("Dana Pryor, RN, CCM", detection.Referrer.Name);
        Assert.Equal(ReferrerRole.CaseManager, detection.Referrer.Role);
    }

    [Fact]
    public void Detect_CaseManagerForwardingAColleaguesThread_RefersInOwnRight()
    {
        var body = """
            Hello,

            Please schedule the claimant below for OT. 12 visits are authorized. Please send progress notes to me.

            Dana Pryor, RN, CCM
            Nurse Case Manager, Keystone Mutual
            Direct 555-470-3318 | Fax 555-470-3300

            -----Original Message-----
            From: Vell, Cyrus <cvell@keystonemutual.example>
            Sent: Monday, November 9, 2026 4:02 PM
            To: Pryor, Dana <dpryor@keystonemutual.example>
            Subject: FW: Auth - OT for claimant Lind

            Dana - approved 12 OT visits for Tova Lind (DOB 1/1/1980), crush injury L hand s/p ORIF. Can you set up with a provider?

            Cyrus Vell, Claims Adjuster
            """;

        var detection = _detector.Detect(Message("FW: Auth - OT for claimant Lind", body, "dpryor@keystonemutual.example", "Pryor, Dana"));

        Assert.Equal("Dana Pryor, RN, CCM", detection.Referrer.Name);
        Assert.Equal("dpryor@keystonemutual.example", detection.Referrer.Email);
        Assert.Equal("555-470-3318", detection.Referrer.Phone);
    }
}
