namespace OutreachBot.Host.Partners;

/// <summary>What staff ask about partners in words.</summary>
public enum PartnerCommandKind
{
    List,
    Add,
    Show,
    Import,
}

/// <summary>A partner command and what follows it (a name to find, a pasted CSV).</summary>
public sealed record PartnerCommand(PartnerCommandKind Kind, string Argument)
{
    /// <summary>
    /// Reads <c>partners</c>, <c>partner add</c>, <c>partner import</c> (with a CSV after it, on the same or the next
    /// lines) and <c>partner NAME</c>; null for any other text. The first word decides, never a substring.
    /// </summary>
    public static PartnerCommand? Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        var firstBreak = trimmed.IndexOfAny([' ', '\t', '\r', '\n']);
        var first = firstBreak < 0 ? trimmed : trimmed[..firstBreak];
        var rest = firstBreak < 0 ? string.Empty : trimmed[(firstBreak + 1)..];
        if (first.Equals("partners", StringComparison.OrdinalIgnoreCase))
        {
            return rest.Trim().Length == 0 ? new PartnerCommand(PartnerCommandKind.List, string.Empty) : null;
        }

        if (!first.Equals("partner", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var restTrimmed = rest.TrimStart(' ', '\t');
        var secondBreak = restTrimmed.IndexOfAny([' ', '\t', '\r', '\n', ':']);
        var second = secondBreak < 0 ? restTrimmed.Trim() : restTrimmed[..secondBreak];
        var after = secondBreak < 0 ? string.Empty : restTrimmed[(secondBreak + 1)..];
        return second.ToLowerInvariant() switch
        {
            "" => new PartnerCommand(PartnerCommandKind.List, string.Empty),
            "add" when after.Trim().Length == 0 => new PartnerCommand(PartnerCommandKind.Add, string.Empty),
            "import" => new PartnerCommand(PartnerCommandKind.Import, after.TrimStart(' ', '\t', '\r', '\n')),
            _ => new PartnerCommand(PartnerCommandKind.Show, rest.Trim().TrimEnd('.', '?', '!')),
        };
    }
}
