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
