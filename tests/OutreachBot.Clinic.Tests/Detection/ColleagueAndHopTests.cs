using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

/// <summary>
/// A colleague at the provider's practice replying above the provider's referral, and a forwarding hop whose note is
/// short but whose signature is long: the provider below still refers.
/// </summary>
public sealed class ColleagueAndHopTests
{
    private readonly ReferralDetector _detector = new();

    private const string ProviderReferral = """
        From: Ines Valdar <ivaldar@fernhillpeds.example>
        Sent: Tuesday, November 3, 2026 9:12 AM
        To: Intake <intake@otclinic.example>
        Subject: OT referral - Pim Osei

        I'd like to refer Pim Osei (DOB 02/14/2022) for an OT evaluation: fisted grasp, cannot manage buttons.

        Ines Valdar, MD
        Fernhill Pediatrics
        Office (555) 613-2000 | Fax (555) 613-2001
        """;

    [Theory]
    [InlineData("Attached is Dr. Valdar's signed referral for Pim. Mom's new cell is 555-613-7788.")]
    [InlineData("Sending the signed form Ines Valdar mentioned below.")]
    public void Detect_ColleagueReplyingAboveTheProvider_KeepsTheProviderAsReferrer(string note)
    {
        var body = $"Hi,\n\n{note}\n\nThanks!\nRoz Pell, RN\nFernhill Pediatrics\n(555) 613-2000 ext 31\n\n{ProviderReferral}";

        var detection = _detector.Detect(Message("RE: OT referral - Pim Osei", body, "rpell@fernhillpeds.example", "Roz Pell", [Pdf("signed.pdf")], inReplyTo: "a1@fernhillpeds.example"));

        Assert.Equal("Ines Valdar, MD", detection.Referrer.Name);
        Assert.Equal("ivaldar@fernhillpeds.example", detection.Referrer.Email);
        Assert.Equal("(555) 613-2000", detection.Referrer.Phone);
    }

    [Fact]
    public void Detect_ColleagueWhoNamesNoProvider_StaysTheWriter()
    {
        var body = $"Hi,\n\nPim's mom asked us to pass on her new cell: 555-613-7788.\n\nThanks!\nRoz Pell, RN\nFernhill Pediatrics\n(555) 613-2000 ext 31\n\n{ProviderReferral}";

        var detection = _detector.Detect(Message("RE: OT referral - Pim Osei", body, "rpell@fernhillpeds.example", "Roz Pell", inReplyTo: "a1@fernhillpeds.example"));

        Assert.Equal("rpell@fernhillpeds.example", detection.Referrer.Email);
    }

    [Fact]
    public void Detect_CoordinatorSendingTheProvidersRxDeepInTheThread_KeepsTheProviderAsReferrer()
    {
        const string body = """
            Hi Jess,

            Here's the signed Rx from Tomas for Ada. Let me know if you need the op note too.

            Thanks,
            Lou Barrow
            Referral Coordinator | Quarry Orthopedic and Hand Group
            P: 555-283-9100 x240

            -----Original Message-----
            From: Front Desk <frontdesk@otclinic.example>
            Sent: Tuesday, March 17, 2026 8:14 AM
            To: Lou Barrow <lbarrow@quarryortho.example>
            Subject: RE: Fwd: OT for Ada Vine

            Hi Lou, could you send a signed prescription for Ms. Vine? Her insurance requires it.

            ---------- Forwarded message ---------
            From: Tomas Reyl <treyl@quarryortho.example>
            Date: Mon, Mar 16, 2026 at 1:47 PM
            Subject: OT for Ada Vine
            To: Lou Barrow <lbarrow@quarryortho.example>

            Lou, can you send to the OT clinic for hand therapy: Ada Vine, DOB 11-2-58, Colles fracture, cast off today.

            Tomas Reyl, PA-C | Quarry Orthopedic and Hand Group | Ph 555-283-9100 | Fx 555-283-9101
            """;

        var detection = _detector.Detect(Message("RE: Fwd: OT for Ada Vine", body, "lbarrow@quarryortho.example", "Lou Barrow", [Pdf("Vine_Rx_signed.pdf")], inReplyTo: "ack@otclinic.example"));

        Assert.Equal("Tomas Reyl, PA-C", detection.Referrer.Name);
        Assert.Equal("treyl@quarryortho.example", detection.Referrer.Email);
        Assert.Equal("555-283-9100", detection.Referrer.Phone);
    }

    [Fact]
    public void Detect_ForwardedThroughANurseWhoAddsThePatient_ReadsTheProviderTheFrontDeskNames()
    {
        const string body = """
            Hello, please see referral below from Dr. Lindholm. Let us know if you need anything else.
            Kayla
            Front Desk
            Alder Ridge Orthopedics | 1400 Birch Pkwy Ste 200
            Main (555) 482-6000 | Fax (555) 482-6010

            ---------- Forwarded message ---------
            From: Jo Amato, LPN <jamato@alderridgeortho.example>
            Date: Tue, Mar 10, 2026 at 9:48 AM
            Subject: Fwd: OT referral - CTR
            To: Front Desk <frontdesk@alderridgeortho.example>

            Can you send this one to the OT clinic? Pt info:
            Pat Quinlan  DOB 9-30-1966
            ph 555-298-7713
            Anthem Blue Cross PPO
            Thanks! Jo

            ---------- Forwarded message ---------
            From: Erik Lindholm, MD <elindholm@alderridgeortho.example>
            Date: Mon, Mar 9, 2026 at 5:02 PM
            Subject: OT referral - CTR
            To: Jo Amato <jamato@alderridgeortho.example>

            Jo - pls send OT referral for Pat Quinlan. L CTR 2 wks ago, still numb.
            """;

        var detection = _detector.Detect(Message("Fwd: Fwd: OT referral - CTR", body, "frontdesk@alderridgeortho.example", "Alder Ridge Ortho Front Desk"));

        Assert.Equal("Erik Lindholm, MD", detection.Referrer.Name);
        Assert.Equal("elindholm@alderridgeortho.example", detection.Referrer.Email);
        Assert.Equal(new DateOnly(1966, 9, 30), detection.Patient.DateOfBirth);
    }

    [Fact]
    public void Detect_AnAssistantNamingTheDoctorBySurname_RecordsTheDoctor()
    {
        const string body = "Hello,\n\nDr. Hadley would like OT for his patient Gloria Espin, 68, L MCA stroke 1/29, R hand weakness and trouble with dressing. Order to follow once he signs.\n\nThank you!\nBrianna, MA\nRiverside Neurology Associates  555-447-1200";

        var detection = _detector.Detect(Message("referral for OT - stroke pt", body, "bcole@riversideneuro.example", "Brianna Cole"));

        Assert.Equal("Dr. Hadley", detection.Referrer.Name);
        Assert.Equal("Riverside Neurology Associates", detection.Referrer.Organization);
        Assert.Equal(ReferrerRole.Neurologist, detection.Referrer.Role);
        Assert.Equal("555-447-1200", detection.Referrer.Phone);
    }

    [Fact]
    public void Detect_ForwardedTwiceThroughACoordinatorWithALongSignature_ReadsTheProvider()
    {
        const string body = """
            New hand referral, forwarded from their coordinator.

            ---------- Forwarded message ---------
            From: Lou Barrow <lbarrow@quarryortho.example>
            Date: Mon, Mar 16, 2026 at 4:02 PM
            Subject: Fwd: OT for Ada Vine
            To: <frontdesk@otclinic.example>

            Hi - please see below from Tomas. Let me know if you need anything else from our side.

            Lou Barrow
            Referral Coordinator | Quarry Orthopedic and Hand Group

            ---------- Forwarded message ---------
            From: Tomas Reyl <treyl@quarryortho.example>
            Date: Mon, Mar 16, 2026 at 1:47 PM
            Subject: OT for Ada Vine
            To: Lou Barrow <lbarrow@quarryortho.example>

            Lou, can you send to the OT clinic for hand therapy:

            Ada Vine, DOB 11-2-58
            Colles fracture, cast off today. Stiff wrist, weak grip. Eval and treat.

            Tomas Reyl, PA-C | Quarry Orthopedic and Hand Group | Ph 555-283-9100 | Fx 555-283-9101
            """;

        var detection = _detector.Detect(Message("Fwd: Fwd: OT for Ada Vine", body, "frontdesk@otclinic.example", "Front Desk"));

        Assert.Equal("Tomas Reyl, PA-C", detection.Referrer.Name);
        Assert.Equal("treyl@quarryortho.example", detection.Referrer.Email);
        Assert.Equal(ReferrerRole.Physician, detection.Referrer.Role);
        Assert.Equal("555-283-9100", detection.Referrer.Phone);
    }
}
