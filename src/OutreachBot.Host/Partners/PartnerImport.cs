using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using OutreachBot.Clinic.Partners;
using OutreachBot.Protocol.Activities;

namespace OutreachBot.Host.Partners;

/// <summary>
/// <c>partner import</c>: a pasted CSV (or a CSV file shared in the chat, see <see cref="PartnerImportFiles"/>) read
/// row by row into the directory. Rows are matched as referrers are (name variants, work domain, phone), so importing
/// the same list again adds nobody twice. Bad rows are reported by line number; the rest are imported.
/// </summary>
public sealed partial class PartnerImport(PartnerDirectory directory, PartnerImportFiles files, ILogger<PartnerImport> logger)
{
    public const string Usage = "Paste the CSV after **partner import** (a new line after it is fine), or attach a .csv file with the message. " +
        "Columns: organization (required), setting, pathways (separated by ;), contact_name, contact_role, email, phone, preferred_channel.";

    private const int ProblemsListed = 20;

    public async Task<string> ImportAsync(string pasted, IList<Attachment>? attachments, string by, CancellationToken cancellationToken)
    {
        var text = pasted;
        if (text.Trim().Length == 0)
        {
            var file = await files.ReadCsvAsync(attachments, cancellationToken);
            if (file.Problem is not null)
            {
                return file.Problem;
            }

            text = file.Text ?? string.Empty;
        }

        if (text.Trim().Length == 0)
        {
            return Usage;
        }

        var csv = PartnerCsv.Read(Unfence(text));
        if (csv.FileProblem is not null)
        {
            return csv.FileProblem;
        }

        var (added, matched) = (0, 0);
        foreach (var row in csv.Rows)
        {
            var (partner, isNew) = await directory.MatchOrAddReportingAsync(row.Organization, row.Contact, row.Setting ?? PartnerSetting.Other, by, cancellationToken);
            await directory.ChangeAsync(partner.Id, p => p with
            {
                Setting = row.Setting ?? p.Setting,
                Pathways = p.Pathways.Union(row.Pathways).Count() == p.Pathways.Count ? p.Pathways : [.. p.Pathways.Union(row.Pathways)],
                PreferredChannel = row.Channel ?? p.PreferredChannel,
            }, cancellationToken);
            (added, matched) = isNew ? (added + 1, matched) : (added, matched + 1);
        }

        LogImported(logger, csv.Rows.Count, added, csv.Problems.Count);
        return Report(csv, added, matched);
    }

    private static string Report(PartnerCsvResult csv, int added, int matched)
    {
        var report = new StringBuilder();
        report.Append(CultureInfo.InvariantCulture, $"Imported {csv.Rows.Count} row(s): {added} new partner(s), {matched} matched to partners already known.");
        if (csv.Problems.Count > 0)
        {
            report.Append(CultureInfo.InvariantCulture, $"\n\n{csv.Problems.Count} row(s) not imported:");
            foreach (var problem in csv.Problems.Take(ProblemsListed))
            {
                report.Append(CultureInfo.InvariantCulture, $"\n- line {problem.Line}: {problem.Reason}");
            }

            if (csv.Problems.Count > ProblemsListed)
            {
                report.Append(CultureInfo.InvariantCulture, $"\n- and {csv.Problems.Count - ProblemsListed} more");
            }
        }

        return report.ToString();
    }

    /// <summary>
    /// What follows "partner import" in a message as sent: Teams may send HTML (paragraphs, line breaks, entities),
    /// turned back into lines here.
    /// </summary>
    public static string PastedCsv(string messageText)
    {
        ArgumentNullException.ThrowIfNull(messageText);
        var text = messageText;
        if (Regex.IsMatch(text, "<(p|br|div)[\\s/>]", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)))
        {
            text = Regex.Replace(text, "<br\\s*/?>|</p>|</div>", "\n", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
            text = WebUtility.HtmlDecode(Regex.Replace(text, "<[^>]+>", string.Empty, RegexOptions.None, TimeSpan.FromSeconds(1)));
        }

        var match = Regex.Match(text, "partner\\s+import:?[ \\t]*", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
        return match.Success ? text[(match.Index + match.Length)..].TrimStart('\r', '\n') : string.Empty;
    }

    /// <summary>A CSV pasted in a Teams code block arrives between ``` fences; the lines inside are the file.</summary>
    private static string Unfence(string text)
    {
        var trimmed = text.Trim();
        if (!trimmed.StartsWith("```", StringComparison.Ordinal))
        {
            return text.TrimStart('\r', '\n');
        }

        var firstBreak = trimmed.IndexOf('\n', StringComparison.Ordinal);
        var body = firstBreak < 0 ? string.Empty : trimmed[(firstBreak + 1)..];
        return body.EndsWith("```", StringComparison.Ordinal) ? body[..^3] : body;
    }

    [LoggerMessage(EventId = 8121, Level = LogLevel.Information, Message = "Partner import: {Rows} rows read, {Added} partners added, {Bad} bad rows")]
    private static partial void LogImported(ILogger logger, int rows, int added, int bad);
}
