using System.Text;
using Microsoft.Graph.Models;
using OutreachBot.Host.Mailbox.Graph;
using OutreachBot.Mime;
using GraphMessage = Microsoft.Graph.Models.Message;

namespace OutreachBot.Host.Tests.Graph;

public sealed class GraphMessageBodyTests
{
    private static readonly DateTimeOffset Received = new(2026, 11, 24, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public void NeedsMime_IsFalseForAMessageWhoseFileAttachmentsCameWithThePage()
    {
        var message = NewMessage(hasAttachments: true, [File("signed_order.txt", "text/plain", "Signed order, page 2.")]);

        Assert.False(GraphMessageBody.NeedsMime(message));
    }

    [Fact]
    public void NeedsMime_IsFalseWithoutAttachments()
    {
        Assert.False(GraphMessageBody.NeedsMime(NewMessage(hasAttachments: false)));
        Assert.False(GraphMessageBody.NeedsMime(NewMessage(hasAttachments: false, attachments: [])));
    }

    [Fact]
    public void NeedsMime_IsTrueForAnAttachedEmailACloudAttachmentOrAttachmentsThePageDidNotExpand()
    {
        Assert.True(GraphMessageBody.NeedsMime(NewMessage(hasAttachments: true, [new ItemAttachment { Name = "Fwd referral" }])));
        Assert.True(GraphMessageBody.NeedsMime(NewMessage(hasAttachments: true, [new ReferenceAttachment { Name = "order.pdf" }])));
        Assert.True(GraphMessageBody.NeedsMime(NewMessage(hasAttachments: true, [new FileAttachment { Name = "order.pdf" }])));
        Assert.True(GraphMessageBody.NeedsMime(NewMessage(hasAttachments: true)));
        Assert.True(GraphMessageBody.NeedsMime(NewMessage(hasAttachments: true, attachments: [])));
        Assert.True(GraphMessageBody.NeedsMime(NewMessage(hasAttachments: null)));
    }

    [Fact]
    public void NeedsMime_IsTrueForARepliedOrForwardedMessage_WhoseThreadHeadersOnlyTheMimeCarries()
    {
        var reply = NewMessage(hasAttachments: false);
        reply.Subject = "RE: OT referral";

        Assert.True(GraphMessageBody.NeedsMime(reply));
    }

    [Fact]
    public void ToMime_WritesTheFileAttachmentsSoTheReaderSeesThemAsFetchedMimeWouldShowThem()
    {
        var message = NewMessage(hasAttachments: true,
        [
            File("signed_order.txt", "text/plain", "Signed order: OT evaluate and treat."),
            File("logo.png", "image/png", "not really a png", inline: true),
        ]);

        using var eml = GraphMessageBody.ToMime(message, Received, CancellationToken.None);
        var read = EmlMessageReader.Read(eml, Received, CancellationToken.None);

        var attachment = Assert.Single(read.Attachments);
        Assert.Equal(("signed_order.txt", "text/plain"), (attachment.FileName, attachment.ContentType));
        Assert.Equal("Signed order: OT evaluate and treat.", attachment.ExtractedText?.Trim());
        Assert.Contains("Please evaluate and treat", read.BodyText, StringComparison.Ordinal);
        Assert.Equal("referral-1@clinic.example", read.MessageId);
    }

    private static FileAttachment File(string name, string contentType, string text, bool inline = false) => new()
    {
        Name = name,
        ContentType = contentType,
        ContentBytes = Encoding.UTF8.GetBytes(text),
        IsInline = inline,
        ContentId = inline ? "logo@clinic.example" : null,
    };

    private static GraphMessage NewMessage(bool? hasAttachments, List<Attachment>? attachments = null) => new()
    {
        Id = "AAMk-1",
        InternetMessageId = "<referral-1@clinic.example>",
        Subject = "OT referral",
        ReceivedDateTime = Received,
        HasAttachments = hasAttachments,
        ConversationIndex = new byte[22],
        Body = new ItemBody { ContentType = BodyType.Text, Content = "Please evaluate and treat." },
        From = new Recipient { EmailAddress = new EmailAddress { Name = "Rosa Delgado", Address = "rdelgado@ortho.example" } },
        Attachments = attachments,
    };
}
