using System.Text.RegularExpressions;

namespace OutreachBot.Clinic.Detection;

/// <summary>
/// The payer as written: a labelled field ("Insurance: Aetna PPO"), else the phrase that starts at a known payer name
/// ("has Medicare and Medicaid", "covered by Tricare Select"). Newer text wins over quoted text.
/// </summary>
internal static partial class InsuranceReader
{
    private const int MaxLength = 80;

    /// <param name="text">The message as read (the forwarded referral, for a forward).</param>
    /// <param name="forwardNote">The forwarder's own note above a forwarded referral, when there is one: newer than what
    /// it forwards ("his Medicaid plan switched Nov 1, he's now on Sunshine Health"), so a payer it names wins.</param>
    public static string? Read(MessageText text, MessageText? forwardNote = null) =>
        ActiveNow(ReadPayer(text, forwardNote), text.Own);

    private static string? ReadPayer(MessageText text, MessageText? forwardNote)
    {
        if (forwardNote is not null && ReadIn(forwardNote.Own, out var mentioned) is { } newer && !mentioned)
        {
            return newer;
        }

        var own = ReadIn(text.Own, out var weak);
        // "He also has a secondary, AARP Medigap Plan G": a reply that adds a second payer to the one the thread gave.
        if (own is not null && SecondaryAdded(text.Own, own) && ReadIn(text.Quoted, out _) is { } primary
            && !primary.Contains(own, StringComparison.OrdinalIgnoreCase) && !own.Contains(primary, StringComparison.OrdinalIgnoreCase))
        {
            return $"{primary}; secondary {own}";
        }

        if (own is not null && !weak)
        {
            return own;
        }

        // "I've attached his Medicaid card as well", "since Aetna sometimes asks for it": a reply that mentions the payer
        // in passing defers to the thread below when it names the same payer in full ("Ins: Aetna Better Health").
        var quoted = ReadIn(text.Quoted, out var quotedInPassing);
        // ("the workers' compensation claim below" defers to "Carrier: Quillfeather Mutual (Workers Compensation)".)
        return own is null || (quoted is not null && !quotedInPassing && WithoutApostrophes(quoted).Contains(WithoutApostrophes(own), StringComparison.OrdinalIgnoreCase)) ? quoted : own;
    }

    /// <summary>The payer one text names; <paramref name="inPassing"/> when it is only a payer's name in a sentence with
    /// no word of coverage before it ("has", "insurance", "covered by").</summary>
    private static string? ReadIn(string source, out bool inPassing)
    {
        inPassing = false;

        // A label that names the insurer ("Ins:", "Insurance:") or holds a payer wins over a "Plan:" of care above it.
        Match? firstLabelled = null;
        foreach (Match labelled in Labelled().Matches(source))
        {
            var raw = labelled.Groups["value"].Value;
            // "Member ID: Meridian Medicaid 558120034", "Claim: Granite Mutual Workers' Compensation, claim # ...": the
            // number's label names the payer only when a payer is written there; an ID alone says nothing of it.
            if (NumberLabel().IsMatch(labelled.Groups["label"].Value))
            {
                if (Clean(PayersOf(raw)) is { } numbered && Payer().IsMatch(numbered) && !numbered.Any(char.IsDigit))
                {
                    return numbered;
                }

                continue;
            }

            firstLabelled ??= labelled;

            if (AnsweredAfterQuestion(raw) is { } answered)
            {
                return answered;
            }

            // "Insurance: Kaiser? No - sorry, I switched, it's now Anthem Blue Cross PPO.": the correction wins.
            if (ChangedTo().Match(raw) is { Success: true } corrected && Clean(PayersOf(corrected.Groups["value"].Value)) is { } now && Payer().IsMatch(now))
            {
                return now;
            }

            if (Clean(PayersOf(raw)) is { } value
                && (Payer().IsMatch(value) || (NamesInsurer().IsMatch(labelled.Groups["label"].Value) && !NotAPayer().IsMatch(value))))
            {
                // "Workers comp: Keystone Mutual": the label says what the coverage is, the value who carries it.
                // (A casualty insurer's name, "Quillfeather Mutual", says no more than an unknown carrier's.)
                return WorkersCompLabel().IsMatch(labelled.Groups["label"].Value) && (!Payer().IsMatch(value) || (CasualtyInsurer().IsMatch(value) && !Regex.IsMatch(value, @"\bworkers\b", RegexOptions.IgnoreCase)))
                    ? $"workers' comp - {value}"
                    : WithSecondaryColumn(value, source, labelled.Groups["value"].Index);
            }
        }

        if (firstLabelled is { } first && Clean(ClauseOf(first.Groups["value"].Value)) is { } near
            && Payer().IsMatch(near + " " + source[first.Index..Math.Min(source.Length, first.Index + 200)]) && !CarePlan().IsMatch(near))
        {
            return near;
        }

        // "Insurance changed Jan 1. New plan is Evercare Kids, ID ...": a plan the list does not know, named as the plan.
        if (NamedPlan().Match(source) is { Success: true } named && Clean(PayersOf(named.Groups["value"].Value)) is { } plan && !NotAPayer().IsMatch(plan))
        {
            return plan;
        }

        // "the Medicaid plan changed this month, she's now with Molina Healthcare (Medicaid)": the new payer wins.
        if (ChangedTo().Match(source) is { Success: true } changed
            && CoverageBefore().IsMatch(source[Math.Max(0, changed.Index - 120)..changed.Index]) && Clean(ClauseOf(changed.Groups["value"].Value)) is { } current)
        {
            // "his Medicaid plan switched Nov 1, he's now on Sunshine Health": the new plan, with the program it serves.
            if (Payer().IsMatch(current))
            {
                return current;
            }

            if (PlanName().IsMatch(current))
            {
                var program = Program().Match(source[Math.Max(0, changed.Index - 120)..changed.Index]);
                return program.Success ? $"{current} ({PayerCasing.Normalise(program.Value)})" : current;
            }
        }

        foreach (Match payer in Payer().Matches(source))
        {
            if (NotInsurance().IsMatch(source[Math.Max(0, payer.Index - 30)..payer.Index]) || IsPersonName(source, payer)
                || RoleAfter().IsMatch(source, payer.Index + payer.Length) || RestatedLater(source, payer)
                || RoleBefore().IsMatch(source.AsSpan(Math.Max(0, payer.Index - 40), payer.Index - Math.Max(0, payer.Index - 40))))
            {
                continue;
            }

            // "covered under his auto policy (PIP) - Quillfeather Mutual Auto": a casualty insurer paying for a car accident
            // is recorded with the kind of auto coverage.
            if (CasualtyInsurer().IsMatch(payer.Value) && AutoPolicy(source) is { } auto)
            {
                return auto;
            }

            var start = PlanNameStart(source, payer.Index);
            var phrase = Clean(PayersOf(source[start..]));
            if (phrase is not null)
            {
                // "Medicaid ID 900274561 (Sunny Kids Plan)": the managed-care plan named in brackets after the member number.
                if (phrase.Equals(payer.Value, StringComparison.OrdinalIgnoreCase) && PlanAfterNumber().Match(source, payer.Index + payer.Length) is { Success: true } after
                    && PlanName().IsMatch(after.Groups["plan"].Value))
                {
                    phrase = $"{phrase} ({after.Groups["plan"].Value})";
                }

                inPassing = !CoverageCue().IsMatch(source[Math.Max(0, start - 40)..start]);
                return FullerLater(source, payer, phrase, ref inPassing);
            }
        }

        return AutoPolicy(source) ?? InsurerInBrackets(source);
    }

    private static bool SecondaryAdded(string own, string payer)
    {
        var at = own.IndexOf(payer, StringComparison.OrdinalIgnoreCase);
        return at > 0 && SecondaryBefore().IsMatch(own.AsSpan(Math.Max(0, at - 40), at - Math.Max(0, at - 40)));
    }

    [GeneratedRegex(@"\b(?:also|now)\s+(?:has|have)\s+(?:a\s+)?secondary\b[^.\n]{0,12}$", RegexOptions.IgnoreCase)]
    private static partial Regex SecondaryBefore();

    /// <summary>"Her Medicaid came through, card attached - Medicaid (CareSource)": a payer named bare and then again with
    /// its plan is recorded as the later, fuller name, and is no passing mention.</summary>
    private static string FullerLater(string source, Match payer, string phrase, ref bool inPassing)
    {
        if (!phrase.Equals(payer.Value, StringComparison.OrdinalIgnoreCase))
        {
            return phrase;
        }

        for (var at = source.IndexOf(payer.Value, payer.Index + payer.Length, StringComparison.OrdinalIgnoreCase); at >= 0;
            at = source.IndexOf(payer.Value, at + payer.Length, StringComparison.OrdinalIgnoreCase))
        {
            if (Clean(PayersOf(source[at..])) is { } fuller && fuller.Length > phrase.Length && fuller.StartsWith(phrase, StringComparison.OrdinalIgnoreCase)
                && !NotInsurance().IsMatch(source[Math.Max(0, at - 30)..at]) && !RoleAfter().IsMatch(source, at + payer.Length))
            {
                // Named twice, the second time with its plan: the writer is stating the coverage, not mentioning it.
                inPassing = false;
                return fuller;
            }
        }

        return phrase;
    }

    // "Medicare A/B, AARP Medicare Supplement Plan G": a list of payers is kept whole, and so is the managed-care plan
    // named after a payer ("Tiene Medicaid, Harbor Health Plan, el número ..."); "Regence now, not Aetna" names the old
    // payer only to set it aside.
    // "a Medicare Advantage plan, Humana Gold Plus HMO": a description ending in "plan" is followed by the plan's name.
    private static string PayersOf(string value)
    {
        var (start, end) = (0, ClauseOf(value).Length);
        while (value.Length > end + 2 && value.AsSpan(end).StartsWith(", ")
            && ClauseOf(value[(end + 2)..]) is var next && (Payer().IsMatch(next) || PlanName().IsMatch(next)) && !NotInsurance().IsMatch(next)
            && !next.StartsWith("not ", StringComparison.OrdinalIgnoreCase)
            && !Restates(value.AsSpan(start, end - start), next))
        {
            start = value.AsSpan(start, end - start).EndsWith(" plan", StringComparison.Ordinal) && Payer().IsMatch(next) ? end + 2 : start;
            end += 2 + next.Length;
        }

        return value[start..end];
    }

    // "Medicaid with DD waiver, Medicaid ID 3300918877": a payer named again before its member number is the same payer.
    private static bool Restates(ReadOnlySpan<char> listed, string next) =>
        next.Trim() is { Length: > 2 } payer && listed.Contains(payer, StringComparison.OrdinalIgnoreCase);

    private static string ClauseOf(string rest)
    {
        var end = Terminator().Match(rest);
        return end.Success ? rest[..end.Index] : rest;
    }

    // "Insurance: Humana Medicare Advantage", "Primary insurance - BCBS PPO", "Payer: Cigna", "Seguro: OHP" (Spanish), a table pasted from a form
    // ("Insurance<TAB>Aetna PPO"), "Insurance / member ID: Cigna - U88302145", "Carrier / Claim<TAB>Liberty Mutual WC / ...".
    [GeneratedRegex(@"^[ \t>*\-]*(?:primary\s+)?(?<label>insurance company|insurance|insurer|ins|seguro(?:\s+m[ée]dico)?|carrier|payer|payor|coverage|health plan|insurance plan|plan|primary|funding source|funding|workers['’]?\s+comp(?:ensation)?|member\s+id|claim)(?:\s+(?:carrier|name|plan|info(?:rmation)?))?(?:\s*/\s*(?:member\s+)?(?:ID|number|no\.?|#|claim(?:\s+#)?))?(?:\s*[:\-–]\s*|\t[ \t]*)(?<value>[^\n]{3,100})$", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex Labelled();

    // "Insurance: Quillfeather Mutual", "Carrier: ...": a payer the list does not know is still the payer.
    [GeneratedRegex(@"^(?:insurance company|insurance|insurer|ins|seguro(?:\s+m[ée]dico)?|carrier|payer|payor|coverage|workers['’]?\s+comp(?:ensation)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex NamesInsurer();

    [GeneratedRegex(@"^(?:member\s+id|claim)$", RegexOptions.IgnoreCase)]
    private static partial Regex NumberLabel();

    [GeneratedRegex(@"\b(?:Mutual|Casualty|Indemnity|Insurance[ \t]+(?:Co|Company))\b")]
    private static partial Regex CasualtyInsurer();

    // "Field Case Manager, Quillfeather Mutual Insurance": a signature's employer after the writer's job title.
    [GeneratedRegex(@"\b(?:Manager|Adjuster|Coordinator|Specialist|Representative|Examiner|Supervisor|Director|Nurse|RN|CCM),[ \t]*$")]
    private static partial Regex RoleBefore();

    [GeneratedRegex(@"^workers", RegexOptions.IgnoreCase)]
    private static partial Regex WorkersCompLabel();

    // "New plan is Evercare Kids", "ins is Tidewater Community Plan (medicaid)": a plan is named by its label word.
    [GeneratedRegex(@"\b(?:(?:new|current|updated|her|his|their|my|our|the)\s+(?:insurance|plan|payer|payor|coverage|insurer)|insurance|ins|insurer|coverage)\s+is\s+(?:now\s+)?(?<value>(?-i:\p{Lu})[^\n]{2,100})", RegexOptions.IgnoreCase)]
    private static partial Regex NamedPlan();

    // "she's now with Molina", "switched to Cigna", "I switched, it's now Anthem Blue Cross PPO", a portal's "Primary changed
    // from Aetna PPO to Medicare Part B".
    [GeneratedRegex(@"\b(?:now\s+(?:with|on|has|covered\s+by)|(?:switched|changed)\s+(?:over\s+)?(?:from\s+[^\n]{2,80}?\s+)?to|(?:it's|it’s|it\s+is)\s+now)\s+(?<value>(?-i:\p{Lu})[^\n]{2,100})", RegexOptions.IgnoreCase)]
    private static partial Regex ChangedTo();

    [GeneratedRegex(@"\b(?:Medicaid|Medicare)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Program();

    [GeneratedRegex(@"\b(?:insurance|coverage|payer|payor|card|Medicaid|Medicare|health\s+plan|(?:her|his|their|the)\s+plan\s+(?!of\s+care))", RegexOptions.IgnoreCase)]
    private static partial Regex CoverageBefore();

    [GeneratedRegex(@"\G[ \t]+(?:member[ \t]+)?(?:ID|#|no\.)[ \t:#]*[A-Z0-9][A-Z0-9\-]{4,}[ \t]*\((?<plan>[^()\n]{3,40})\)", RegexOptions.IgnoreCase)]
    private static partial Regex PlanAfterNumber();

    // "Harbor Health Plan", "Sunshine Kids Plan": a capitalised name that calls itself a plan.
    [GeneratedRegex(@"^\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*){0,3}\s+(?:Plan|Health|Healthcare|HealthCare)$")]
    private static partial Regex PlanName();

    // "Plan: ROM, strengthening, edema mgmt.": a plan of care.
    [GeneratedRegex(@"\b(?:ROM|strengthening|edema|splint|orthosis|HEP|home program|therapy|treatment|eval|evaluate|x\s?\d|\d+\s*(?:x|times)\s*(?:/|per|a)\s*(?:wk|week))\b", RegexOptions.IgnoreCase)]
    private static partial Regex CarePlan();

    [GeneratedRegex(@"^(?:pending|on file|n/?a|tbd|to be (?:confirmed|determined)|see (?:attached|below|above)|verify|unknown|none|same|not (?:known|provided|listed))\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotAPayer();

    // "Medicare A/B, secondary AARP": AARP in capitals is the supplement's carrier. "Ins Anthem HMO": a label word
    // before a plan's name is no part of it. "Providence Health Plan", "Trillium Community Health Plan": a name that
    // calls itself a health plan is a payer, and so are the Northwest's large regional carriers; so is a casualty
    // insurer that names itself one ("Quillfeather Mutual", "Pine Ridge Insurance Co.", a workers' comp carrier). "Kaiser-style HMO"
    // only likens the plan to one.
    [GeneratedRegex(@"\b(?:Medicaid|Medicare|Aetna|BCBS|Blue\s?Cross(?:\s+(?:and\s+|&\s+)?Blue\s?Shield)?|Blue\s?Shield|Medi-Cal|MassHealth|TennCare|SoonerCare|BadgerCare|KanCare|PeachCare|Amerigroup|Healthfirst|EmblemHealth|Anthem|Cigna|UHC|United\s?Health\s?care|United\s+Healthcare|Humana|Tricare|TRICARE|Ambetter|Kaiser|Molina|Meridian|WellCare|Centene|Oscar|CareSource|Highmark|Harvard\s+Pilgrim|Tufts|Priority\s+Health|Health\s+Alliance|private\s+pay|self[\s\-]pay|workers'?\s+comp(?:ensation)?|(?-i:CHIP|AARP)|(?-i:(?!(?:Ins|Insurance|Insurer|Payer|Plan|Coverage)\b)\p{Lu}[\p{L}\-]+(?<![\-‐](?:style|like|type))(?:[ \t]+\p{Lu}[\p{L}\-]+){0,3}[ \t]+(?:PPO|HMO|EPO|POS))" +
        @"|PacificSource|Regence|Premera|Moda\s+Health|(?-i:(?!(?:Ins|Insurance|The|Our|Your|Their|Her|His|My)\b)\p{Lu}[\p{L}\-]+(?:[ \t]+\p{Lu}[\p{L}\-]+){0,2}[ \t]+(?:Mutual|Casualty|Indemnity|Insurance[ \t]+(?:Co|Company)))|(?-i:(?!(?:Ins|Insurance|Insurer|Payer|Plan|Coverage|The|Our|Your|Their|Her|His|My)\b)\p{Lu}[\p{L}\-]+(?:[ \t]+\p{Lu}[\p{L}\-]+){0,3}[ \t]+Health[ \t]+Plan))\b(?![\-‐](?:style|like|type)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Payer();

    // "(OHP Open Card)" is a plan's name, not the card; "through Erik's employer" names whose job gives the coverage,
    // not a plan; "Humana Gold Plus HMO   Auth: per plan" is a form's next column.
    // Clause ends: a sentence end, a line end, what the payer is to another ("Medicare and Tricare for Life as the
    // supplement"), a condition ("self-pay unless you take Ambetter"), a parenthesis that starts a new thought (not "(dual)", "(foster care)",
    // "(secondary)", "(medicaid)", which say what the coverage is), a new clause ("Aetna PPO for the family", "through my
    // employer"; "through CareSource" names the plan and "through the foster care program" the coverage), a hedge or correction ("Medicaid I think", "CareSource not
    // Molina"), the payer doing something ("since Aetna sometimes asks", "Medicare covers"), or its card.
    [GeneratedRegex(@"(?<!\b(?:Co|Inc|St))\.(?:\s|$)|[;\n?!]|,\s|\s+(?:but|so|which|who|is|are|was|not|unless)\b|\s+cards?\b(?!\))|[ \t]{2,}(?=(?-i:\p{Lu})[\p{L} /#.]{0,25}:)" +
        @"|\s+(?:through|thru|via)\b(?!\s+(?:the\s+)?(?:foster|kinship)\s+care\b)(?!\s+(?-i:\p{Lu})(?![\p{L}]*['’]s\b)(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\p{Ll}*\b))" +
        @"|\s+(?:I\s+think|I\s+believe|I'm\s+(?:not\s+)?sure|I\s+guess|maybe|probably)\b" +
        @"|\s+as\s+(?:(?:the|a|an|his|her|their|my|our)\s+)?(?:primary|secondary|supplement(?:al)?|backup)\b|\s+(?-i:has|have|had|sometimes|usually|always|often|also|still|requires?|asks?|wants?|needs?|denied|covers?|approved|authorized|shows?|says|said|lists|states|will|would|may|might|does|did|doesn't|won't|can't|cannot|came|comes|started|starts|ended|ends|expired|lapsed)\b" +
        @"|\s+(?:for|since|until)\s+(?=(?-i:\p{Ll}))|\s+and\s+(?!(?:a\s+|an\s+)?(?-i:\p{Lu}))|\s+(?:/\s*)?(?:Sub(?:scriber)?\s+)?(?:ID|member)\b|\s+\((?=(?-i:\p{Ll}))(?!(?:dual|foster|kinship|primary|secondary|medicaid|medicare|self[\s\-]pay|private\s+pay|pending|marketplace|bronze|silver|gold|platinum)\b)|\s[-–—]\s+(?=(?-i:\p{Ll}))(?!pending\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Terminator();

    // "Alba Torres, Workers' Comp Coordinator", "Medicaid Liaison": a payer in a job title is not the patient's coverage;
    // nor is one that qualifies a group ("accepting new pediatric Medicaid patients", "Aetna network").
    [GeneratedRegex(@"\G[ \t]+(?:Coordinator|Case\s+Manager|Manager|Specialist|Adjuster|Liaison|Department|Dept|Navigator|Representative|Rep|Team|Unit|Office|patients|members|families|recipients|enrollees|population|providers|network)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RoleAfter();

    // "do you take Molina?", "¿Ustedes aceptan Molina?" ask about the family's plan.
    [GeneratedRegex(@"(?:\b(?:has|have|had|insurance|insured|covered|coverage|through|with|is|plan|payer|payor|take|takes|accept|accepts|aceptan|acepta|toman|tiene|tienen|tenemos)\b|[:(])[ \t]*$", RegexOptions.IgnoreCase)]
    private static partial Regex CoverageCue();

    // "Medicare Advantage plan shows", "per Medicare guidelines": payer names that do not name the patient's coverage.
    // "covered by Medicaid", "insured by Aetna" do name it.
    // "applied for Medicaid and is waiting to hear" is coverage the patient does not have yet.
    [GeneratedRegex(@"(?:\bper|\bunder|(?<!\b(?:covered|insured|paid(?:\s+for)?)\s)\bby|\bappl(?:ied|ying)\s+for|\bwaiting\s+(?:on|for))\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex NotInsurance();
}
