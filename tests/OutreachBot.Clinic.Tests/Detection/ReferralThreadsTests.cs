using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

public class ReferralThreadsTests
{
    private const string Original =
        """
        Hello, I'm referring Ivy Cole (DOB 5/5/1970) for hand therapy after ORIF of a left distal radius fracture (S52.532A).
        Please call her at (555) 410-7788. Order attached.

        Thanks,
        Reed Lam, MD
        Northgate Orthopedics
        """;

    private readonly ReferralDetector _detector = new();

    [Fact]
    public void Link_WhenAReplyAddsDocuments_TiesTheUpdateToTheReferralByInReplyTo()
    {
        var first = Message("OT referral - Ivy Cole", Original, "rlam@northgateortho.example", "Reed Lam", [Pdf("Cole_order.pdf")]);
        var reply = Message("RE: OT referral - Ivy Cole", "Attached is the op note for Ivy.\n\n" + Quote(Original), "rlam@northgateortho.example", "Reed Lam", [Pdf("Cole_op_note.pdf")], inReplyTo: first.MessageId);

        var linked = ReferralThreads.Link([(first, _detector.Detect(first)), (reply, _detector.Detect(reply))]);

        Assert.Equal(MessageKind.ReferralUpdate, linked[1].Kind);
        Assert.Equal(first.MessageId, linked[1].ThreadOf);
        Assert.Equal(linked[0].Pathway, linked[1].Pathway);
        Assert.Null(linked[0].ThreadOf);
    }

    [Fact]
    public void Link_WhenHeadersAreMissing_FallsBackToSubjectAndSender()
    {
        var first = Message("OT referral - Ivy Cole", Original, "rlam@northgateortho.example", "Reed Lam", [Pdf("Cole_order.pdf")]);
        var reply = Message("RE: OT referral - Ivy Cole", "Correction: her DOB is 5/6/1970.\n\n" + Quote(Original), "office@northgateortho.example", "Northgate Office") with { References = ["unknown@elsewhere.example"], InReplyTo = "unknown@elsewhere.example" };

        var linked = ReferralThreads.Link([(first, _detector.Detect(first)), (reply, _detector.Detect(reply))]);

        Assert.Equal(first.MessageId, linked[1].ThreadOf);
    }

    [Fact]
    public void Link_WhenTheOfficeForwardsTheProvidersReferralWithTheOrder_TiesTheForwardAsAnUpdate()
    {
        var first = Message("OT", "Pls eval & treat Ivy Cole 5/5/70, s/p ORIF L distal radius, S52.532A. Her cell (555) 410-7788.\n\nReed Lam, MD", "rlam@northgateortho.example", "Reed Lam MD");
        var forward = Message(
            "Fwd: OT",
            "Attached is Dr. Lam's signed order for Ivy Cole, to go with his email.\n\nNorthgate front desk\n\n"
            + "---------- Forwarded message ---------\nFrom: Reed Lam MD <rlam@northgateortho.example>\nDate: Mon, Nov 9, 2026 at 6:44 PM\nSubject: OT\nTo: OT Referrals <referrals@ourclinic.example>\n\n"
            + "Pls eval & treat Ivy Cole 5/5/70, s/p ORIF L distal radius, S52.532A. Her cell (555) 410-7788.\n\nReed Lam, MD",
            "frontdesk@northgateortho.example",
            "Northgate Orthopedics",
            [Pdf("Rx_Cole.pdf")]);

        var linked = ReferralThreads.Link([(first, _detector.Detect(first)), (forward, _detector.Detect(forward))]);

        Assert.True(_detector.Detect(forward).IsNewReferral);
        Assert.Equal(MessageKind.ReferralUpdate, linked[1].Kind);
        Assert.Equal(first.MessageId, linked[1].ThreadOf);
        Assert.True(linked[0].IsNewReferral);
    }

    [Fact]
    public void Link_WhenAForwardOnTheSameSubjectNamesAnotherPatient_KeepsItANewReferral()
    {
        var first = Message("OT referral", "Please evaluate and treat Ivy Cole (DOB 5/5/1970), s/p ORIF L distal radius, S52.532A.\n\nReed Lam, MD", "rlam@northgateortho.example", "Reed Lam");
        var second = Message("Fwd: OT referral", "Please evaluate and treat Omar Haddad (DOB 2/2/1961), trigger finger release R ring finger, M65.341.\n\nReed Lam, MD", "rlam@northgateortho.example", "Reed Lam");

        var linked = ReferralThreads.Link([(first, _detector.Detect(first)), (second, _detector.Detect(second))]);

        Assert.Equal(MessageKind.Referral, linked[1].Kind);
        Assert.Null(linked[1].ThreadOf);
    }

    [Fact]
    public void Link_WhenAnOfficeForwardsACorrectionForAReferralThatCameByFax_TiesItByPatientAndBirthDate()
    {
        const string Form = "RIVERTON NEUROLOGY - THERAPY REFERRAL\nPatient: FARROW, NELL A    DOB: 03/09/1958\nDiagnosis: I69.351 hemiplegia after stroke\nRequest: OT evaluate and treat\nReferring provider: Ada Kline, MD";
        var fax = Message("Inbound fax from 5556104420 (2 pages)", "You have received a new fax.\nPages: 2\n\nThis message was generated automatically by the fax server.", "fax-noreply@faxrelay.example", "Fax Server",
            [new MessageAttachment("fax_5556104420.pdf", "application/pdf", 1500, Form)]);
        var forward = Message(
            "FW: OT referral - Nell Farrow",
            "Please see Dr. Kline's correction below for the referral we faxed yesterday.\n\nMona Vick\nReferral Coordinator, Riverton Neurology\n\n"
            + "From: Kline, Ada <akline@rivertonneuro.example>\nSent: Tuesday, November 10, 2026 8:12 AM\nTo: Referrals <referrals@rivertonneuro.example>\nSubject: OT referral - Nell Farrow\n\n"
            + "Mona, the OT referral for Nell Farrow (DOB 3/9/1958) went out with the wrong side: her deficits are on the left. Correct code is I69.352. Please forward.\n\nAda Kline, MD",
            "referrals@rivertonneuro.example",
            "Riverton Neurology Referrals") with { ReceivedAt = November2026.AddDays(1) };

        var linked = ReferralThreads.Link([(fax, _detector.Detect(fax)), (forward, _detector.Detect(forward))]);

        Assert.Equal("nell farrow", ThreadKeys.Patient(linked[0]));
        Assert.Equal(MessageKind.ReferralUpdate, linked[1].Kind);
        Assert.Equal(fax.MessageId, linked[1].ThreadOf);
    }

    private static string Quote(string text) =>
        "On Tue, Nov 10, 2026 at 9:30 AM Reed Lam wrote:\n" + string.Join('\n', text.Split('\n').Select(l => "> " + l));
}
