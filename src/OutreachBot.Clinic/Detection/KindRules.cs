using System.Text.RegularExpressions;

namespace OutreachBot.Clinic.Detection;

/// <summary>Scores referral evidence against negative signals and decides the kind of message.</summary>
internal static partial class KindRules
{
    private const double Threshold = 0.45;
    private const double StrongMargin = 0.25;

    private static readonly Phrases StrongNegative = new(
        "unsubscribe", "automatic reply", "out of office", "out of the office", "explanation of benefits", "undeliverable",
        "undelivered", "remittance", "view in browser", "manage preferences", "appointment reminder", "password", "thank you for referring", "authorization approved", "prior authorization request", "authorization request has been",
        "authorization decision", "authorization status", "notice of authorization", "utilization management", "claim was rejected",
        "rejected by the payer", "claim status alert",
        "received a statement", "billing statement", "my bill", "balance due", "sent in error", "sent to you in error",
        "sent to your inbox in error", "sent to the wrong", "no action needed on your end", "no action is needed on your end");

    private static readonly Phrases FaxedResults = new(
        "lab results", "laboratory results", "final results", "test results", "lab report", "laboratory report",
        "pathology report", "radiology report", "imaging report", "culture results");

    public static (MessageKind Kind, double Confidence) Decide(
        IncomingMessage message, MessageText text, Evidence evidence, ReferrerRole? role, List<string> signals)
    {
        // A one-line cover note ("Fax received, 2 pages") in front of a referral form with a text layer: the form speaks.
        var ownText = text.SubjectAndOwn;
        // (So is a fax server's delivery notice, "You have received a 2 page fax": MessageText.FaxServerNotice.)
        var coverNote = text.IsCoverNote;
        var forms = coverNote ? string.Join('\n', message.Attachments.Select(a => a.ExtractedText).OfType<string>()) : "";
        if (forms.Length > 0)
        {
            ownText += "\n" + forms;
            signals.Add("cover note: the attached form is read as the message");
        }

        var score = 0.0;
        var requestText = Vocabulary.ReferralNarrative.IsIn(ownText) ? NarrativeReferral().Replace(ownText, " ") : ownText;
        // "Can you email us his latest OT eval?", a subject "Evaluation summary for our chart": a provider asking for the
        // clinic's own notes on a patient it already sees. The evaluation named there asks for none.
        requestText = OurNotesAsked().Replace(requestText, " ");
        var language = Vocabulary.ReferralLanguage.FirstIn(requestText)
            ?? (evidence.PatientIdentified ? Vocabulary.SoftReferralLanguage.FirstIn(requestText) : null);
        // "Needs resting hand splints and joint protection teaching": a need for what the clinic does, for a named patient.
        language ??= evidence.PatientIdentified && NeedsService().Match(requestText) is { Success: true } need ? need.Value : null;
        // "Can u get Tyler Brandvold in for a splint this wk?": a referrer's terse ask to book a patient it names; also
        // when the ask points at the patient the note goes on to name ("can you get this little one in soon for a feeding eval?").
        language ??= GetPatientIn().Match(requestText) is { Success: true } getIn ? getIn.Value : null;
        if (language is not null)
        {
            score += 0.35;
            signals.Add($"referral language: \"{language.ToLowerInvariant()}\"");
        }
        else if (evidence.OrderAttached && evidence.PatientIdentified)
        {
            // "Signed order is on page 2" of the fax the front desk passes on, for a child it names: an order for a
            // named patient asks for care though no referral phrase says so. (Not counted as referral language: a
            // report copied to the clinic with its order number still asks for nothing.)
            score += 0.35;
            signals.Add("an order for a named patient");
        }

        // The same words as the sender's own text (subject, body and a cover note's form): its scan is reused.
        var clinical = Vocabulary.Clinical.AllIn(ownText);
        if (clinical.Count == 0 && Vocabulary.ChildSigns.FirstIn(ownText) is { } sign)
        {
            clinical = [sign];
        }

        if (clinical.Count > 0)
        {
            score += clinical.Count >= 3 ? 0.25 : 0.15;
            signals.Add($"clinical words: {string.Join(", ", clinical.Take(4))}");
        }

        score += evidence.Icd10 ? 0.15 : 0;
        score += evidence.PatientIdentified ? 0.1 : 0;
        score += evidence.OrderAttached ? 0.15 : 0;
        score += evidence.AttachmentNeedsPerson && language is not null ? 0.15 : 0;

        // A clinician's letter ("Dear Dr. Lee", "the patient ... the patient") is not a family asking for care.
        var clinicianVoice = ThirdPerson().Count(text.Own) >= 2 || DearDoctor().IsMatch(text.Own);
        var selfWords = role is null && !evidence.HasOrganization && !clinicianVoice ? Vocabulary.SelfReferral.FirstIn(ownText) : null;
        var asksForCare = selfWords is not null ? Vocabulary.ServiceRequest.FirstIn(ownText) : null;
        if (asksForCare is { } request)
        {
            score += 0.35;
            signals.Add($"asks for care: \"{request.ToLowerInvariant()}\"");
        }

        var strong = StrongNegative.AllIn(ownText);
        var negatives = Vocabulary.Negative.AllIn(text.Subject).Union(Vocabulary.BodyNegative.AllIn(text.Own)).Except(strong).ToList();
        if (strong.Count > 0 || negatives.Count > 0)
        {
            score -= Math.Min(0.9, (strong.Count * 0.6) + (negatives.Count * 0.3));
            signals.Add($"not-referral signals: {string.Join(", ", strong.Concat(negatives).Take(4))}");
        }

        // A forward keeps References (Outlook) but is no reply: a referral forwarded to the clinic for the first time
        // is new; one forwarded again after it came is tied to its thread by ReferralThreads.
        var isReply = message.InReplyTo is not null || ReplyPrefix().IsMatch(message.Subject)
            || (message.References.Count > 0 && !ThreadKeys.IsForward(message.Subject));
        // "Please let us know when he is scheduled" asks; it confirms nothing.
        if (isReply && Vocabulary.SchedulingOnly.IsIn(text.Own) && !AsksWhen().IsMatch(text.Own) && !evidence.OrderAttached && message.Attachments.Count == 0)
        {
            signals.Add("reply that confirms scheduling");
            return (MessageKind.NotReferral, Confidence(score - 0.6));
        }

        // The quoted message was a referral: it asked for care, or it gave a patient's date of birth and clinical facts.
        bool ThreadAsksForCare() => (Vocabulary.SelfReferral.IsIn(text.Quoted) && Vocabulary.ServiceRequest.IsIn(text.Quoted))
            || (Vocabulary.Clinical.IsIn(text.Quoted) && ClinicalDates.FindDateOfBirth(text.Quoted, message.ReceivedAt.Year) is not null);
        if (isReply && strong.Count == 0 && Vocabulary.OtService.IsIn(text.All) && (ThreadAsksForCare() || Vocabulary.ReferralLanguage.IsIn(text.Quoted + "\n" + text.Subject)))
        {
            // A chain of forwards that never passed through the mailbox it now reaches brings the referral to it new.
            if (ThreadKeys.IsFirstForwardToUs(message, text.Quoted))
            {
                signals.Add("referral forwarded on to the clinic for the first time");
                return (MessageKind.Referral, Confidence(Math.Max(score, Threshold + 0.1)));
            }

            signals.Add("reply in a referral thread");
            return (MessageKind.ReferralUpdate, Confidence(Math.Max(score, Threshold + 0.1)));
        }

        // "Following up on Dr. Adebayo's referral for Catherine: her insurance changed": news for a referral sent before.
        if (strong.Count == 0 && (isReply || evidence.PatientIdentified) && ReferralFollowUp.FindIn(text.Own) is { } followUp)
        {
            signals.Add($"follows up on a referral sent before: \"{followUp.ToLowerInvariant()}\"");
            return (MessageKind.ReferralUpdate, Confidence(Math.Max(score, Threshold + 0.1)));
        }

        // A transcribed clinical note (history, exam, impression...) or a consultant's letter is not a request to us.
        // An EHR's outgoing referral form has note-like fields (HISTORY:, DIAGNOSIS:) but a line asking for therapy.
        var sections = FormRequestLine().IsMatch(ownText) ? 0
            : ClinicalNoteSection().Matches(text.Own).Select(m => m.Groups["name"].Value.ToUpperInvariant()).Distinct().Count();
        if (sections >= 2)
        {
            score -= 1.0;
            signals.Add($"reads as a clinical note ({sections} note sections)");
        }

        var narrative = Vocabulary.ReferralNarrative.FirstIn(ownText);
        if (narrative is not null && !Vocabulary.ReferralLanguage.IsIn(requestText))
        {
            score -= 0.3;
            signals.Add($"consult letter or history: \"{narrative.ToLowerInvariant()}\"");
        }

        score = Math.Round(score, 2);

        // A portal's notice of a new referral is one, though its details wait behind a log-in.
        if (!isReply && strong.Count == 0 && sections == 0 && ReferralNotice.FindIn(ownText) is { } notice)
        {
            signals.Add($"portal notice of a new referral: \"{notice.ToLowerInvariant()}\"");
            return (MessageKind.Referral, Confidence(Math.Max(score, Threshold + 0.1)));
        }

        // A referral to the clinic need not name occupational therapy ("please evaluate for lymphedema"): a request
        // that names a patient with clinical facts is one. Weaker evidence must ask for the clinic's service.
        // A transcribed note or a consultant's letter is never taken that way.
        var plainlyReferral = score >= Threshold + StrongMargin && evidence.PatientIdentified && language is not null
            && sections == 0 && narrative is null;
        // A family naming their child, describing what the child cannot do and asking for care asks the clinic it
        // writes to, though it may not know the words "occupational therapy".
        var familyAsks = asksForCare is not null && evidence.PatientIdentified && clinical.Count > 0;
        if (score >= Threshold && !plainlyReferral && !familyAsks && !Vocabulary.OtService.IsIn(text.All))
        {
            signals.Add("asks for no occupational-therapy service");
            return (MessageKind.NotReferral, Confidence(Math.Min(score, Threshold - 0.05)));
        }

        // A fax server's notice or a one-line cover note over pages that are only pictures: what the clinic's fax
        // line receives is mostly referrals, and a person must read these pages anyway.
        // A forward (Outlook keeps References on one) of such a notice still passes the pages on; a reply does not.
        var answers = message.InReplyTo is not null || ReplyPrefix().IsMatch(message.Subject);
        // The fax line also brings labs and reports on current patients: a notice whose cover subject names results
        // ("Re: lab report", "Subject: test results") and no referral is not one.
        var faxedResults = language is null && FaxedResults.IsIn(ownText);
        if (score < Threshold && coverNote && forms.Trim().Length == 0 && evidence.AttachmentNeedsPerson && !answers
            && strong.Count == 0 && negatives.Count == 0 && !faxedResults && LooksFaxed(message, ownText))
        {
            signals.Add("faxed or scanned pages with no text layer: likely referral");
            return (MessageKind.Referral, Confidence(Threshold + 0.05));
        }

        if (score < Threshold)
        {
            return (MessageKind.NotReferral, Confidence(score));
        }

        // A result or report copied to the clinic ("*** FINAL REPORT ***", "Impression:") that asks for nothing:
        // facts alone are no referral. Kept to reports: a referral in words the vocabulary lacks must not be lost.
        // A fax server's notice over a faxed report is judged by the report. A scanned page a person must read may be a
        // referral behind a cover note; behind a report written out in full ("Report Delivery - Final ... IMPRESSION:
        // ... Scanned copy attached") it is that report's copy.
        if (language is null && selfWords is null && (!evidence.AttachmentNeedsPerson || !coverNote) && Report().IsMatch(forms.Length > 0 ? ownText : text.Own))
        {
            signals.Add("asks for nothing");
            return (MessageKind.NotReferral, Confidence(Math.Min(score, Threshold - 0.05)));
        }

        // A practice asking how referring works ("Which plans are you in network with? What is your wait time?"),
        // with no patient, order or faxed page: a partner to answer, not a referral to triage.
        if (selfWords is null && !evidence.PatientIdentified && !evidence.OrderAttached && message.Attachments.Count == 0
            && text.Own.Count(c => c == '?') + IndirectQuestion().Count(text.Own) >= 2)
        {
            signals.Add("asks about referring, names no patient");
            return (MessageKind.NotReferral, Confidence(Threshold - 0.05));
        }

        if (selfWords is not null)
        {
            signals.Add($"written by the patient or family: \"{selfWords}\"");
            return (MessageKind.SelfReferral, Confidence(score));
        }

        return (MessageKind.Referral, Confidence(score));
    }

    // A fax or scan (TIFF, a PDF of page images) or pages the note calls a fax, scan, referral or order; a photo
    // sent with a line about something else is not one.
    private static bool LooksFaxed(IncomingMessage message, string ownText) =>
        message.Attachments.Any(a => a.NeedsPerson && (a.ContentType.Contains("tiff", StringComparison.OrdinalIgnoreCase)
            || a.ContentType.Equals("application/pdf", StringComparison.OrdinalIgnoreCase)))
        || FaxWords().IsMatch(ownText);

    [GeneratedRegex(@"\b(?:let|tell|notify|update)\s+(?:us|me)\s+(?:know\s+)?(?:when|once|if)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksWhen();

    [GeneratedRegex(@"\b(?:fax|faxed|scan|scanned|referral|order|Rx|prescription|script)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FaxWords();

    // Distance from the threshold, mapped to [0.5, 0.99]: a bare guess is 0.5, a clear case approaches 1.
    private static double Confidence(double score) => Math.Round(Math.Clamp(0.5 + Math.Abs(score - Threshold), 0.5, 0.99), 2);

    [GeneratedRegex(@"(?<![A-Z])(?<name>CHIEF COMPLAINT|HISTORY OF PRESENT ILLNESS|PHYSICAL EXAM(?:INATION)?|REVIEW OF SYSTEMS|IMPRESSION|PAST MEDICAL HISTORY|PAST SURGICAL HISTORY|MEDICATIONS|ALLERGIES|SOCIAL HISTORY|FAMILY HISTORY|REASON FOR CONSULTATION|LABORATORY DATA|VITAL SIGNS|HOSPITAL COURSE|ASSESSMENT AND PLAN|SUBJECTIVE|OBJECTIVE|FINDINGS|PROCEDURE|OPERATIVE NOTE|ANESTHESIA|INDICATIONS?|PREOPERATIVE DIAGNOSIS|POSTOPERATIVE DIAGNOSIS|HISTORY|HX|EXAM|ASSESSMENT|PLAN|RECOMMENDATIONS?|SUMMARY|DISCUSSION|QUESTION|ANSWER|REASON FOR REFERRAL|DIAGNOS[EI]S|TESTS ADMINISTERED|RESULTS|CONCLUSIONS?|COURSE)\s*:")]
    private static partial Regex ClinicalNoteSection();

    [GeneratedRegex(@"thank you for (?:referring|this referral|allowing me|the opportunity)[^.\n]*|(?:we|I) (?:received|got|have) an? (?:\w+ )?referral[^.\n]*|(?:was|were|had been) referred\b[^.\n]*|is referred by[^.\n]*|referred to (?:me|us by)[^.\n]*|who referred[^.\n]*", RegexOptions.IgnoreCase)]
    private static partial Regex NarrativeReferral();

    [GeneratedRegex(@"\b(?:send|fax|forward|e-?mail)\s+(?:(?:me|us|over|back)\s+)?(?:a\s+copy\s+of\s+)?(?:the|her|his|their|your|any)\s+(?:(?:most\s+)?recent\s+|latest\s+|initial\s+)?(?:OT\s+|occupational\s+therapy\s+|therapy\s+)?(?:re-?)?eval(?:uation)?s?\b(?:\s+(?:report|summary|results|notes?))?|\b(?:OT\s+|occupational\s+therapy\s+)?(?:re-?)?eval(?:uation)?\s+(?:report|summary|results)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OurNotesAsked();

    [GeneratedRegex(@"\bneeds\s+(?:an?\s+|to\s+(?:see|have)\s+)?(?:[\w/-]+\s+){0,3}?(?:splints?|splinting|orthos[ie]s|OT|occupational therapy|hand therapy|therapy|eval(?:uation)?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NeedsService();

    [GeneratedRegex(@"\b(?i:can|could|pls|please)\s+(?:you|u)\s+(?:get|fit|squeeze|work)\s+(?:(?:[A-Z][\w'-]*\s+){1,3}|(?i:(?:this|our|my)\s+(?:kiddo|kid|child|little\s+one|baby|patient|pt|boy|girl)|her|him|them)\s+)in\s+(?i:(?:asap|soon|quickly|this\s+week)\s+)?for\s+(?:an?\s+)?(?:[\w/-]+\s+){0,3}?(?:eval(?:uation)?|splint(?:ing)?|orthosis|OT|therapy|hand therapy)\b")]
    private static partial Regex GetPatientIn();

    [GeneratedRegex(@"^\s*(?:request(?:ed)?(?:\s+services?)?|orders?|services?\s+requested|referral\s+to)\s*:[^\n]*\b(?:OT|occupational\s+therapy|hand\s+therapy|eval(?:uate|uation)?)\b", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex FormRequestLine();

    [GeneratedRegex(@"^[\s*]*(?:final|preliminary|addendum)\s+report\b|^\s*(?:impression|findings|results?|result\s+status)\s*:", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex Report();

    [GeneratedRegex(@"\bthe patient\b", RegexOptions.IgnoreCase)]
    private static partial Regex ThirdPerson();

    [GeneratedRegex(@"^\s*Dear Dr\b", RegexOptions.Multiline)]
    private static partial Regex DearDoctor();

    [GeneratedRegex(@"^\s*(?:re|aw|sv)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex ReplyPrefix();

    // "We're also wondering if you do feeding therapy": a question asked without a question mark.
    [GeneratedRegex(@"\b(?:wondering|want(?:ed)?\s+to\s+know|curious)\s+(?:if|whether|what|how|where|when)\b", RegexOptions.IgnoreCase)]
    private static partial Regex IndirectQuestion();
}

/// <summary>Facts found before the kind is decided that also count as referral evidence.</summary>
internal sealed record Evidence(bool Icd10, bool PatientIdentified, bool OrderAttached, bool HasOrganization)
{
    /// <summary>A faxed or scanned page, or a PDF that could not be read: its words are for a person.</summary>
    public bool AttachmentNeedsPerson { get; init; }
}
