namespace OutreachBot.Clinic.Detection;

/// <summary>
/// First-slice referral detector: rules and small dictionaries, every decision explained by a signal staff can read.
/// Stateless and thread-safe; does no I/O.
/// </summary>
public sealed class ReferralDetector
{
    private static readonly Referrer NoReferrer = new(null, null, null, null, null, null);
    private static readonly PatientFacts NoPatient = new(null, null, null, null);

    private readonly DetectionRules _rules;
    private readonly HashSet<string> _ownNumbers;

    public ReferralDetector()
        : this(DetectionRules.Default)
    {
    }

    public ReferralDetector(DetectionRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _rules = rules;
        _ownNumbers = [.. rules.OwnPhoneNumbers.Select(PhoneMention.DigitsOf).Where(d => d.Length >= 10)];
    }

    public ReferralDetection Detect(IncomingMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        try
        {
            return DetectIn(message);
        }
        finally
        {
            // The phrase scans of this message's texts are not kept past it.
            PhraseCatalog.Forget();
        }
    }

    private ReferralDetection DetectIn(IncomingMessage message)
    {
        var signals = new List<string>();
        var text = MessageText.From(message);
        var (fromAddress, fromName) = (message.FromAddress, message.FromName);
        MessageText? forwarder = null;

        // A forward (not a reply) carries the original referral: read it as if the original sender had written to us.
        if (ThreadKeys.IsForward(message.Subject) && message.InReplyTo is null && text.FirstQuoted is { } original)
        {
            signals.Add("forwarded message: read from the original sender");
            (fromAddress, fromName) = (original.Email ?? fromAddress, original.Name ?? fromName);
            forwarder = text;
            text = text.Forwarded();

            // Forwarded again on the way (Fwd: Fwd:): a hop that adds a line at most ("came to my box by mistake")
            // passes on the one below it; so does a hop by the clinic's own staff ("this came to me directly, can you
            // get it into intake?"), who never refer to their own clinic.
            for (var hop = 0; hop < 5 && (IsPassingOn(text) || IsOwnStaff(fromAddress)) && text.FirstQuoted is { } earlier; hop++)
            {
                (fromAddress, fromName) = (earlier.Email ?? fromAddress, earlier.Name ?? fromName);
                text = text.Forwarded();
            }
        }

        var codes = Icd10Codes.FindIn(text);
        var order = OrderRules.Find(message.Attachments, text.Own);
        var referrer = ReferrerReader.Read(text, fromAddress, fromName);
        if (forwarder is not null && OfficeStaff.ProviderBelow(text, fromAddress, forwarder.Own) is ({ } named, { } namedText))
        {
            // "Please see referral below from Dr. Lindgren" above a colleague's hop that adds the patient's details:
            // the provider further down refers; the facts are still read from the hop.
            referrer = ReferrerReader.Read(namedText, named.Email ?? fromAddress, named.Name);
            signals.Add("forwarded through a colleague: read from the provider the note names");
        }

        // (Not the clinic's own staff forwarding what its fax server received: their signature is the clinic's.)
        if (forwarder is not null && SameDomain(fromAddress, message.FromAddress) && !IsOwnDomain(message.FromAddress))
        {
            // Office staff forwarding their own provider's referral: their signature gives the practice and numbers.
            var office = ReferrerReader.Read(forwarder, message.FromAddress, message.FromName);
            referrer = OfficeStaff.RefersInOwnRight(office, fromAddress) ? office with { Organization = office.Organization ?? referrer.Organization } : referrer with
            {
                Organization = referrer.Organization ?? office.Organization,
                Role = referrer.Organization is null && office.Organization is not null ? ReferrerRoles.FromSignature([office.Organization], office.Organization) ?? referrer.Role : referrer.Role,
                Phone = referrer.Phone ?? (office.Phone is { } desk ? new PhoneMention(desk, "", "").MainLine : null),
                Fax = referrer.Fax ?? office.Fax,
                // An EHR's no-reply mail shows no address of the provider's: the office's is how to reach them.
                Email = referrer.Email ?? office.Email,
            };
        }
        else if (forwarder is null && (text.FirstQuoted is { } first && OfficeStaff.WritesFor(text, first) ? (first, text.Forwarded()) : OfficeStaff.ProviderBelow(text, fromAddress))
            is ({ } provider, { } providerText))
        {
            // Office staff replying for their provider ("Clinical Assistant to Dr. Gregory Tran") above the provider's
            // own message: the provider refers, with the numbers of their own signature.
            var own = ReferrerReader.Read(providerText, provider.Email ?? fromAddress, provider.Name);
            var staff = referrer;
            referrer = OfficeStaff.WithDoctorNamedInNote(own with
            {
                Organization = own.Organization ?? staff.Organization,
                Phone = own.Phone ?? (staff.Phone is { } desk ? new PhoneMention(desk, "", "").MainLine : null),
                Fax = own.Fax ?? staff.Fax,
            }, text.Own);
            signals.Add("office staff writing for the provider quoted below");
        }

        if (forwarder is null && IsOwnStaff(fromAddress) && ThreadKeys.IsForward(message.Subject)
            && text.FirstQuoted is { Email: { } outside } sender && !IsOwnDomain(outside))
        {
            // The clinic's staff forwarding a referral within the clinic (a reply in the thread, so In-Reply-To is set):
            // the referrer is the original sender below, never the clinic.
            referrer = ReferrerReader.Read(text.Forwarded(), outside, sender.Name);
            signals.Add("the clinic's staff forwarding a referral: read from the original sender");
        }

        // The front desk forwarding what came by fax or phone, in its own words: the referrer is who the note names.
        var passedOn = forwarder is null && IsOwnStaff(fromAddress) && ThreadKeys.IsForward(message.Subject) && message.InReplyTo is null;
        if (passedOn)
        {
            referrer = PassedOnByStaff.Read(text.Own);
            signals.Add("the clinic's staff passing on a referral that came by fax or phone");
        }

        referrer = WithLetterheadNumbers(OfficeStaff.WithProviderAddress(referrer, text, message.FromAddress), text);
        if (IsOwnDomain(fromAddress) && referrer.Organization is { } clinicName && fromName?.Contains(clinicName, StringComparison.OrdinalIgnoreCase) == true)
        {
            // The clinic's own web form or fax relay: its name is the clinic's, not the sender's practice.
            referrer = referrer with { Organization = null };
        }

        referrer = WithoutOwnNumbers(referrer);
        var draftPatient = PatientReader.Read(text, referrer, selfReferral: false, fromName, message.ReceivedAt.Year, _ownNumbers, forwarder);
        var forPerson = message.Attachments.FirstOrDefault(a => a.NeedsPerson);
        var evidence = new Evidence(codes.Count > 0, draftPatient.Name is not null || draftPatient.DateOfBirth is not null || draftPatient.AgeYears is > 0, order is not null, referrer.Organization is not null)
        {
            AttachmentNeedsPerson = forPerson is not null,
        };
        var (kind, confidence) = KindRules.Decide(message, text, evidence, referrer.Role, signals);
        // (Staff passing on to intake a chain that never reached it, "this came to my personal inbox", refer nothing
        // themselves but bring the referral below.)
        if (kind is MessageKind.Referral or MessageKind.SelfReferral && IsOwnStaff(fromAddress) && !passedOn
            && !ThreadKeys.IsFirstForwardToUs(message, text.Quoted))
        {
            // The clinic's own staff writing (an internal referral, a confirmation copied back) is not a new referral to it.
            signals.Add("written by the clinic's own staff");
            kind = MessageKind.NotReferral;
        }

        if (kind != MessageKind.NotReferral && ClinicCorrespondence(message, text) is { } correspondence)
        {
            signals.Add(correspondence);
            kind = MessageKind.NotReferral;
        }

        if (forPerson is not null && kind != MessageKind.NotReferral)
        {
            signals.Add($"likely referral, attachment needs a person: {forPerson.FileName}" + (forPerson.Problem is { } problem ? $" ({problem})" : ""));
        }

        if (kind == MessageKind.NotReferral)
        {
            return new ReferralDetection(kind, confidence, signals, null, null, NoReferrer, NoPatient, [], null, false);
        }

        signals.AddRange(codes.Select(c => $"ICD-10 code {c}"));
        if (order is not null)
        {
            signals.Add(order);
        }

        var selfReferral = kind == MessageKind.SelfReferral
            || (referrer.Role is null && referrer.Organization is null && Vocabulary.SelfReferral.IsIn(text.All));
        if (selfReferral)
        {
            // "My daughter lives out of state" from a woman who fell is still the patient writing.
            var forSomeoneElse = Vocabulary.FamilyMember.IsIn(text.All) && !Vocabulary.AboutMyself.IsIn(text.Own);
            referrer = referrer with
            {
                Role = forSomeoneElse ? ReferrerRole.Family : ReferrerRole.Other,
                // "Her phone is ... but she doesn't hear it well": a relative's number given for the patient is not the writer's.
                Phone = referrer.Phone ?? PhoneNumbers.FindIn(text.Own).FirstOrDefault(p => !p.IsFax && !(forSomeoneElse && PatientReader.NamesThePatientsNumber(p.Label)))?.Number,
            };
        }

        // The draft read stands unless the referrer changed (a self-referral names the family as referrer).
        var patient = selfReferral
            ? PatientReader.Read(text, referrer, selfReferral, fromName, message.ReceivedAt.Year, _ownNumbers, forwarder)
            : draftPatient;
        var age = patient.AgeOn(DateOnly.FromDateTime(message.ReceivedAt.UtcDateTime));
        var (pathway, pathwayReason) = PathwayRules.Choose(text.All, referrer.Role, age, selfReferral, codes);
        signals.Add($"pathway {pathway.ToString().ToLowerInvariant()}: {pathwayReason}");
        var (urgency, urgencySignal) = UrgencyRules.Read(text.All, DateOnly.FromDateTime(message.ReceivedAt.DateTime));
        if (urgencySignal is not null)
        {
            signals.Add(urgencySignal);
        }

        var (contact, contactSignal) = ContactPreferenceReader.Read(text);
        if (contactSignal is not null)
        {
            signals.Add(contactSignal);
        }

        var detection = new ReferralDetection(
            kind, confidence, signals, pathway, urgency, referrer, patient, codes, ConcernReader.Read(text, patient.Name, pathway, forPerson is not null), order is not null)
        {
            Insurance = InsuranceReader.Read(text, forwarder),
            PreferredContact = contact,
        };
        return detection with { MissingItems = MissingItems.For(detection, text, message.Attachments, _rules.Checklist) };
    }

    /// <summary>
    /// The checklist items a message does not give, judged for <paramref name="pathway"/> (the pathway of the referral
    /// an update belongs to, which the update alone may not show).
    /// </summary>
    public IReadOnlyList<string> MissingItemsFor(IncomingMessage message, ReferralDetection detection, Pathway pathway)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(detection);
        var asUpdate = detection with { Kind = MessageKind.ReferralUpdate, Pathway = pathway };
        return MissingItems.For(asUpdate, MessageText.From(message), message.Attachments, _rules.Checklist);
    }

    // A letterhead or form header gives the practice's numbers on one line ("Office 555-640-2200  Fax 555-640-2290"):
    // the line that holds one of the referrer's numbers gives the other.
    private static Referrer WithLetterheadNumbers(Referrer referrer, MessageText text)
    {
        if ((referrer.Phone is null) == (referrer.Fax is null))
        {
            return referrer;
        }

        // A letterhead above the greeting ("Student Services · Tel ... · Fax ...") gives the fax a direct line lacks.
        if (referrer.Fax is null && PhoneNumbers.FindIn(string.Join('\n', text.Own.Split('\n', 5).Take(4))).Where(p => p.IsFax).ToList() is [var letterheadFax])
        {
            return referrer with { Fax = letterheadFax.Number };
        }

        var known = PhoneMention.DigitsOf(referrer.Phone ?? referrer.Fax!);
        foreach (var line in PhoneNumbers.FindIn(text.All).GroupBy(p => p.Line))
        {
            if (!line.Any(p => p.Digits == known))
            {
                continue;
            }

            var other = line.FirstOrDefault(p => p.Digits != known && p.IsFax == (referrer.Fax is null));
            if (other is not null)
            {
                return referrer.Fax is null ? referrer with { Fax = other.Number } : referrer with { Phone = other.MainLine };
            }
        }

        return referrer;
    }

    // A line or two above the signature ("please see below from Marcus. Let me know if you need anything else").
    private static bool IsPassingOn(MessageText hop) =>
        hop.Own.Split('\n').Where(l => !hop.Signature.Contains(l.Trim()))
            .Sum(l => l.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries).Length) <= 20;

    // "epiccarelink.lakeshorehealth.example" is the EHR of "lakeshorehealth.example": a subdomain is the same place.
    private static bool SameDomain(string a, string b)
    {
        if (a.LastIndexOf('@') is not (var i and > 0) || b.LastIndexOf('@') is not (var j and > 0))
        {
            return false;
        }

        var (first, second) = (a[(i + 1)..], b[(j + 1)..]);
        return first.Equals(second, StringComparison.OrdinalIgnoreCase)
            || first.EndsWith("." + second, StringComparison.OrdinalIgnoreCase)
            || second.EndsWith("." + first, StringComparison.OrdinalIgnoreCase);
    }

    // The clinic's own fax server, web form or portal passes on what others wrote; its staff write for themselves.
    private bool IsOwnStaff(string address) => IsOwnDomain(address) && !RelayMailbox.IsRelay(address);

    // The clinic's own side of a thread: its acknowledgement sent to a referrer (a copy lands in the shared box), or a
    // referrer's brief thanks for the appointment the clinic's message below confirmed. Neither adds to a referral.
    private string? ClinicCorrespondence(IncomingMessage message, MessageText text)
    {
        if (IsOwnDomain(message.FromAddress) && message.ToAddresses.Count > 0 && !message.ToAddresses.Any(IsOwnDomain))
        {
            return "the clinic's own mail to someone outside it";
        }

        var note = string.Join(' ', text.Own.Split('\n').Where(l => !text.Signature.Contains(l.Trim())));
        var addsNothing = message.Attachments.Count == 0 && note.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries).Length <= 30
            && !note.Contains('?', StringComparison.Ordinal) && PhoneNumbers.FindIn(note).Count == 0;
        // The clinic's message is quoted below, or only referred to: In-Reply-To holds a Message-ID of the clinic's domain.
        // A reply goes back to whoever wrote the message it quotes: quoted mail from the mailbox this reply is addressed
        // to is the clinic's, whether or not its domain is configured (a shared intake box, a second clinic domain).
        var toClinic = (text.FirstQuoted ?? ReferrerReader.OnWroteHeader(text.Quoted))?.Email is { } quoted
            && (IsOwnDomain(quoted) || message.ToAddresses.Contains(quoted, StringComparer.OrdinalIgnoreCase));
        var repliesToClinic = message.InReplyTo is { } inReplyTo && IsOwnDomain(inReplyTo.Trim('<', '>'));
        return addsNothing && (toClinic || repliesToClinic)
            && ((toClinic && Vocabulary.ClinicScheduled.IsIn(text.Quoted)) || Vocabulary.AppointmentAccepted.IsIn(note))
                ? "thanks for the appointment the clinic offered"
                : null;
    }

    private bool IsOwnDomain(string address) =>
        address.LastIndexOf('@') is var at and > 0 && _rules.OwnDomains.Contains(address[(at + 1)..], StringComparer.OrdinalIgnoreCase);

    private Referrer WithoutOwnNumbers(Referrer referrer) => referrer with
    {
        Phone = referrer.Phone is { } p && _ownNumbers.Contains(PhoneMention.DigitsOf(p)) ? null : referrer.Phone,
        Fax = referrer.Fax is { } f && _ownNumbers.Contains(PhoneMention.DigitsOf(f)) ? null : referrer.Fax,
    };
}
