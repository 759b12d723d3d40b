using static OutreachBot.Clinic.Tests.Detection.Generated.GeneratedNames;
using static OutreachBot.Clinic.Tests.Detection.Generated.GeneratedPersonas;

namespace OutreachBot.Clinic.Tests.Detection.Generated;

/// <summary>Sign-offs and signature blocks of one to seven lines, in the orders people arrange them.</summary>
internal static class GeneratedSignatures
{
    private static readonly string[] SignOffs =
    [
        "Thanks,", "Thank you,", "Best,", "Best regards,", "Sincerely,", "Warmly,", "Kind regards,", "--", "Respectfully,",
        "Thanks so much,", "Regards,", "",
    ];

    private static readonly string[] Footers =
    [
        "This message and any attachments may contain confidential health information. If you are not the intended recipient, please notify the sender and delete it.",
        "CONFIDENTIALITY NOTICE: This e-mail is intended only for the addressee and may contain protected health information.",
    ];

    public static string SignOff(Random random) => Pick(random, SignOffs);

    /// <summary>The whole closing: a sign-off, sometimes a first name alone before the full block, sometimes a footer.</summary>
    public static string Closing(Random random, GeneratedPersona persona)
    {
        var block = string.Join('\n', Block(random, persona));
        var closing = random.Next(6) switch
        {
            0 => $"{SignOff(random)}\n{persona.First}\n\n{block}",
            1 => $"{SignOff(random)}\n\n--\n{block}",
            2 => block,
            _ => $"{SignOff(random)}\n{block}",
        };
        return random.Next(4) == 0 ? $"{closing}\n\n{Pick(random, Footers)}" : closing;
    }

    /// <summary>The name line, then the persona's other lines shuffled (a department stays just above its organization).</summary>
    public static IReadOnlyList<string> Block(Random random, GeneratedPersona persona)
    {
        if (random.Next(8) == 0)
        {
            // One line, as many mail clients' signature templates write it.
            var parts = new[] { persona.WrittenName, persona.Role == ReferrerRole.CaseManager || random.Next(2) == 0 ? persona.Title : null, persona.Organization };
            var numbers = PhoneLines(random, persona);
            return [string.Join(" | ", parts.Where(p => p is not null)), .. numbers];
        }

        var lines = new List<string> { persona.WrittenName };
        var rest = new List<List<string>>();
        // A case manager's title is what says so; others may leave theirs out.
        if (persona.Title is not null && (persona.Role == ReferrerRole.CaseManager || random.Next(4) != 0))
        {
            rest.Add([persona.Title]);
        }

        var organization = new List<string>();
        if (persona.Department is not null)
        {
            organization.Add(persona.Department);
        }

        organization.Add(persona.Organization!);
        if (rest.Count == 1 && random.Next(4) == 0)
        {
            // "Special Education Teacher, Lincoln Elementary", "Neonatology - NICU Clinic | St. Mary's Hospital".
            var separator = Pick(random, (string[])[", ", " | ", " - "]);
            organization.Insert(0, rest[0][0] + separator + organization[0]);
            organization.RemoveAt(1);
            rest.Clear();
        }

        rest.Add(organization);
        if (random.Next(3) == 0)
        {
            rest.Add(random.Next(2) == 0 ? [Pick(random, Streets), Pick(random, Towns)] : [$"{Pick(random, Streets)}, {Pick(random, Towns)}"]);
        }

        rest.Add(PhoneLines(random, persona));
        if (random.Next(2) == 0)
        {
            rest.Add([random.Next(2) == 0 ? persona.Email : $"Email: {persona.Email}"]);
        }

        // The title and organization nearly always come before the numbers; shuffle only sometimes.
        if (random.Next(4) == 0)
        {
            Shuffle(random, rest);
        }

        foreach (var group in rest)
        {
            lines.AddRange(group);
        }

        return lines.Where(line => line.Length > 0).ToList();
    }

    public static List<string> PhoneLines(Random random, GeneratedPersona persona)
    {
        var phone = persona.Phone is null ? null : GeneratedPhones.PhoneLabel(random) + persona.Phone;
        var fax = persona.Fax is null ? null : GeneratedPhones.FaxLabel(random) + persona.Fax;
        var lines = new List<string>();
        if (phone is not null && fax is not null && random.Next(3) == 0)
        {
            lines.Add($"{phone} {Pick(random, (string[])["|", "/", "•", " ", "  "])} {fax}");
        }
        else
        {
            if (phone is not null)
            {
                lines.Add(phone);
            }

            if (fax is not null)
            {
                lines.Add(fax);
            }
        }

        if (phone is not null && random.Next(8) == 0)
        {
            lines.Add($"Pager: {GeneratedPhones.Number(random, allowExtension: false)}");
        }

        return lines;
    }

    private static void Shuffle<T>(Random random, List<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
