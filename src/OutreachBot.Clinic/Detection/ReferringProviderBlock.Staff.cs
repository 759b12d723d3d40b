using System.Text.RegularExpressions;

namespace OutreachBot.Clinic.Detection;

/// <summary>
/// Office staff writing for a provider: a signature's "Referral Coordinator for Jane Roe, MD", "on behalf of Dr. Hart",
/// "Dr. Haddad would like", "forwarding per Dr. Haddad": the provider refers, not the staff member who sent the mail.
/// </summary>
internal static partial class ReferringProviderBlock
{
    /// <summary>The provider an office signature writes for ("Surgical Coordinator for Simone Adeyemi, MD").</summary>
    public static string? ProviderOfStaff(IReadOnlyList<string> signature, string all)
    {
        foreach (var line in signature)
        {
            var match = ForProvider().Match(line);
            if (match.Success)
            {
                return match.Groups["cred"].Success
                    ? Credentials.WithoutSentenceStop(match.Groups["name"].Value + match.Groups["cred"].Value)
                    : match.Groups["name"].Value;
            }

            // "Carla (front desk for Dr. Shah)": the thread or the form names the doctor in full.
            if (StaffForSurname().Match(line) is { Success: true } surname)
            {
                return ProviderNames.FullName(surname.Groups["last"].Value, all);
            }
        }

        return null;
    }

    /// <summary>
    /// The provider that office staff write for in their own words: "I'm writing on behalf of Dana Whitfield, MD",
    /// "on behalf of Dr. Samuel Hart". A writer who refers in their own right (a case manager, a provider) may name the
    /// surgeon ("Dr. Sato wants an early active motion protocol") without writing for them: only "on behalf of" counts then.
    /// </summary>
    public static string? ProviderOnBehalf(string own, string all, bool writerRefersInOwnRight)
    {
        if (OnBehalfOf().Match(own) is { Success: true } behalf)
        {
            return WithCredentials(behalf);
        }

        if (writerRefersInOwnRight)
        {
            return null;
        }

        // "Cyrus Haddadi, MD asks that this patient be seen ASAP": staff passing on a credentialed provider's request.
        if (ProviderAsks().Match(own) is { Success: true } asks)
        {
            return WithCredentials(asks);
        }

        // "Referral from Dr. Grace Hollis for hand therapy", "the attached referral letter from Dr. Albright".
        if (ReferralFrom().Match(own) is { Success: true } from)
        {
            return from.Groups["name"].Success ? WithCredentials(from) : ProviderNames.FullName(from.Groups["last"].Value, all);
        }

        // "Dr. Haddad would like OT for his patient", "Dr. Obi signed the form today": staff who name the doctor by
        // surname only.
        // The note's "Dr. Patel asked me" and the order's "Provider: Anil Patel, MD" are one doctor.
        // "THIS IS TRINA FROM DR. LOPEZ OFFICE. DR LOPEZ WOULD LIKE TO REFER PT FOR OT EVAL": a note typed in capitals
        // says the same in ordinary case.
        var wants = DoctorWants().Match(own);
        if (!wants.Success && ProviderNames.IsInCapitals(own))
        {
            wants = DoctorWants().Match(ProviderNames.InOrdinaryCase(own));
        }

        return wants.Success ? ProviderNames.FullName(wants.Groups["last"].Value, all) : null;
    }

    // "Rachel Kim NP" is written "Rachel Kim, NP", as credentials after a comma are.
    private static string WithCredentials(Match match) => match.Groups["cred"].Success
        ? Credentials.WithoutSentenceStop(CommaBeforeCredential(match.Groups["name"].Value + match.Groups["cred"].Value))
        : match.Groups["name"].Value;

    // "Referral Coordinator for Simone Adeyemi, MD", "Medical Assistant to Dr. Samuel Hart" (a doctor: MD).
    // "Nurse for Dr. Alan Reyes, Westbrook Orthopedics", "Referral Coordinator | Dr. Sarah Blake's office".
    [GeneratedRegex(@"\b(?:for|to)\s+(?:(?:Dr\.?\s+)?(?<name>" + Credentials.Name + ")(?<cred>" + Credentials.After + @")|Dr\.?\s+(?<name>" + Credentials.Name + @")\s*(?:$|[,|—–]|\s-\s))|(?:^|[|,]\s*)Dr\.?\s+(?<name>" + Credentials.Name + @")['’]s\s+office\b")]
    private static partial Regex ForProvider();

    // "front desk for Dr. Shah", "MA to Dr. Obi": staff of a doctor named by surname only.
    [GeneratedRegex(@"\b(?i:front\s+desk|assistant|coordinator|scheduler|secretary|nurse|staff|MA|RN|LPN)\s+(?i:for|to)\s+Dr\.?\s+(?<last>\p{Lu}[\p{L}'’\-]+)(?![\p{L}'’\-]|\s\p{Lu})")]
    private static partial Regex StaffForSurname();

    // "the referral we sent 3/5 from Anita Shah, MD": a name with credentials needs no "Dr.". "request the order from Dr.
    // Haddad's office" asks for an order not yet written: the writer refers.
    [GeneratedRegex(@"\b(?i:referral|order|prescription|Rx|referral\s+(?:letter|order|form)|letter)(?:[ \t]+(?i:we|I)[ \t]+(?i:sent|faxed|submitted|emailed)[^.\n]{0,30}?)?\s+from\s+(?:Dr\.?\s+(?:(?<name>" + Credentials.Name + @")|(?<last>\p{Lu}[\p{L}'’\-]+))|(?<name>" + Credentials.Name + ")(?<cred>" + Credentials.After + @"))(?<!['’]s)(?![\p{L}'’\-]|\s\p{Lu})")]
    private static partial Regex ReferralFrom();

    // "forwarding per Dr. Haddad - pls schedule": staff passing the doctor's request on, by the doctor's word.
    [GeneratedRegex(@"(?:^|[.!]\s+|\n)Dr\.?\s+(?<last>\p{Lu}[\p{L}'’\-]+)(?<!['’]s)\s+(?:would\s+like|wants|asked\s+(?:me|us)|has\s+asked|is\s+referring|requested|is\s+requesting|ordered|signed)\b|\b(?i:forwarding|sending|faxing)\s+(?:(?i:this|these|it)\s+)?per\s+Dr\.?\s+(?<last>\p{Lu}[\p{L}'’\-]+)(?![\p{L}'’\-]|\s\p{Lu})")]
    private static partial Regex DoctorWants();

    [GeneratedRegex(@"(?:^|[.!]\s+|\n)(?<name>" + Credentials.Name + ")(?<cred>" + Credentials.After + @"|\s+" + SpacedCredentials + @")\s+(?:asks|asked|would\s+like|wants|wanted|has\s+asked|requests|requested|is\s+requesting|is\s+referring)\b")]
    private static partial Regex ProviderAsks();

    // Only a named doctor or a name with credentials: "on behalf of my mother, Jane Doe" is a family writing.
    // "On behalf of Dr. Samuel Hart", "I am the office manager for Dr. Liam Ortiz", "sending for Victor Amsel, MD".
    [GeneratedRegex(@"(?:\b[Oo]n\s+behalf\s+of|\b(?i:writing|sending|faxing)\s+(?:(?i:this|these|it)\s+)?for|\b(?i:assistant|coordinator|manager|nurse|scheduler|secretary|MA)\s+(?:for|to))\s+(?:(?:Dr\.?\s+)?(?<name>" + Credentials.Name + ")(?<cred>" + Credentials.After + @")|Dr\.?\s+(?<name>" + Credentials.Name + "))")]
    private static partial Regex OnBehalfOf();
}
