using System.Text;

namespace OutreachBot.Clinic.Partners;

/// <summary>
/// How spelling variants of one partner meet: an organisation's name reduced to a key (case, punctuation, "St."/"Saint",
/// "&amp;"/"and" and company suffixes ignored), the domain of a work email (never a free-mail one), a phone's digits.
/// </summary>
public static class PartnerNames
{
    private static readonly HashSet<string> FreeMailDomains = new(StringComparer.OrdinalIgnoreCase)
    {
        "gmail.com", "googlemail.com", "yahoo.com", "ymail.com", "outlook.com", "hotmail.com", "live.com", "msn.com",
        "icloud.com", "me.com", "mac.com", "aol.com", "proton.me", "protonmail.com", "gmx.com", "mail.com", "zoho.com",
        "comcast.net", "att.net", "verizon.net", "sbcglobal.net",
    };

    private static readonly HashSet<string> Suffixes = new(StringComparer.Ordinal)
    {
        "llc", "pllc", "pc", "pa", "inc", "incorporated", "ltd", "llp", "corp", "corporation", "co", "company", "group",
    };

    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "dr", "mr", "mrs", "ms", "md", "do", "np", "pa", "pac", "rn", "dnp", "phd", "ot", "otr", "otrl", "pt", "dpt", "slp", "ccc", "cccslp", "lcsw", "msw",
    };

    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["saint"] = "st",
        ["and"] = string.Empty,
        ["the"] = string.Empty,
        ["mount"] = "mt",
        ["center"] = "ctr",
        ["centre"] = "ctr",
    };

    /// <summary>
    /// The organisation's name as a key: lower-case letters and digits of its words, "Saint" as "st", without "and",
    /// "the", apostrophes, dots and trailing company suffixes. "St. Mary's Pediatrics" and "Saint Marys Pediatrics, LLC" give the same key.
    /// </summary>
    public static string OrganizationKey(string? organization)
    {
        if (string.IsNullOrWhiteSpace(organization))
        {
            return string.Empty;
        }

        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in organization.ToLowerInvariant().Replace("&", " and ", StringComparison.Ordinal))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (c is not ('\'' or '\u2019' or '.'))
            {
                Flush(word, words);
            }
        }

        Flush(word, words);
        while (words.Count > 1 && Suffixes.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        var key = string.Concat(words);
        return key.Length > 80 ? key[..80] : key;
    }

    /// <summary>The domain of a work email address, lower case; null for none, a malformed address or free mail.</summary>
    public static string? WorkDomain(string? email)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return null;
        }

        var at = email.LastIndexOf('@');
        var domain = at < 1 ? null : email[(at + 1)..].Trim().TrimEnd('.', '>').ToLowerInvariant();
        if (string.IsNullOrEmpty(domain) || !domain.Contains('.', StringComparison.Ordinal) || FreeMailDomains.Contains(domain)
            || !domain.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-'))
        {
            return null;
        }

        return domain;
    }

    /// <summary>A phone number's last ten digits (a leading country code 1 dropped); null for fewer than seven digits.</summary>
    public static string? PhoneDigits(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return null;
        }

        var digits = new string(phone.TakeWhile(c => c is not ('x' or 'X' or ';' or ',')).Where(char.IsAsciiDigit).ToArray());
        if (digits.Length > 10)
        {
            digits = digits[^10..];
        }

        return digits.Length >= 7 ? digits : null;
    }

    /// <summary>
    /// A person's name as a key (letters only, lower case, without titles and credentials such as "Dr." or "MD"), to
    /// tell whether two entries are one person.
    /// </summary>
    public static string PersonKey(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return string.Empty;
        }

        var words = name.ToLowerInvariant().Split([' ', ',', '\t'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string(w.Where(char.IsAsciiLetter).ToArray()))
            .Where(w => w.Length > 0 && !Titles.Contains(w));
        return string.Concat(words);
    }

    private static void Flush(StringBuilder word, List<string> words)
    {
        if (word.Length == 0)
        {
            return;
        }

        var text = word.ToString();
        word.Clear();
        var mapped = Words.TryGetValue(text, out var replacement) ? replacement : text;
        if (mapped.Length > 0)
        {
            words.Add(mapped);
        }
    }
}
