using System.Globalization;
using System.Text.RegularExpressions;

namespace OutreachBot.Clinic.Detection;

/// <summary>Reads who sent a referral from the signature block and the From address.</summary>
internal static partial class ReferrerReader
{
    private static readonly Phrases OrganizationWords = new(
        "pediatrics", "pediatric", "orthopedics", "orthopaedics", "orthopaedic", "orthopedic", "clinic", "hospital",
        "medical", "center", "centre", "health", "healthcare", "school", "elementary", "district", "neurology",
        "associates", "group", "rehab", "rehabilitation", "therapy", "services", "practice", "care", "LLC", "PC", "PLLC",
        "institute", "university", "physicians", "partners", "specialists", "plan", "DCFS", "family", "home health",
        "early learning", "USD", "CUSD", "ISD", "school district", "public schools", "academy", "department", "medicine",
        "association", "agency", "program", "network", "foundation", "rheumatology", "dermatology", "cardiology",
        "oncology", "urology", "gastroenterology", "pulmonology", "endocrinology", "psychiatry", "podiatry", "physiatry",
        "hand surgery", "plastic surgery", "sports medicine", "internal medicine", "peds");

    private static readonly Phrases TitleWords = new(
        "coordinator", "assistant", "manager", "director", "nurse", "surgery", "fellow", "resident", "attending",
        "teacher", "psychologist", "counselor", "specialist", "therapist", "chief", "supervisor", "surgeon", "worker",
        "planner", "pediatrician", "neurologist", "physician", "principal");

    private static readonly Phrases DepartmentWords = new(
        "internal medicine", "emergency medicine", "hospital medicine", "family medicine", "sports medicine",
        "medical oncology", "neonatology", "pulmonary", "critical care", "physical medicine", "case management",
        "developmental-behavioral", "pediatric neurology", "case worker", "support services", "department", "division",
        "inpatient rehabilitation", "outpatient rehabilitation", "inpatient", "unit", "care management", "student services");

    private static readonly HashSet<string> SmallWords = new(StringComparer.Ordinal) { "of", "and", "the", "at", "for", "in", "on", "&" };

    public static Referrer Read(MessageText text, string fromAddress, string? fromName)
    {
        var signature = SignatureOf(text, fromName);
        var referrer = WithAttachedForm(WithOwnQuotedSignature(ReadOwn(text, signature, fromAddress, fromName), text, fromAddress, fromName), text);
        referrer = WithPracticeNameInForm(WithFaxBesideSignedNumber(WithNumbersBesideName(referrer, text.Quoted), signature, text.Quoted), text.Quoted);
        // A professional who signs with a title or credentials for an organization that no listed role fits (a
        // psychologist, a child-care center's director) refers as "other".
        var professional = referrer.Role is null && referrer.Organization is not null && referrer.Name is { } signer
            && (signer.Contains(',', StringComparison.Ordinal) || text.Signature.Take(4).Any(TitleWords.IsIn));
        referrer = professional ? referrer with { Role = ReferrerRole.Other } : referrer;
        return referrer with
        {
            Name = WithCredentialsWrittenElsewhere(referrer.Name, text.All),
            // A doctor whose practice names no specialty, writing from "crestviewortho.example": the domain names it.
            Role = referrer.Role == ReferrerRole.Physician && !ReferrerRoles.IsMidLevel(referrer.Name) ? SpecialtyOfDomain(fromAddress) ?? referrer.Role : referrer.Role,
            // "(555) 515-2000 option 4" is the main line and a phone menu's choice, which no one records with it (an
            // extension is a desk, and stays).
            Phone = referrer.Phone is { } phone ? MenuOption().Replace(phone, "") : null,
            // "St. Mary’s Medical Center" is written with a plain apostrophe wherever it is recorded.
            Organization = referrer.Organization?.Replace('’', '\''),
        };
    }

    // signature: SignatureOf(text, fromName), which the caller also needs.
    private static Referrer ReadOwn(MessageText text, IReadOnlyList<string> signature, string fromAddress, string? fromName)
    {
        var name = NameLine(signature, fromName);
        // A shared mailbox's display name ("Northfield Neurology Front Desk") names the practice when no signature does.
        var organization = WithDistrict(Organization(signature, name, fromAddress), signature)
            ?? (fromName is not null && Mailbox().IsMatch(fromName) ? MailboxOwner(fromName) : null);
        var phones = WithNumbersInNote(PhoneNumbers.FindIn(string.Join('\n', signature)), text.Own);

        var fax = phones.FirstOrDefault(p => p.IsFax)?.Number;
        var phone = SignedPhone(phones)?.Number;
        var email = IsNoReply(fromAddress) ? null : fromAddress;
        // A signature that names no role (a scanner's footer) leaves the organization to say it.
        var role = ReferrerRoles.FromSignature(signature.Count > 0 || organization is null ? signature : [organization], organization)
            ?? (organization is null ? null : ReferrerRoles.FromSignature([organization], organization))
            // A school district's mail ("lincolnelem.k12.example"): school staff, however briefly they sign.
            ?? (fromAddress.Split('@')[^1].Split('.').Contains("k12", StringComparer.OrdinalIgnoreCase) ? ReferrerRole.School : null);
        if (organization is null && SelfIntroducedOrganization(text.Own) is { } introduced)
        {
            // "This is Dr. Roe from Willow Pediatrics" above a signature that gives the name alone.
            organization = introduced;
            role = ReferrerRoles.FromSignature([.. signature.Take(3), introduced], introduced) ?? role;
        }
        // A shared mailbox ("Front Desk", "RightFax Server") names no person.
        // A case manager or a provider who names the surgeon in passing refers in their own right.
        var ownRight = role is ReferrerRole.CaseManager or ReferrerRole.SocialWorker or ReferrerRole.School or ReferrerRole.PhysicalTherapist
            or ReferrerRole.SpeechLanguagePathologist || ReferrerRoles.IsProvider(name);
        var provider = ReferringProviderBlock.ProviderOfStaff(signature, text.All) ?? ReferringProviderBlock.ProviderOnBehalf(text.Own, text.All, ownRight)
            ?? ProviderInOwnEarlierMessage(text, fromAddress, fromName, ownRight);
        if (provider is not null && MessageText.DoctorSurname().IsMatch(provider) && DoctorsOffice(fromName) is { } office
            && office.EndsWith(provider[(provider.IndexOf(' ', StringComparison.Ordinal) + 1)..], StringComparison.Ordinal))
        {
            // "Dr. Storrow" in the note, sent from "Office of Dr. Amelia Storrow": the mailbox gives the full name.
            provider = office;
        }

        if (provider is not null)
        {
            // Office staff write for the provider: the provider's credentials and the practice say the role, not the
            // staff member's own title ("Referral Coordinator").
            // A provider named only as "Dr. Samuel Hart" (no credentials are invented for the name) is a physician.
            var credentialed = provider.Contains(',', StringComparison.Ordinal) ? provider : $"{provider}, MD";
            role = ReferrerRoles.FromSignature([credentialed, .. organization is null ? Array.Empty<string>() : [organization]], organization) ?? role;
        }

        var person = provider
            ?? CleanName(name) ?? (IsMailboxName(fromName) ? DoctorsOffice(fromName) : Reorder(fromName)) ?? WriterNamedInText(text.Own);
        if (email is null && WebFormContact.Read(text.Own) is { } form)
        {
            // A web form relayed from a no-reply mailbox: the person who filled it in is named in its fields.
            (person, email) = (person ?? form.Name, form.Email);
        }

        // A letter's heading above the greeting names the practice and its numbers; it is surer than a signature line,
        // which may be a title ("Orthopaedic Surgeon") when the letter is signed with the name alone.
        var head = ReferrerLetterhead.Read(text.Own, line => OrganizationWords.IsIn(line) || SharedStem(new string([.. line.ToLowerInvariant().Where(char.IsLetter)]), Domain(fromAddress)) >= 5);
        if (head.Organization is not null || head.Phone is not null || head.Fax is not null)
        {
            if (head.Organization is not null)
            {
                organization = head.Organization;
                role = ReferrerRoles.FromSignature([.. signature.Take(3), organization], organization) ?? role;
            }

            (phone, fax) = phone is null && fax is null ? (head.Phone, head.Fax) : (phone, fax);
        }

        // A practice's mailbox ("Westbrook Rheumatology") names the practice of whoever signs in it ("- Dr. Pham").
        organization ??= DisplayedOrganization(fromName);
        var referrer = new Referrer(FromCapitals(person), FromCapitals(organization), role, phone, fax, email.NullIfEmpty());
        // Behind a cover note, from a no-reply system (an EHR, a fax server) or a mailbox that names no person (a
        // scanner, a practice's referral inbox), the attached or quoted form names the provider.
        var relayed = text.IsCoverNote || person is null || IsNoReply(fromAddress);
        var formText = relayed ? $"{text.Own}\n{text.Quoted}" : text.Own;
        var cover = relayed ? FaxCoverSender.Read(text.Subject, formText, OrganizationWords.IsIn) : null;
        var top = relayed ? FormHeading(text.Quoted) : null;
        var block = ReferringProviderBlock.Read(formText) ?? (role is null ? ReferringProviderBlock.ReadTreating(formText) : null);
        var covered = cover is { } sent ? WithFaxCover(referrer, sent) : referrer;
        if (relayed && covered.Name is null && TypedSignature(text.Quoted) is { } signer)
        {
            // The letter's heading ("Bayside Ortho  Tel (555) ...  Fax (555) ...") gives the signer's numbers.
            covered = covered.Phone is null && covered.Fax is null && top is not null
                ? covered with { Name = signer, Phone = top.Phone, Fax = top.Fax }
                : covered with { Name = signer };
        }
        var named = block?.Name ?? covered.Name;
        if (top?.Provider is { } headed && (named is null || !named.Contains(',', StringComparison.Ordinal)))
        {
            // The relay's "From: Crescent Hand & Upper Ext Ctr (555) 575-4401" names the fax line; the form's
            // heading names the provider, the practice and its own numbers.
            return WithFormHeading(referrer with { Name = headed, Organization = null, Role = null, Phone = null, Fax = null }, top);
        }

        if (block is null)
        {
            return top is not null && covered.Organization is null ? WithFormHeading(covered, top) : covered;
        }

        // A form's referring-provider block names the provider and their numbers, whoever's mailbox sent it.
        // Behind a relay, the attached form's heading ("Valley Orthopedic & Sports Medicine" over its address and
        // numbers) names the practice when the provider's block does not.
        var heading = block.Organization is null && cover?.Organization is null ? top : null;
        var blockOrganization = block.Organization ?? cover?.Organization ?? heading?.Organization ?? organization;
        return referrer with
        {
            Name = FromCapitals(block.Name),
            Organization = FromCapitals(ReferringProviderBlock.InstitutionOf(blockOrganization)),
            // A title the form states ("Discharge Planner") says more than the hospital the referrer works for.
            Role = block.Role is { } titled && titled != ReferrerRole.Physician ? titled
                : ReferrerRoles.FromSignature([block.Name!, .. blockOrganization is null ? Array.Empty<string>() : [blockOrganization]], blockOrganization)
                ?? block.Role ?? role,
            Phone = block.Phone ?? (block.Fax is null ? heading?.Phone ?? phone : null),
            Fax = block.Fax ?? cover?.Fax ?? (block.Phone is null ? heading?.Fax ?? fax : null),
        };
    }

    /// <summary>"Electronically signed: Kevin Dorsey, MD 11/12/2026 10:41" is Kevin Dorsey, MD; staff writing
    /// "for Dr. Raj Patel" refer for the doctor.</summary>
    private static string? CleanName(string? line)
    {
        if (line is null)
        {
            return null;
        }

        var forDoctor = ForDoctor().Match(line);
        if (forDoctor.Success)
        {
            return forDoctor.Groups["doctor"].Value;
        }

        var name = SignedPrefix().Replace(line, "");
        // "Noreen Mulcahy (daughter)": the relation in brackets is no part of the name.
        name = TrailingDate().Replace(TrailingAside().Replace(name, ""), "").Trim().TrimEnd(',');
        if (MessageText.DoctorSurname().IsMatch(name))
        {
            // "Dr. Pham" is all the message says of the name: that is the name ("Dr. Q" says too little).
            return name.TrimEnd('.').Length > 5 ? name.TrimEnd('.') : null;
        }

        // "Dr. med. Anna Keller": a German doctor's degree is written whole before her name, and kept with it (the
        // bare "Dr." alone is dropped, as in "Dr. Jane Roe").
        name = GermanDoctorate().IsMatch(name) ? name : Honorific().Replace(DoctorPrefix().Replace(name, ""), "");
        return name.Length is > 2 and < 70 && !Mailbox().IsMatch(name) ? name : null;
    }

    private static string? NameLine(IReadOnlyList<string> signature, string? fromName)
    {
        // "Cardiac Rehab Scheduling" or "Greenway Pediatric Associates" in the header names no one in the signature.
        var tokens = IsMailboxName(fromName) ? [] : SenderTokens(fromName);
        // "Center Director, Pine Meadow Child Development Center" from the center's mailbox ("Pine Meadow CDC") is a
        // title and the practice, not the sender's name.
        var line = signature.FirstOrDefault(l => tokens.Count > 0 && SignatureNames.Names(l, [.. tokens.Take(2)]) && !IsPracticeLine(l)
                && !(l.IndexOf(',', StringComparison.Ordinal) is var comma and > 0 && TitleWords.IsIn(l[..comma]) && !SignatureNames.Names(l[..comma], [.. tokens.Take(2)])))
            ?? signature.FirstOrDefault(l => CleanName(l.Split('|')[0].Trim()) is { } clean && PersonName().IsMatch(clean) && !OrganizationWords.IsIn(clean)
                && !DepartmentWords.IsIn(clean))
            ?? (tokens.Count == 0 ? signature.FirstOrDefault(l => CleanName(l) is { } doctor && MessageText.DoctorSurname().IsMatch(doctor)) : null);
        if (line is null)
        {
            return null;
        }

        // "Anita Rosales, MD | Prairie Pediatrics" keeps only the name and credentials; "S. Okwuosa MD" from Samuel
        // Okwuosa's mailbox is "Samuel Okwuosa, MD", and "Dr. S. Okwuosa" is Dr. Samuel Okwuosa.
        var name = ReferringProviderBlock.CommaBeforeCredential(SplitNameLine(line).Name);
        if (InitialThenName().Match(name) is { Success: true } initial && tokens.Count > 1
            && tokens[0].Length > 1 && char.ToUpperInvariant(tokens[0][0]) == initial.Groups["initial"].Value[0])
        {
            name = initial.Groups["title"].Value + tokens[0] + name[(initial.Length - 1)..];
        }

        return name.Length is > 2 and < 70 && !name.Contains('@', StringComparison.Ordinal) && !char.IsDigit(name[0]) ? name : null;
    }

    [GeneratedRegex(@"^(?<title>Dr\.?\s+)?(?<initial>\p{Lu})\.\s*(?=\p{Lu}\p{Ll})")]
    private static partial Regex InitialThenName();

    private static string Domain(string fromAddress) => fromAddress.Split('@').LastOrDefault()?.Split('.')[0].ToLowerInvariant() ?? "";

    private static string? MailboxOwner(string displayName)
    {
        var owner = Mailbox().Replace(displayName, " ");
        owner = Regex.Replace(owner, @"\s+", " ").Trim(' ', '-', '|', ',');
        // "Clinic Referrals" leaves one generic word, which names no organization.
        return owner.Length > 3 && owner.Contains(' ', StringComparison.Ordinal) && OrganizationWords.IsIn(owner) ? owner : null;
    }

    // The length of the longest run of letters the organization's name shares with the mail domain.
    private static int SharedStem(string letters, string domain)
    {
        var longest = 0;
        for (var i = 0; i < domain.Length; i++)
        {
            for (var length = longest + 1; i + length <= domain.Length; length++)
            {
                if (!letters.Contains(domain.AsSpan(i, length), StringComparison.Ordinal))
                {
                    break;
                }

                longest = length;
            }
        }

        return longest;
    }

    private static string? Reorder(string? fromName)
    {
        // "truiz77" is a mailbox's handle, not a name.
        if (string.IsNullOrWhiteSpace(fromName) || fromName.Contains('@', StringComparison.Ordinal) || fromName.Any(char.IsDigit)
            || !fromName.Trim().Contains(' ', StringComparison.Ordinal) && !fromName.Contains(',', StringComparison.Ordinal))
        {
            return null;
        }

        // "Dr. Yusuf Amari" is Yusuf Amari, as in a signature; "gloria tibbs" is Gloria Tibbs.
        fromName = Honorific().Replace(DoctorPrefix().Replace(fromName.Trim(), ""), "");
        if (fromName.Any(char.IsLetter) && !fromName.Any(char.IsUpper))
        {
            fromName = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(fromName);
        }

        var parts = fromName.Split(',', 2, StringSplitOptions.TrimEntries);
        if (parts.Length == 2 && FirstThenCredential().Match(parts[1]) is { Success: true } first && !parts[0].Contains(' ', StringComparison.Ordinal))
        {
            // "Moreno, Luis MD" in a directory's order is Luis Moreno, MD.
            return $"{first.Groups["first"].Value} {parts[0]}, {first.Groups["cred"].Value}";
        }

        // "Cho, Amy" is Amy Cho; "Lee, MD" is no name reversed.
        return parts.Length == 2 && !parts[1].Contains(' ', StringComparison.Ordinal) && (parts[1].Length > 3 || (parts[1].Length > 1 && parts[1].Skip(1).All(char.IsLower)))
            ? $"{parts[1]} {parts[0]}"
            : WithCommaCredentials(fromName.Trim());
    }

    /// <summary>"JOHN PARK, MD" is John Park, MD and "SUMMIT SPORTS MEDICINE" Summit Sports Medicine; credentials stay as written.</summary>
    private static string? FromCapitals(string? value)
    {
        if (value is null || value.Count(char.IsLetter) < 4 || value.Where(char.IsLetter).Any(char.IsLower))
        {
            return value;
        }

        var comma = value.IndexOf(',', StringComparison.Ordinal);
        var (head, tail) = comma > 0 ? (value[..comma], value[comma..]) : (value, "");
        var words = head.ToLowerInvariant().Split(' ').Select((w, i) => i > 0 && SmallWords.Contains(w) ? w
            : w.Length == 0 ? w : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(w));
        return string.Join(' ', words) + tail;
    }

    private static string? NullIfEmpty(this string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    [GeneratedRegex(@"^Dr\.\s?med\.(?:\s?(?:dent|vet|univ)\.)?\s+" + Credentials.Name)]
    private static partial Regex GermanDoctorate();

    [GeneratedRegex(@"\bfor\s+Dr\.?\s+(?<doctor>\p{Lu}[\p{L}'’\-]+(?:\s\p{Lu}\.?)?\s\p{Lu}[\p{L}'’\-]+)")]
    private static partial Regex ForDoctor();

    // "/s/ Marcus Reyes, DO": a letter's typed electronic signature.
    [GeneratedRegex(@"^(?:electronically\s+signed(?:\s+by)?|signed(?:\s+by)?|signature|/s/)\s*:?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex SignedPrefix();

    [GeneratedRegex(@"\s+\([\p{L} ]{2,20}\)$")]
    private static partial Regex TrailingAside();

    [GeneratedRegex(@"\s+(?:Date\s*:.*|\d{1,2}/\d{1,2}/\d{2,4}.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingDate();


    [GeneratedRegex(@"\b(?:front\s+desk|office|scheduling|referrals?|records|website|web\s+form|e?fax|rightfax|server|scan(?:ner|-to-e-?mail)?|portal|team|intake|notifications?|no-?reply)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Mailbox();

    [GeneratedRegex(@",?\s*\b(?:opt|option)\.?\s*#?\s*\d{1,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex MenuOption();

    [GeneratedRegex(@"^(?<first>\p{Lu}[\p{Ll}'’\-]+(?:\s\p{Lu}\.?)?)\s+(?<cred>[A-Z][A-Z.\-/]{1,10})$")]
    private static partial Regex FirstThenCredential();

    [GeneratedRegex(@"^(?:Dr\.?\s)?[A-Z][a-z'’\-]+(?:\s[A-Z]\.?)?\s[A-Z][A-Za-z'’\-]+(?:,\s*[A-Za-z.\-/, ]{1,30})?$")]
    private static partial Regex PersonName();
}
