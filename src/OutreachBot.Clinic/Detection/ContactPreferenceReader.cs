using System.Text.RegularExpressions;

namespace OutreachBot.Clinic.Detection;

/// <summary>
/// How the patient or family asks to be reached: a stated preference ("prefers text", "email is best", "Preferred
/// contact: Email"), else a request in the imperative ("please call mom at ..."). Newer text wins over quoted text.
/// </summary>
internal static partial class ContactPreferenceReader
{
    public static (PreferredContact? Contact, string? Signal) Read(MessageText text)
    {
        foreach (var source in new[] { text.Own, text.Quoted })
        {
            var cleaned = WithoutDisclaimers(source);
            foreach (var find in Finders)
            {
                var match = find(cleaned);
                if (match.Success)
                {
                    var contact = match.Groups["how"].Success ? ToContact(match.Groups["how"].Value) : PreferredContact.Phone;
                    return (contact, $"preferred contact: \"{Regex.Replace(match.Value.Trim(), @"\s+", " ")}\"");
                }
            }
        }

        return (null, null);
    }

    private static PreferredContact ToContact(string how) => how.ToLowerInvariant() switch
    {
        var h when h.StartsWith("text", StringComparison.Ordinal) || h.StartsWith("sms", StringComparison.Ordinal)
            || h.StartsWith('m') || h.StartsWith("env", StringComparison.Ordinal) || h.StartsWith("whats", StringComparison.Ordinal) => PreferredContact.Text,
        var h when h.StartsWith('e') => PreferredContact.Email,
        _ => PreferredContact.Phone,
    };

    // WhatsApp is how many families text.
    // "Calling is best", "emailing works": the gerund names the way as well as the noun.
    private const string AnyWay = @"(?:texts?|texting|sms|whats\s?app|e-?mails?|e-?mailing|phone|calls?|calling|telephone)";

    private const string How = @"(?<how>texts?|texting|text\s+messages?|sms|whats\s?app(?:\s+messages?)?|e-?mails?|e-?mailing|phone(?:\s+calls?)?|calls?|calling|telephone(?:\s+calls?)?)";

    // A stated preference, one wording per pattern, tried in this order as one alternation would be (LeftmostMatch).
    // As a single alternation the engine could only look for any of a dozen starting letters and try every wording
    // at each: the costliest pattern in detection. Each alone starts with its own words, which are found fast.
    private static readonly Regex[] Stated =
    [
        PreferredLabel(), Prefers(), AskedFor(), WouldLikeA(), Requests(), BestReachedBy(), BestWayIs(), AskedToBe(),
        WayIsBest(), DoesBetterWith(), WouldRather(), MarkedPreferred(), PreferredField(), KeepUsing(), WayIsFine(), OkayTo(),
        BestWayField(), LikesBest(), NotTheOther(), OnlyPlease(),
    ];

    // "Preferred contact: Email", "Preferred method (circle one): text", "her preferred contact is email".
    [GeneratedRegex(@"preferred\s+(?:contact|method)(?:\s+method)?(?:\s*\([^)]*\))?\s*[:\-–]?\s*(?:is\s+(?:by\s+|via\s+)?)?" + How, Options)]
    private static partial Regex PreferredLabel();

    // "prefers text", "prefer to be contacted by email", "prefers a phone call", "prefers contact by email".
    [GeneratedRegex(@"prefer(?:s|red)?\s+(?:(?:to\s+be\s+(?:contacted|reached)|contact|communication)\s+(?:by|via)\s+)?(?:a\s+)?" + How, Options)]
    private static partial Regex Prefers();

    // "asked to be reached by text", "asked specifically for a call", "asked that we call".
    [GeneratedRegex(@"asked\s+(?:to\s+be\s+(?:contacted|reached)\s+(?:by|via)\s+|specifically\s+for\s+(?:an?\s+)?|for\s+(?:an?\s+)?|that\s+(?:we|you)\s+)" + How, Options)]
    private static partial Regex AskedFor();

    // "would like a phone call", "wants a text", "would appreciate a telephone call rather than an email", "she'd like
    // calls at (555) ...".
    [GeneratedRegex(@"(?:\bwould|['’]d)\s+(?:like|appreciate)\s+(?:an?\s+" + How + @"|(?<how>(?:phone\s+)?calls|texts|text\s+messages|e-?mails)\b)|\b(?:wants?|requests?)\s+an?\s+" + How, Options)]
    private static partial Regex WouldLikeA();

    [GeneratedRegex(@"requests?\s+" + How, Options)]
    private static partial Regex Requests();

    // "best reached by text", "Mom is the best contact, by email please", "(555) 207-0000, best by email".
    [GeneratedRegex(@"best\s+(?:(?:reached|contacted)\s+(?:by|via)|contact(?:\s+is)?,?\s+(?:by|via)|by|via)\s+" + How, Options)]
    private static partial Regex BestReachedBy();

    // "best way to get hold of mom is by text".
    [GeneratedRegex(@"best\s+way\s+to\s+(?:reach|contact|get(?:\s+hold\s+of)?)\s+\w+\s+is\s+(?:by\s+|via\s+)?" + How, Options)]
    private static partial Regex BestWayIs();

    [GeneratedRegex(@"\b(?:asked|asks|prefers?|wants?|would\s+like)\s+to\s+be\s+(?<how>texted|e-?mailed|called|phoned)\b", Options)]
    private static partial Regex AskedToBe();

    // "email is best", "texting mom is the easiest", "a phone call on Fridays is better"; in "hard for me on the phone
    // at work so texting is best" the way that is best is the one just before "is best", not the phone named earlier.
    [GeneratedRegex(How + @"(?:'s|’s|(?:\s+(?!" + AnyWay + @"\b)[\w-]+){0,5}?\s+(?:is|are))\s+(?:\w+\s+)?(?:the\s+)?(?:best|better|preferred|easiest|easier|quickest|quicker|fastest|faster|simplest|most\s+reliable)", Options)]
    private static partial Regex WayIsBest();

    [GeneratedRegex(@"\bdoes\s+(?:much\s+|far\s+|a\s+lot\s+)?(?:best|better)\s+with\s+" + How, Options)]
    private static partial Regex DoesBetterWith();

    // "would rather talk by phone", "she'd rather you text", "I'd rather get a call than a text". ("['’]d" rather than
    // "'d|’d": the engine then finds it fast.)
    [GeneratedRegex(@"(?:\bwould|['’]d)\s+rather\s+(?:we\s+|you\s+)?(?:(?:talk|speak|communicate|be\s+(?:contacted|reached))\s+|(?:get|have|receive)\s+an?\s+)?(?:by\s+|via\s+|over\s+(?:the\s+)?)?" + How, Options)]
    private static partial Regex WouldRather();

    // "Email (preferred)", "text (best)".
    [GeneratedRegex(@"\b(?<how>email|e-mail|text|phone)(?:\s+(?:address|number))?\s*\(\s*(?:preferred|best)\s*\)", Options)]
    private static partial Regex MarkedPreferred();

    // An EHR's demographics: "Mobile: 555-... (preferred: Text)", "HOME: 555-...   PREFERRED: HOME PHONE".
    [GeneratedRegex(@"\bpreferred\s*:\s*(?:(?:home|cell|mobile|work)\s+)?" + How + @"\b", Options)]
    private static partial Regex PreferredField();

    [GeneratedRegex(@"keep\s+(?<how>e-?mailing|texting|calling)", Options)]
    private static partial Regex KeepUsing();

    // "text is fine", "email mom works"; "call or text is fine" names no one way.
    [GeneratedRegex(@"(?<!\b(?:call|phone|text)\s+or\s+)\b" + How + @"(?:\s+(?:mom|dad|her|him|me|them|us))?\s+(?:is\s+)?(?:fine|ok|okay|works|preferred)\b", Options)]
    private static partial Regex WayIsFine();

    [GeneratedRegex(@"\bok(?:ay)?\s+to\s+(?<how>text|e-?mail)\b", Options)]
    private static partial Regex OkayTo();

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    // "Please call her daughter Susan", "pls call his daughter", "please just email me back", "Please call, he does not
    // use email", "please call our home telephone", "call me on my cell"; "please call our office" is the sender's desk
    // and "please call, fax or email the report" offers every way; "please call my office if ..." or "please call my
    // clinic with questions" is the sender's desk too.
    // "call me 555-239-8804 pls" gives the number straight after.
    [GeneratedRegex(@"\b(?:please|pls|plz)\s+(?:just\s+)?(?<how>call|text|e-?mail|telephone|phone)(?:\s+(?!us\b|the\s+(?:sender|office|clinic|provider)|our\b(?!\s+(?:home|house|cell|landline))|my\s+(?:office|clinic|practice|assistant|nurse|desk|team|staff|coordinator|scheduler|direct\s+line|line)\b)|\s*[,;.](?!\s*(?:fax|text|e-?mail|write|or)\b)|\s*$)|(?<!\b(?:call|phone|text)\s+or\s+)\b(?<how>call|text)\s+me\s+(?:on\b|at\b|\(?\d{3})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex Imperative();

    // "you can text me, that's easier", "Best to text me", "get back to me by email", "Mom is best to reach by text",
    // "can be reached by phone at", "asked that scheduling be done by email": a way of reaching the writer or family that
    // the sender chose. "call or text me" and "you can email me back here or call" name no one way.
    private static readonly Regex[] ReachBy =
    [
        YouCanText(), TextMe(), BestToCall(), GetBackBy(), BestToReachBy(), CanBeReachedBy(), ArrangedBy(),
    ];

    // "you can text me", "feel free to email mom", "it's easiest to text her"; "you can email me back here or call"
    // names no one way.
    [GeneratedRegex(@"\b(?:you\s+(?:can|could|may)|feel\s+free\s+to|(?:it's\s+|it\s+is\s+)?(?:best|easiest|easier|better)\s+to)\s+(?:just\s+)?(?<how>text|e-?mail)\s+(?:me|us|mom|dad|her|him)\b(?!(?:\s+back)?(?:\s+here)?,?\s+or\s+(?:call|phone|text|e-?mail))", Options)]
    private static partial Regex YouCanText();

    // "text me"; "call or text me" names no one way.
    [GeneratedRegex(@"(?<!\b(?:call|phone)\s+or\s+)\b(?<how>text)\s+me\b", Options)]
    private static partial Regex TextMe();

    [GeneratedRegex(@"\b(?:best\s+to|easiest\s+to)\s+(?<how>call)\b", Options)]
    private static partial Regex BestToCall();

    // "get back to me by email", "reach out to mom by text", "please contact Mrs. Ortiz by phone", "contact the parents by
    // email": the patient or family named by title or relation.
    [GeneratedRegex(@"\b(?:get\s+back\s+to|reach(?:\s+out\s+to)?|contact|respond\s+to|reply\s+to)\s+(?:me|us|her|him|them|mom|dad|the\s+family|(?:the\s+)?(?:patient|parents?|mother|father|guardian)|(?:Mr|Mrs|Ms|Miss)\.?\s+(?-i:\p{Lu})[\p{L}'\-]+)(?:,\s+\w+,)?\s+(?:by|via|over|through)\s+" + How, Options)]
    private static partial Regex GetBackBy();

    // "Mom is best to reach by text".
    [GeneratedRegex(@"\b(?:best|easiest)\s+to\s+(?:reach|contact)\s+(?:by|via)\s+" + How, Options)]
    private static partial Regex BestToReachBy();

    [GeneratedRegex(@"\bcan\s+be\s+(?:reached|contacted)\s+(?:by|via)\s+" + How, Options)]
    private static partial Regex CanBeReachedBy();

    // "asked that scheduling be done by email".
    [GeneratedRegex(@"\b(?:scheduling|appointments?|contact|communication|correspondence)\s+(?:be\s+|is\s+)?(?:done|made|handled|arranged)\s+(?:by|via|over|through)\s+" + How, Options)]
    private static partial Regex ArrangedBy();

    // Stated preference first, then a request, then a way of reaching chosen by the sender.
    private static readonly Func<string, Match>[] Finders =
    [
        text => LeftmostMatch.Of(Stated, text), Imperative().Match, text => LeftmostMatch.Of(ReachBy, text), Spanish().Match, ByPhone().Match,
    ];

    // Spanish-speaking families: "Por favor llámeme al ...", "llámenme en la mañana" (to the staff as a group), "Mejor llámeme a mí", "mándeme un texto", "envíeme un mensaje",
    // "me puede mandar un texto", "prefiero que me llamen" ("me llamo ..." only gives a name).
    [GeneratedRegex(@"\b(?<how>ll[áa]me(?:me|nos)|ll[áa]men(?:me|nos)|ll[áa]mame|ll[áa]manos)\b|\b(?<how>m[áa]nd(?:e|a)me|env[íi](?:e|a)me)\s+(?:un\s+)?(?:texto|mensaje(?:\s+de\s+texto)?|whatsapp)\b|\b(?<how>text[ée]ame)\b" +
        @"|\b(?:me\s+)?(?:puede[ns]?|podr[íi]a[ns]?)\s+(?<how>mandar|enviar)\s+(?:un\s+)?(?:texto|mensaje)\b|\bque\s+me\s+(?<how>llamen|llame|llames)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Spanish();

    // Line by line: a pattern that spans "any characters, then a disclaimer word" backtracks on long lines.
    private static string WithoutDisclaimers(string source) =>
        Disclaimer().IsMatch(source)
            ? string.Join('\n', source.Split('\n').Where(l => !Disclaimer().IsMatch(l)))
            : source;

    [GeneratedRegex(@"intended recipient|confidential|received this (?:message|e-?mail|transmission) in error", RegexOptions.IgnoreCase)]
    private static partial Regex Disclaimer();
}
