namespace OutreachBot.Mime.Tests;

/// <summary>
/// HTML bodies as Gmail, Outlook and signature templates write them: each signature line must stay one line, with no
/// blank lines between, or the detector cannot tell the signature block from the letter.
/// </summary>
public class HtmlSignatureLayoutTests
{
    private const string Signature = "Dana Whitfield, MD\nLakeside Orthopedics\nPhone: (555) 201-3344\nFax: (555) 201-3345";

    [Fact]
    public void Read_WhenBreaksAreFollowedBySourceNewlines_KeepsOneLineEach()
    {
        var body = Html("<p>Thanks,</p>\r\n<p>Dana Whitfield, MD<br>\r\nLakeside Orthopedics<br>\r\nPhone: (555) 201-3344<br>\r\nFax: (555) 201-3345</p>");

        Assert.Contains(Signature, body, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WhenOutlookWritesEachLineAsMsoNormalParagraph_KeepsOneLineEach()
    {
        var body = Html(
            "<p class=MsoNormal>Thanks,<o:p></o:p></p>\r\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\r\n" +
            "<p class=MsoNormal>Dana Whitfield, MD<o:p></o:p></p>\r\n<p class=MsoNormal>Lakeside Orthopedics<o:p></o:p></p>\r\n" +
            "<p class=\"MsoNormal\">Phone: (555) 201-3344<o:p></o:p></p>\r\n<p class=MsoNormal>Fax: (555) 201-3345<o:p></o:p></p>");

        Assert.Contains("Thanks,\n\n" + Signature, body, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WhenSignatureIsATableOfOneCellRows_KeepsOneLineEach()
    {
        var body = Html(
            "<div>Thanks,</div><table><tr><td>Dana Whitfield, MD</td></tr>\r\n<tr><td>Lakeside Orthopedics</td></tr>\r\n" +
            "<tr><td>Phone: (555) 201-3344</td></tr><tr><td>Fax: (555) 201-3345</td></tr></table><p>Sent from the clinic</p>");

        Assert.Contains(Signature + "\n", body, StringComparison.Ordinal);
        Assert.Contains("Sent from the clinic", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WhenSignatureIsALogoCellBesideACellOfParagraphs_KeepsEachParagraphALine()
    {
        var body = Html(
            "<p class=MsoNormal>Warmly,<o:p></o:p></p><table class=MsoNormalTable><tbody><tr>" +
            "<td width=84><p class=MsoNormal><img src=\"cid:logo\" alt=\"logo\"><o:p></o:p></p></td>\r\n<td valign=top>" +
            "<p class=MsoNormal><b><span style='color:#2F5496'>Dana Whitfield, MD</span></b><o:p></o:p></p>\r\n" +
            "<p class=MsoNormal><span>Lakeside Orthopedics</span><o:p></o:p></p>\r\n" +
            "<p class=MsoNormal><span>Phone: (555) 201-3344</span><o:p></o:p></p>\r\n" +
            "<p class=MsoNormal><span>Fax: (555) 201-3345</span><o:p></o:p></p></td></tr></tbody></table>");

        Assert.Contains("Warmly,\n\n" + Signature, body, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WhenSourceWrapsALongParagraph_JoinsItWithASpace()
    {
        var body = Html("<p>I am referring Marcus Bell for an OT evaluation after\r\na distal radius fracture.</p>");

        Assert.Contains("evaluation after a distal radius fracture.", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WhenTextIsPreformatted_KeepsItsLines()
    {
        var body = Html("<pre>Patient: Marcus Bell\nDOB: 04/12/1968</pre>");

        Assert.Contains("Patient: Marcus Bell\nDOB: 04/12/1968", body, StringComparison.Ordinal);
    }

    private static string Html(string inner) => Fixtures.Read(
        "From: Dana Whitfield <dwhitfield@lakesideortho.example>\r\nSubject: OT referral\r\nMessage-ID: <html-layout@test.example>\r\n" +
        "MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body>" + inner + "</body></html>\r\n").BodyText;
}
