using MimeKit;
using OutreachBot.Clinic;
using OutreachBot.Clinic.Partners;
using OutreachBot.Clinic.Staff;
using OutreachBot.Host.Outreach;

namespace OutreachBot.Host.Tests.Outreach;

/// <summary>Outreach email through the local outbox: once per key, one recipient, bounced addresses skipped, history and stage.</summary>
public sealed class PartnerEmailsTests
{
    private static readonly StaffMember Ana = new("aad-ana", "Ana Whitfield");

    [Fact]
    public async Task ReachOut_SendsOneEmailWithTheSheetAndPacket_RecordsMaterialsSentWithTheMessageId_AndAdvancesTheStage()
    {
        var partners = new InMemoryPartnerDirectory(TestPartners.School());
        using var services = new OutreachServices(partners);

        var result = await services.Emails.SendAsync(new PartnerEmailRequest("p-maplewood", OutreachEmailPurpose.ReachOut, "plan:2026-08:p-maplewood", Ana), CancellationToken.None);

        Assert.Equal(PartnerEmailOutcome.Sent, result.Outcome);
        var message = await MimeMessage.LoadAsync(Assert.Single(services.SentFiles));
        Assert.Equal("jpike@maplewood.k12.example", Assert.Single(message.To.Mailboxes).Address);
        Assert.Equal("How to refer to Harborlight OT: school-based occupational therapy", message.Subject);
        Assert.Equal(["harborlight-ot-school-sheet.html", "harborlight-ot-school-intake-packet.html"], message.Attachments.Select(a => a.ContentDisposition!.FileName));
        Assert.Contains("Ana Whitfield", message.TextBody!, StringComparison.Ordinal);
        Assert.Equal("<" + message.MessageId + ">", result.MessageId);

        var activity = Assert.Single(partners.History);
        Assert.Equal((PartnerActivityKind.MaterialsSent, "aad-ana", result.MessageId), (activity.Kind, activity.By, activity.ThreadKey));
        Assert.Equal(OutreachStage.MaterialsSent, partners["p-maplewood"].Stage);
        Assert.Equal(services.Time.GetUtcNow(), partners["p-maplewood"].LastContactAt);
    }

    [Fact]
    public async Task TheSameEmailAskedTwice_IsSentOnce_AndRecordedOnce()
    {
        var partners = new InMemoryPartnerDirectory(TestPartners.School());
        using var services = new OutreachServices(partners);
        var request = new PartnerEmailRequest("p-maplewood", OutreachEmailPurpose.FollowUp, "plan:2026-08:p-maplewood:FollowUp", Ana);

        var first = await services.Emails.SendAsync(request, CancellationToken.None);
        services.Time.Advance(TimeSpan.FromMinutes(5));
        var second = await services.Emails.SendAsync(request, CancellationToken.None);

        Assert.Equal((PartnerEmailOutcome.Sent, PartnerEmailOutcome.AlreadyDone), (first.Outcome, second.Outcome));
        Assert.Equal(first.MessageId, second.MessageId);
        Assert.Single(services.SentFiles);
        Assert.Single(partners.History);
    }

    [Fact]
    public async Task ABouncedAddress_IsSkipped_ForTheNextPerson_AndWhenAllBounced_NothingIsSent()
    {
        var ortho = TestPartners.Ortho();
        var allBounced = ortho with { Id = "p-bounced", People = [.. ortho.People.Select(p => p with { EmailBounced = true })] };
        var partners = new InMemoryPartnerDirectory(ortho, allBounced);
        using var services = new OutreachServices(partners);

        var sent = await services.Emails.SendAsync(new PartnerEmailRequest("p-northfield", OutreachEmailPurpose.Update, "update:2026-08:p-northfield", null), CancellationToken.None);
        var none = await services.Emails.SendAsync(new PartnerEmailRequest("p-bounced", OutreachEmailPurpose.Update, "update:2026-08:p-bounced", null), CancellationToken.None);

        Assert.Equal(("kosei@northfieldortho.example", PartnerEmailOutcome.NoAddress), (sent.To, none.Outcome));
        var message = await MimeMessage.LoadAsync(Assert.Single(services.SentFiles));
        Assert.Equal(["kosei@northfieldortho.example"], message.To.Mailboxes.Select(m => m.Address));
        Assert.Empty(message.Cc);
        Assert.Empty(message.Attachments);
        Assert.Equal(PartnerActivityKind.UpdateSent, Assert.Single(partners.History).Kind);
    }

    [Fact]
    public async Task DraftForReview_LeavesAnUnsentDraft_AndRecordsOnlyAContact()
    {
        var partners = new InMemoryPartnerDirectory(TestPartners.School());
        using var services = new OutreachServices(partners, new OutreachOptions { DraftForReview = true });

        var result = await services.Emails.SendAsync(new PartnerEmailRequest("p-maplewood", OutreachEmailPurpose.ReachOut, "k-1", Ana, Pathway.Pediatric), CancellationToken.None);

        Assert.Equal(PartnerEmailOutcome.Drafted, result.Outcome);
        var message = await MimeMessage.LoadAsync(Assert.Single(services.SentFiles));
        Assert.Equal("1", message.Headers["X-Unsent"]);
        Assert.Contains(message.Attachments, a => a.ContentDisposition!.FileName == "harborlight-ot-pediatric-sheet.html");
        Assert.Equal(PartnerActivityKind.Contacted, Assert.Single(partners.History).Kind);
        Assert.Equal(OutreachStage.Contacted, partners["p-maplewood"].Stage);
    }
}
