using System.IO.Compression;
using System.Text;
using OutreachBot.Clinic.Detection;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace OutreachBot.Mime.Tests;

/// <summary>Messages and attachments made in code: fictional people, .example domains, 555 numbers.</summary>
internal static class Fixtures
{
    public static readonly DateTimeOffset Fallback = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    public const string Headers =
        "From: Nora Quill, MD <nquill@birchwoodortho.example>\r\nTo: referrals@harborlightot.example\r\n" +
        "Subject: OT referral\r\nDate: Tue, 10 Nov 2026 09:30:00 -0500\r\nMessage-ID: <fixture@birchwoodortho.example>\r\nMIME-Version: 1.0\r\n";

    public static IncomingMessage Read(string eml) => Read(Encoding.UTF8.GetBytes(eml));

    public static IncomingMessage Read(byte[] eml)
    {
        using var stream = new MemoryStream(eml);
        return EmlMessageReader.Read(stream, Fallback, CancellationToken.None);
    }

    public static string WithAttachment(string body, string fileName, string contentType, byte[] content) =>
        Headers + "Content-Type: multipart/mixed; boundary=\"outer\"\r\n\r\n" +
        "--outer\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body + "\r\n" +
        $"--outer\r\nContent-Type: {contentType}; name=\"{fileName}\"\r\nContent-Disposition: attachment; filename=\"{fileName}\"\r\n" +
        "Content-Transfer-Encoding: base64\r\n\r\n" + Convert.ToBase64String(content, Base64FormattingOptions.InsertLineBreaks) + "\r\n--outer--\r\n";

    /// <summary>A one-page PDF with a real text layer, one line per string.</summary>
    public static byte[] TextPdf(params string[] lines)
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.Letter);
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (var i = 0; i < lines.Length; i++)
        {
            page.AddText(lines[i], 11, new PdfPoint(40, 740 - (i * 16)), font);
        }

        return builder.Build();
    }

    /// <summary>A PDF whose trailer names an encryption dictionary it cannot satisfy.</summary>
    public static byte[] EncryptedPdf() => Encoding.ASCII.GetBytes(
        "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n" +
        "3 0 obj\n<< /Filter /Standard /V 5 /R 6 /Length 256 /O <00> /U <00> /OE <00> /UE <00> /P -4 >>\nendobj\n" +
        "trailer\n<< /Root 1 0 R /Encrypt 3 0 R /ID [<01> <01>] /Size 4 >>\n%%EOF\n");

    /// <summary>A small zip whose single entry inflates to many megabytes of zeros.</summary>
    public static byte[] ZipBomb(int inflatedMegabytes)
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = archive.CreateEntry("records.txt", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < inflatedMegabytes; i++)
            {
                entry.Write(zeros);
            }
        }

        return zip.ToArray();
    }
}
