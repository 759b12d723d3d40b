using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

/// <summary>The clinic's front desk forwarding a referral that came by fax, in its own words.</summary>
public sealed class PassedOnByStaffTests
{
    private const string Clinic = "ourclinic.example";

    private readonly ReferralDetector _detector = new(new DetectionRules { OwnDomains = [Clinic], OwnPhoneNumbers = ["(555) 420-8801"] });

    private const string Note = """
        Referral came in on the fax this morning - from Dr. Okonkwo at Millbrook Pediatric Partners for Ivy Lane, DOB 5/19/2023. Toe walking and not using a spoon yet per the note. Signed order is on page 2.

        Can someone from peds intake call mom?

        Jess

        ----- Original fax notification -----
        New fax received
        From: MILLBROOK PED PTNRS  (555) 802-7741
        To: (555) 420-8801
        Pages: 2
        """;

    [Fact]
    public void Detect_FrontDeskForwardingAFax_IsAReferralFromWhomTheNoteNames()
    {
        var message = Message("FW: New fax from MILLBROOK PED PTNRS (2 pages)", Note, $"frontdesk@{Clinic}", "Front Desk",
            [new MessageAttachment("fax_0914.tif", "image/tiff", 362, null) { NeedsPerson = true }]) with { ToAddresses = [$"referrals@{Clinic}"] };

        var detection = _detector.Detect(message);

        Assert.Equal(MessageKind.Referral, detection.Kind);
        Assert.Equal("Dr. Okonkwo", detection.Referrer.Name);
        Assert.Equal("Millbrook Pediatric Partners", detection.Referrer.Organization);
        Assert.Equal(ReferrerRole.Pediatrician, detection.Referrer.Role);
        Assert.Equal("(555) 802-7741", detection.Referrer.Fax);
        Assert.Null(detection.Referrer.Email);
        Assert.Equal("Ivy Lane", detection.Patient.Name);
    }

    [Fact]
    public void Detect_StaffWritingInternallyWithoutForwarding_IsStillNotAReferral()
    {
        var message = Message("Ivy Lane - intake", Note, $"frontdesk@{Clinic}", "Front Desk") with { ToAddresses = [$"referrals@{Clinic}"] };

        Assert.Equal(MessageKind.NotReferral, _detector.Detect(message).Kind);
    }
}
