using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

/// <summary>
/// The referrer's practice and role in signatures the older rules missed, and the clinic's staff forwarding a referral
/// inside the clinic.
/// </summary>
public sealed class ReferrerOrganizationAndRoleTests
{
    private const string Clinic = "harborlightot.example";

    private readonly ReferralDetector _detector = new(DetectionRules.Default with { OwnDomains = [Clinic] });

    [Fact]
    public void Detect_PracticeWrittenAsPeds_IsThePracticeOfAPediatrician()
    {
        var detection = _detector.Detect(Message(
            "ot referral",
            "pls eval + treat 4yo Mila Ortiz dob 2/27/22 - sensory processing concerns (F88). mom Tara 555-419-0086.\n\nthx\nDP\nWillowmere Peds\n\nSent from my iPad",
            "dpryor@willowmerepeds.example",
            "Dana Pryor"));

        Assert.Equal("Dana Pryor", detection.Referrer.Name);
        Assert.Equal("Willowmere Peds", detection.Referrer.Organization);
        Assert.Equal(ReferrerRole.Pediatrician, detection.Referrer.Role);
    }

    [Theory]
    [InlineData("Dana Pryor, PsyD\nLicensed Psychologist\nBright Fern Child Psychology\n555-731-0800")]
    [InlineData("Dana Pryor\nCenter Director, Little Fern Child Development Center\n555-731-0800")]
    public void Detect_ProfessionalWhomNoListedRoleFits_RefersAsOther(string signature)
    {
        var detection = _detector.Detect(Message(
            "OT evaluation",
            $"Hello,\n\nI am recommending an occupational therapy evaluation for Mila Ortiz (DOB 01-22-2019): weak graphomotor skills and tactile sensitivities. Mom's cell is (555) 734-2208.\n\nWarm regards,\n\n{signature}",
            "dpryor@brightfern.example",
            "Dana Pryor"));

        Assert.Equal(ReferrerRole.Other, detection.Referrer.Role);
    }

    [Fact]
    public void Detect_PracticeWithItsNumberAfterOneSpace_IsTheOrganization()
    {
        var detection = _detector.Detect(Message(
            "OT referral",
            "hi - home health RN here. pt Tova Lind 77yo, COPD (J44.1), needs outpt OT for energy conservation / ADLs. pt phone 555-246-7731.\nthx\nDana Pryor RN\nCarewell Home Health 555-246-9000",
            "dpryor@carewellhh.example",
            "Dana Pryor"));

        Assert.Equal("Carewell Home Health", detection.Referrer.Organization);
        Assert.Equal("555-246-9000", detection.Referrer.Phone);
    }

    [Fact]
    public void Detect_ClinicStaffForwardingAReferralInsideTheClinic_ReadsTheOriginalSender()
    {
        var body = """
            Priya - adding this one to your eval list. Mom called: her new cell is (555) 612-0394.

            Jess Alvarado | Front Desk
            Harbor Light Occupational Therapy
            (555) 480-2200 | Fax (555) 480-2201

            From: Dana Pryor <dpryor@littlewren.example>
            Sent: Tuesday, October 20, 2026 3:33 PM
            To: Harbor Light Referrals <referrals@harborlightot.example>
            Subject: Feeding OT referral - Mila Ortiz

            Hello,

            I'm an SLP at Little Wren Speech and would like to refer Mila Ortiz (DOB 1/19/2024) for an OT feeding evaluation.

            Best,
            Dana Pryor, M.S., CCC-SLP
            Little Wren Speech & Feeding
            T (555) 325-7400  F (555) 325-7401
            """;

        var detection = _detector.Detect(Message("FW: Feeding OT referral - Mila Ortiz", body, $"frontdesk@{Clinic}", "Jess Alvarado", inReplyTo: "a1@littlewren.example"));

        Assert.Equal("Dana Pryor, M.S., CCC-SLP", detection.Referrer.Name);
        Assert.Equal("Little Wren Speech & Feeding", detection.Referrer.Organization);
        Assert.Equal(ReferrerRole.SpeechLanguagePathologist, detection.Referrer.Role);
        Assert.Equal("(555) 325-7400", detection.Referrer.Phone);
        Assert.Equal("dpryor@littlewren.example", detection.Referrer.Email);
    }

    [Fact]
    public void Detect_FaxServiceNoticeQuotingTheSendersCoverNote_NamesTheProviderAndTheSendersFax()
    {
        var body = """
            Inbound fax received

            Sender fax:     555-226-5101
            Sender ID:      WILLOWMERE PEDS
            Pages:          3

            Cover note (entered by sender):
              OT referral - Mila Ortiz DOB 04/05/2022 - referral order + office notes enclosed.
              Please call mom 555-226-8890 to schedule. Dana Pryor MD, Willowmere Pediatrics

            --
            Harbor Light Fax Gateway
            """;

        var detection = _detector.Detect(Message("Inbound fax from 555-226-5101", body, "faxgateway@relay.example", "Fax Gateway", [Pdf("FAX_0321.pdf")]));

        Assert.Equal("Dana Pryor, MD", detection.Referrer.Name);
        Assert.Equal("Willowmere Pediatrics", detection.Referrer.Organization);
        Assert.Equal(ReferrerRole.Pediatrician, detection.Referrer.Role);
        Assert.Equal("555-226-5101", detection.Referrer.Fax);
    }
}
