namespace OutreachBot.Mime.Tests;

public class PlainTextWrapTests
{
    private const string Wrapped =
        "Hello Harbor Light team,\r\n\r\n" +
        "I am writing to refer my patient Tobias Wren for an occupational therapy\r\n" +
        "evaluation after his stroke last month. He is having trouble with\r\n" +
        "dressing and meal preparation at home, and his insurance is Humana Gold\r\n" +
        "Plus HMO through his retirement plan; his daughter can be reached at\r\n" +
        "(555) 610-4402 and prefers a phone call in the afternoon.\r\n\r\n" +
        "Patient: Tobias Wren\r\n" +
        "DOB: 02/14/1951\r\n\r\n" +
        "> On Monday you wrote that the waiting list for neuro evaluations is\r\n" +
        "> about two weeks, which is fine for this family, they said.\r\n\r\n" +
        "Thanks,\r\nNora Quill, MD\r\n";

    [Fact]
    public void Read_WhenPlainTextIsHardWrapped_RejoinsTheWrappedLinesOfEachParagraph()
    {
        var body = Fixtures.Read(Fixtures.Headers + "Content-Type: text/plain; charset=utf-8\r\n\r\n" + Wrapped).BodyText;

        Assert.Contains("his insurance is Humana Gold Plus HMO through his retirement plan;", body, StringComparison.Ordinal);
        Assert.Contains("occupational therapy evaluation after his stroke", body, StringComparison.Ordinal);
        Assert.Contains("\n> On Monday you wrote that the waiting list for neuro evaluations is about two weeks,", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WhenPlainTextIsHardWrapped_KeepsFormLinesQuoteLevelsAndSignOffApart()
    {
        var lines = Fixtures.Read(Fixtures.Headers + "Content-Type: text/plain; charset=utf-8\r\n\r\n" + Wrapped).BodyText.Split('\n');

        Assert.Contains("Patient: Tobias Wren", lines);
        Assert.Contains("DOB: 02/14/1951", lines);
        Assert.Contains("Thanks,", lines);
        Assert.Contains("Nora Quill, MD", lines);
        Assert.Single(lines, l => l.StartsWith("I am writing to refer", StringComparison.Ordinal) && l.EndsWith("in the afternoon.", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_WhenShortLinesAreMeantAsLines_LeavesThemAlone()
    {
        const string Form =
            "Please see the referral below for an OT evaluation of fine motor delay in a 4 year old.\r\n" +
            "Name: Ada Lune\r\nDOB 5/6/2021\r\nIns Aetna\r\nPhone (555) 201-9911\r\n";

        var body = Fixtures.Read(Fixtures.Headers + "Content-Type: text/plain; charset=utf-8\r\n\r\n" + Form).BodyText;

        Assert.Equal(Form.Replace("\r\n", "\n", StringComparison.Ordinal).Trim(), body);
    }

    [Fact]
    public void Read_WhenALongReplyLineSitsAboveAWrappedQuote_StillRejoinsTheQuote()
    {
        const string Reply =
            "Attached is Dr. Quill's signed prescription for Tobias Wren (photo of the Rx - our fax is down today, sorry about that).\r\n\r\n" +
            "From: Nora Quill <nquill@birchwoodortho.example>\r\n\r\n" +
            "I am referring Tobias Wren (DOB 2.11.74) who underwent a left cubital\r\n" +
            "tunnel release with anterior subcutaneous transposition of the ulnar\r\n" +
            "nerve on 11/02/2026. Diagnosis G56.22, lesion of ulnar nerve, left\r\n" +
            "upper limb.\r\n";

        var body = Fixtures.Read(Fixtures.Headers + "Content-Type: text/plain; charset=utf-8\r\n\r\n" + Reply).BodyText;

        Assert.Contains("who underwent a left cubital tunnel release with anterior subcutaneous transposition of the ulnar nerve on 11/02/2026.", body, StringComparison.Ordinal);
        Assert.Contains("(photo of the Rx - our fax is down today, sorry about that).\n\nFrom:", body, StringComparison.Ordinal);
    }
}
