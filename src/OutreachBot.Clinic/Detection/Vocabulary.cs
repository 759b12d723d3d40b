namespace OutreachBot.Clinic.Detection;

/// <summary>The small dictionaries behind the first detection rules. Kept together so staff feedback is easy to apply.</summary>
internal static class Vocabulary
{
    public static readonly Phrases ReferralLanguage = new(
        "referral", "referring", "refer", "referred", "please evaluate and treat", "evaluate and treat", "eval and treat",
        "eval & treat", "eval & tx", "eval and tx", "evaluate & treat", "OT eval", "OT evaluation", "OT referral",
        "occupational therapy evaluation", "order for occupational therapy", "hand therapy", "outpatient OT",
        "please see", "please schedule", "evaluation request", "requesting an", "needs OT", "outside OT evaluation",
        "therapy orders", "request an evaluation", "please evaluate", "kindly evaluate", "evaluate for", "can you see",
        "could you see", "would you see", "can your clinic see", "could your clinic see", "can your team see",
        "could your team see", "can you fit", "could you fit", "can you evaluate", "could you evaluate", "sending her your way",
        "sending him your way", "sending them your way", "eval would be great", "evaluation would be great",
        "appreciate an appointment", "please assess",
        "pls eval", "please eval", "co-treat", "cotreat", "co-treatment", "your OTs involved", "OT involved", "involve OT",
        "new pt for you", "new patient for you", "pls see", "plz see", "pls evaluate", "OT for", "hand therapy for",
        // Hurried senders misspell the word itself ("student referal", "refering a patient").
        "referal", "refering", "refered");

    /// <summary>Recommendations and requests that refer only when a patient is named ("several patients would benefit from OT" is a question).</summary>
    public static readonly Phrases SoftReferralLanguage = new(
        "would benefit from OT", "would benefit from occupational therapy",
        "would benefit from an OT evaluation", "recommend OT", "recommend occupational therapy", "recommending OT",
        "recommending occupational therapy", "requesting OT", "requesting occupational therapy", "OT consult",
        "OT assessment", "occupational therapy assessment", "OT services", "occupational therapy services",
        "outpatient occupational therapy", "private OT", "schedule an evaluation", "schedule an OT evaluation",
        "would like her seen", "would like him seen", "would like her evaluated", "would like him evaluated",
        "please reach out to the family", "please contact the family", "get more help", "could get help", "get her help",
        "get him help", "more help outside", "help outside of school", "outside OT", "asked me to send this",
        "asked me to write to you", "asked me to reach out", "asked me to contact you", "asked me to forward",
        "asked me to email you", "asked me to e-mail you", "asked me to send you",
        "per parent request", "at the parent's request",
        // A colleague passing on a family's wish ("mom is asking about OT") for a child they name.
        "asking about OT", "asking about occupational therapy", "asked about OT", "asked about occupational therapy",
        "interested in OT", "interested in occupational therapy", "whenever you have an opening", "at the family's request", "at mom's request", "at dad's request");

    /// <summary>What an occupational-therapy clinic is asked for. A referral elsewhere (cardiology, a swallow study) has none of these.</summary>
    public static readonly Phrases OtService = new(
        "occupational therapy", "occupational therapist", "OT", "OTs", "O.T.", "OTR", "OTR/L", "hand therapy", "hand therapist", "CHT",
        "therapy", "therapist", "therapies", "eval & treat", "eval and treat", "evaluate and treat", "evaluate & treat",
        "eval & tx", "eval and tx", "orthosis", "splint", "splints", "splinting", "handwriting", "fine motor", "sensory processing",
        "ADL", "ADLs", "self-care", "feeding", "bathing", "dressing", "toileting", "grooming", "meal prep",
        "meal preparation", "meds mgmt", "medication management", "home safety", "energy conservation", "adaptive equipment",
        "joint protection", "grasp", "sensory eval", "sensory evaluation", "sensory integration", "sensory diet",
        "terapia ocupacional", "terapia", "terapeuta", "home safer", "house safer", "safer at home",
        // A hand surgeon's post-operative protocol is hand therapy by another name.
        "DBO", "dorsal blocking", "dorsal block splint", "early active motion", "early protected motion", "protected motion",
        "place and hold", "tendon protocol");

    /// <summary>Phrases of a consultant's letter back to the physician who referred to them, or of a history.</summary>
    public static readonly Phrases ReferralNarrative = new(
        "thank you for referring", "thank you for this referral", "thank you for allowing me", "thank you for the opportunity",
        "was referred", "were referred", "we received a referral", "we received an OT referral", "received a referral", "received an OT referral", "had been referred", "is referred by", "referred to me", "referred to us by", "who referred");

    public static readonly Phrases Clinical = new(
        "fine motor", "gross motor", "sensory", "feeding", "handwriting", "developmental delay", "autism", "ASD", "ADHD",
        "DCD", "cerebral palsy", "hypotonia", "torticollis", "prematurity", "NICU", "fracture", "fx", "ORIF", "distal radius",
        "tendon", "carpal tunnel", "CTS", "trigger finger", "arthroplasty", "orthosis", "splint", "ROM", "edema",
        "rotator cuff", "stroke", "CVA", "hemiparesis", "TBI", "brain injury", "concussion", "multiple sclerosis",
        "Parkinson", "Parkinson's", "ALS", "spinal cord injury", "SCI", "Guillain-Barre", "neuropathy", "ADLs", "ADL",
        "falls", "fall", "cognition", "home safety", "lymphedema", "energy conservation", "COPD", "CABG", "deconditioning",
        "s/p", "post-op", "dx", "diagnosis", "grip", "dressing", "bathing", "weakness", "aphasia", "dysphagia", "numbness",
        "tingling", "swelling", "swollen", "meltdowns", "picky", "lumpectomy", "surgery", "injury", "injured", "pain",
        "weak", "coordination", "writing", "scissors", "buttons", "utensils", "spoon", "eating", "dressed", "sprain",
        "strain", "concussion", "tremor", "balance", "finger", "thumb", "wrist", "elbow", "shoulder", "arthritis",
        "CMC", "mallet", "laceration", "release", "contracture", "hemiplegia", "memory", "endurance", "rheumatoid",
        "mastectomy", "chemo", "chemotherapy", "relapse", "relapsing", "clumsiness", "cognitive", "dementia", "sclerosis",
        "ulnar drift", "joint protection", "tenosynovitis", "epicondylitis", "amputation", "dexterity", "hemianopia",
        "neglect", "spasticity", "ataxia", "dyspraxia", "apraxia", "palsy", "brachial plexus", "frozen shoulder",
        "adhesive capsulitis", "toe-walking", "self-care");

    /// <summary>
    /// What a preschool tells a family ("can't hold a crayon right", "upset with loud noises"): a child's difficulty in a
    /// grandparent's words. Kept apart from <see cref="Clinical"/>, whose words also pick the concern's clauses.
    /// </summary>
    public static readonly Phrases ChildSigns = new("crayon", "crayons", "loud noises", "loud noise");

    /// <summary>What a patient cannot do or suffers from, in the words referrers and families use.</summary>
    public static readonly Phrases Deficits = new(
        "difficulty", "difficulties", "trouble", "unable", "cannot", "can't", "deficits", "deficit", "delay", "delays",
        "fatigue", "fatigued", "safety", "toileting", "toilet", "tooth brushing", "brushing teeth", "foods", "textures",
        "headaches", "dizziness", "attention", "planning", "sensitivities", "over-responsivity", "self-regulation",
        "regulation", "transitions", "apraxia", "low tone", "muscle tone", "posture", "syndrome", "disease", "disorder",
        "diagnosed", "repair", "contracture", "ligament", "stiffness", "shower", "showering", "tub", "cooking",
        "medications", "micrographia", "ergonomics", "pinch", "jars", "zippers", "shoelaces", "grasp", "clumsiness",
        "tremors", "spasticity", "neglect", "visual", "dyspnea", "short of breath", "oxygen", "housework", "IADLs",
        "IADL", "scar", "desensitization", "nerve glides", "tendon glides", "orthoses", "arthritis", "osteoarthritis",
        "hemiplegic", "hemiplegia", "weakness", "paralysis", "amputation", "burn", "wound", "pressure", "dropping",
        "drops", "falling", "near-falls", "afraid", "fear", "anxiety", "overwhelmed", "meltdowns", "tantrums",
        "picky eater", "gagging", "gags", "chewing", "refuses", "refusal", "cognitive", "executive function",
        "concentration", "memory loss", "confusion");

    /// <summary>A patient or family asking for care in plain words, rather than a clinician writing an order.</summary>
    public static readonly Phrases ServiceRequest = new(
        "occupational therapy", "OT", "therapy", "therapist", "evaluation", "eval", "be seen", "make an appointment",
        "set up", "get in", "appointment", "assessment", "help with", "help me", "can someone help", "terapia ocupacional", "terapia", "evaluación",
        "una cita", "ayuda",
        // Families misspell the words they ask with ("occupational therepy", "do i need a referal").
        "therepy", "theraphy", "referral", "referal", "come in", "get me in",
        "get her help", "get him help", "get them help", "help for her", "help for him",
        // A grandparent who describes what the child cannot do and asks the clinic to call asks for care.
        "please call me", "please give me a call", "please call us");

    public static readonly Phrases BodyNegative = new(
        "unsubscribe", "newsletter", "webinar", "invoice", "explanation of benefits", "remittance", "register now",
        "early-bird", "% off", "contact hours", "CEU", "view in browser", "manage preferences", "out of office",
        "out of the office", "automatic reply", "auto-reply", "appointment reminder", "password", "undeliverable",
        "call for proposals", "fieldwork", "resume", "now enrolling", "enrolling", "sponsored", "free trial", "demo", "SEO",
        "Google ranking", "search results", "marketing", "received a statement", "statement for", "my bill", "billing statement",
        "got denied", "was denied", "balance due", "prior authorization notice", "authorization determination",
        "not a guarantee of payment", "partner update", "partner relations", "need to cancel", "have to cancel",
        "cancel her", "cancel his", "cancel my", "cancel our", "cancel the appointment", "cancel today", "free shipping",
        "at checkout", "use code", "promo code", "discount code", "clearinghouse", "resubmit", "claim status",
        "confirms your appointment", "for your records", "current patient", "continue therapy as planned",
        "no changes to the Rx", "finished my therapy", "finished therapy", "finished her therapy", "finished his therapy",
        "my last session", "graduated from therapy", "graduated from OT", "graduated from occupational therapy",
        "graduated from hand therapy", "refer your clients", "refer your patients", "in-service lunch", "free in-service",
        "Dear Therapy Partner",
        // A cover note that passes pages on for the file ("FYI, no action needed") asks the clinic for nothing.
        "no action needed", "no action required",
        // A plan of care sent back for the physician's recertification is a current patient's paperwork.
        "recertification", "recert", "certification period", "no action needed on your end", "no action is needed on your end", "no action is needed", "no action is required", "FYI only",
        "for your information only");

    public static readonly Phrases Negative = new(
        "unsubscribe", "newsletter", "webinar", "invoice", "statement", "explanation of benefits", "EOB", "remittance",
        "out of office", "out of the office", "automatic reply", "auto-reply", "appointment reminder", "reminder:",
        "view in browser", "manage preferences", "early-bird", "register now", "CEU", "contact hours", "% off", "catalog",
        "password", "undeliverable", "undelivered", "delivery confirmation", "mailbox almost full", "survey", "5-star review",
        "call for proposals", "fieldwork", "resume", "application", "position", "prior authorization", "authorization approved",
        "adverse benefit determination", "claim", "ERA", "835", "payer", "records request", "request for medical records",
        "progress note", "plan of care", "POC", "reschedule", "cancel", "is scheduled", "has been scheduled", "secure message",
        "enrolling", "now accepting referrals", "now open", "lunch & learn", "in-service", "digest", "intake template",
        "progress report", "discharge summary request", "interpreter confirmed", "has been shared with you", "click here",
        "staff meeting", "numbers", "holiday hours", "is now accepting", "results available", "work restrictions",
        "release", "bill", "question about my bill", "disappointed", "openings", "provider notice", "policy update",
        "effective", "authorization determination", "determination", "partner update", "sale", "authorization decision",
        "appointment confirmation", "claim status", "rejected", "current patient");

    public static readonly Phrases Urgent = new(
        "urgent", "urgently", "ASAP", "as soon as possible", "STAT", "expedite", "expedited", "within 48 hours",
        "within 48 hrs", "within 24 hours", "within 72 hours", "time-sensitive", "time sensitive");

    public static readonly Phrases NotUrgent = new(
        "urgent care", "no rush", "not urgent", "non-urgent", "nonurgent",
        // "My cell is 555-0100 if it's urgent": how to reach the writer, not a request to hurry.
        "if it's urgent", "if it is urgent", "if urgent", "if anything is urgent", "if something is urgent");

    public static readonly Phrases SelfReferral = new(
        "my son", "my daughter", "my child", "my kid", "my grandson", "my granddaughter", "my mother", "my mom", "my father",
        "my dad", "my husband", "my wife", "my partner", "my twins", "my toddler", "our son", "our daughter", "our child", "our foster daughter", "our foster son", "our foster child", "my foster daughter", "my foster son", "foster parents", "foster mom", "foster dad", "my grandchild",
        "myself", "do you guys do", "do you guys see", "do you guys take", "do y'all do", "I hurt", "I injured", "I broke", "I had surgery", "I have been having", "I'm looking for", "I am looking for",
        "I'm hoping", "I am hoping", "do you see", "do you do", "my surgeon", "my doctor", "my neurologist", "my hand",
        "my right hand", "my left hand", "my wrist", "my arm", "my shoulder", "can I book", "can I schedule",
        "can I make an appointment", "I'd like to book", "I would like to book", "I'd like to schedule", "I would like to schedule",
        "do you take", "do you offer", "do you treat", "can you help", "relationship to patient", "your name", "child's name", "name of child", "child's date of birth",
        "parent/guardian name", "guardian name", "parent name", "my right wrist", "my left wrist", "my thumb",
        "my fingers", "my finger", "my elbow", "my neck", "I've had", "I have had", "I fell", "wrote me a prescription",
        "my ortho", "my PCP", "my dr", "got a script", "can I get in", "could I get in", "I live alone", "my right thumb", "my left thumb",
        "do I need a referral", "do I need a referal", "do we need a referral", "do we need a referal", "I'd like to come in",
        "I would like to come in", "can you get me in", "could you get me in", "live by myself", "can someone help", "mi hijo", "mi hija", "mi niño", "mi niña", "mi bebé",
        "mi nieto", "mi nieta", "mi esposo", "mi esposa", "mi mamá", "mi papá", "mi madre", "mi padre", "nuestro hijo",
        "nuestra hija");

    public static readonly Phrases FamilyMember = new(
        "my son", "my daughter", "my child", "my kid", "my grandson", "my granddaughter", "my mother", "my mom", "my father",
        "my dad", "my husband", "my wife", "my partner", "my twins", "my toddler", "our son", "our daughter", "our child", "foster daughter", "foster son", "foster child", "foster mom", "foster dad", "foster mother", "foster father", "grandchild",
        "mother", "father", "grandmother", "grandfather", "parent", "guardian", "wife", "husband", "daughter", "son",
        "mi hijo", "mi hija", "mi niño", "mi niña", "mi bebé", "mi nieto", "mi nieta", "mi esposo", "mi esposa", "mi mamá",
        "mi papá", "mi madre", "mi padre", "nuestro hijo", "nuestra hija");

    /// <summary>A writer who is the patient ("I fell", "my right wrist"), even when a relative is mentioned.</summary>
    public static readonly Phrases AboutMyself = new(
        "I fell", "I hurt", "I injured", "I broke", "I had surgery", "my wrist", "my right wrist", "my left wrist", "my hand",
        "my right hand", "my left hand", "my arm", "my shoulder", "my thumb", "my fingers", "my elbow", "I live alone",
        "live by myself", "for myself", "my right thumb", "my left thumb", "my thumbs");

    public static readonly Phrases OrderAttachedText = new(
        "signed order is attached", "signed order attached", "order is attached", "order attached", "Rx attached",
        "prescription attached", "prescription is attached", "referral form is attached", "referral form attached",
        "signed referral", "orders are attached", "signed orders", "order enclosed", "attached order", "attached referral",
        "attached prescription", "attached Rx", "see attached referral", "referral is attached", "signed prescription",
        "attached OT referral", "see attached OT referral", "order attched", "signed the attached order", "signed order",
        "signed OT order", "order is enclosed", "signed referral form");

    public static readonly Phrases OrderFileName = new(
        "order", "orders", "Rx", "prescription", "referral", "OTreferral", "script", "fax");

    public static readonly Phrases SchedulingOnly = new(
        "is scheduled", "has been scheduled", "we have scheduled", "see you", "confirmed for", "appointment is",
        "thank you for the referral", "thanks for the referral");

    /// <summary>A referrer's reply saying the family has the appointment the clinic offered.</summary>
    public static readonly Phrases AppointmentAccepted = new(
        "confirmed", "see you", "on her calendar", "on his calendar", "on their calendar", "on the calendar",
        "works for", "that time works", "will be there", "está bien", "me funciona", "nos funciona", "ahí estaremos",
        "allí estaremos", "confirmado");

    /// <summary>The clinic telling a referrer the evaluation is booked.</summary>
    public static readonly Phrases ClinicScheduled = new(
        "is scheduled", "has been scheduled", "we have scheduled", "we've scheduled", "we scheduled", "is booked",
        "has been booked", "we booked", "we've booked", "received and scheduled", "this confirms", "appointment is on", "evaluation is on", "is set for");

    public static readonly Phrases AddedFacts = new(
        "attached", "correction", "corrected", "update", "updated", "also", "additional", "records", "op note", "note");
}
