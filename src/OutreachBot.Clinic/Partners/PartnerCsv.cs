using System.Text;

namespace OutreachBot.Clinic.Partners;

/// <summary>
/// Reads a partner list in CSV (RFC 4180: quoted fields may hold commas, quotes doubled, and line breaks; a UTF-8 BOM is
/// ignored). The header names the columns, in any order and case: organization (required), setting, pathways
/// (separated by ";" or "|"), contact_name, contact_role, email, phone, preferred_channel. Each bad row is reported
/// with its line number and why; the good rows are read all the same.
/// </summary>
public static class PartnerCsv
{
    public const int MaxRows = 2000;

    private static readonly Dictionary<string, string> Columns = new(StringComparer.Ordinal)
    {
        ["organization"] = "organization", ["organisation"] = "organization", ["org"] = "organization", ["name"] = "organization",
        ["setting"] = "setting",
        ["pathways"] = "pathways", ["pathway"] = "pathways",
        ["contactname"] = "contact_name", ["contact"] = "contact_name",
        ["contactrole"] = "contact_role", ["role"] = "contact_role",
        ["email"] = "email", ["contactemail"] = "email",
        ["phone"] = "phone", ["contactphone"] = "phone",
        ["preferredchannel"] = "preferred_channel", ["channel"] = "preferred_channel",
    };

    public static PartnerCsvResult Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var records = Records(text.TrimStart('\uFEFF')).Where(r => !r.Fields.All(string.IsNullOrWhiteSpace) || r.Problem is not null).ToList();
        if (records.Count == 0)
        {
            return new PartnerCsvResult([], [], "The CSV is empty: the first line must name the columns (organization, setting, pathways, contact_name, contact_role, email, phone, preferred_channel).");
        }

        var header = records[0].Fields.Select(f => Columns.GetValueOrDefault(new string(f.ToLowerInvariant().Where(char.IsAsciiLetter).ToArray()))).ToList();
        if (!header.Contains("organization"))
        {
            return new PartnerCsvResult([], [], "The first line must name the columns, with an organization column (then any of setting, pathways, contact_name, contact_role, email, phone, preferred_channel).");
        }

        var rows = new List<PartnerCsvRow>();
        var problems = new List<PartnerCsvProblem>();
        foreach (var record in records.Skip(1).Take(MaxRows))
        {
            if (record.Problem is not null)
            {
                problems.Add(new PartnerCsvProblem(record.Line, record.Problem));
            }
            else if (record.Fields.Count > header.Count && record.Fields.Skip(header.Count).Any(f => f.Trim().Length > 0))
            {
                problems.Add(new PartnerCsvProblem(record.Line, $"{record.Fields.Count} fields, but the header names {header.Count} columns (a comma in an unquoted field?)"));
            }
            else
            {
                var values = header.Select((column, i) => (column, value: i < record.Fields.Count ? record.Fields[i].Trim() : string.Empty))
                    .Where(c => c.column is not null).GroupBy(c => c.column!).ToDictionary(g => g.Key, g => g.First().value);
                var (row, problem) = PartnerCsvFields.Row(record.Line, values);
                if (row is not null)
                {
                    rows.Add(row);
                }
                else
                {
                    problems.Add(new PartnerCsvProblem(record.Line, problem!));
                }
            }
        }

        if (records.Count - 1 > MaxRows)
        {
            problems.Add(new PartnerCsvProblem(records[MaxRows + 1].Line, $"Only {MaxRows} rows are read at once; import the rest separately."));
        }

        return new PartnerCsvResult(rows, problems);
    }

    private static IEnumerable<(int Line, List<string> Fields, string? Problem)> Records(string text)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var start = 1;
        var quoted = false;
        var wasQuoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    if (c == '\n') { line++; }
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0 && !wasQuoted:
                    quoted = wasQuoted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    wasQuoted = false;
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    yield return (start, fields, null);
                    fields = [];
                    field.Clear();
                    wasQuoted = false;
                    start = ++line;
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }

        if (quoted)
        {
            yield return (start, [], "a quoted field is not closed (a missing \")");
        }
        else if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            yield return (start, fields, null);
        }
    }
}
