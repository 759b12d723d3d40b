using System.Text.RegularExpressions;

namespace OutreachBot.Clinic.Detection;

/// <summary>Routes a referral to a service line from its words, the patient's age and who sent it.</summary>
internal static partial class PathwayRules
{
    private static readonly (Pathway Pathway, Phrases Words)[] Keywords =
    [
        (Pathway.Pediatric, new Phrases(
            "pediatric", "pediatrics", "fine motor", "gross motor", "sensory", "feeding", "picky eater", "autism", "ASD",
            "developmental", "milestones", "toddler", "preschool", "kindergarten", "NICU", "prematurity", "preterm",
            "early intervention", "torticollis", "hypotonia", "DCD", "developmental coordination", "well-child", "infant",
            "pencil grasp", "handwriting", "cerebral palsy",
            // A county's early-childhood referral line: it serves children up to school age.
            "Help Me Grow")),
        (Pathway.School, new Phrases("IEP", "504", "school team", "student", "school-based", "grade", "principal", "teacher")),
        (Pathway.Hand, new Phrases(
            "hand therapy", "hand therapist", "CHT", "OT/hand therapy", "OT/hand", "OT/CHT", "distal radius", "wrist", "finger", "thumb", "tendon", "carpal tunnel",
            "CTS", "trigger finger", "ORIF", "scaphoid", "metacarpal", "phalanx", "elbow", "forearm", "rotator cuff", "RCR",
            "shoulder", "CMC", "de Quervain", "Dupuytren", "orthosis", "splint", "epicondylitis", "pulley", "crush injury",
            "hand surgery", "upper extremity", "Colles", "boxer", "right hand", "left hand", "both hands", "joint protection",
            "K-wire", "TFCC", "ganglion", "PIP", "DIP", "MCP", "ulnar", "humerus", "clavicle", "biceps", "FDP", "FDS", "dorsal blocking", "DBO")),
        (Pathway.Neuro, new Phrases(
            "stroke", "CVA", "MCA", "hemiparesis", "hemiplegia", "TBI", "brain injury", "concussion", "multiple sclerosis",
            "MS", "Parkinson", "Parkinson's", "ALS", "amyotrophic", "spinal cord injury", "SCI", "Guillain-Barre", "GBS",
            "neurology", "neurologic", "neurological", "aphasia", "neuropathy", "tremor", "myasthenia", "Huntington",
            "cerebral infarction", "infarct", "intracerebral hemorrhage", "subarachnoid hemorrhage", "left neglect",
            "ataxia", "dysarthria",
            // Neurologic diseases named as senders write them: without the apostrophe ("Parkinsons disease"), and the
            // rarer movement and spinal cord disorders whose ADL and fall words would otherwise outvote them.
            "Parkinsons", "parkinsonism", "supranuclear palsy", "movement disorder", "dystonia", "transverse myelitis",
            "myelitis", "neuromyelitis", "demyelinating", "CIDP")),
        (Pathway.Adult, new Phrases(
            "ADL", "ADLs", "falls", "fall", "home safety", "cognition", "cognitive", "COPD", "cardiac", "CABG", "oncology",
            "cancer", "lymphedema", "energy conservation", "deconditioning", "deconditioned", "hip", "THA", "TKA",
            "knee", "post-COVID", "long COVID", "fatigue", "dementia", "bathing", "Medicare", "elderly")),
    ];

    private static readonly Phrases Chemotherapy = new("chemo", "chemotherapy", "chemotherapy-induced", "CIPN", "G62.0", "oncology");

    private static readonly Phrases Diabetes = new("diabetic", "diabetes", "DM", "DM2", "T2DM", "DM II", "E11.40", "E11.42", "E10.42");

    // ICD-10 categories that name a service line on their own: strokes and other neurologic disease, injuries and
    // disorders of the wrist and hand, developmental disorders of childhood.
    private static readonly (string Prefix, Pathway Pathway)[] CodeCategories =
    [
        ("I60", Pathway.Neuro), ("I61", Pathway.Neuro), ("I62", Pathway.Neuro), ("I63", Pathway.Neuro), ("I69", Pathway.Neuro),
        ("G20", Pathway.Neuro), ("G35", Pathway.Neuro), ("G12", Pathway.Neuro), ("G61", Pathway.Neuro), ("G81", Pathway.Neuro),
        ("S06", Pathway.Neuro), ("S14", Pathway.Neuro),
        // Huntington's and hereditary ataxias, other movement disorders (G23 supranuclear palsy, G24 dystonia), other
        // demyelinating disease (G36, G37 transverse myelitis), myasthenia, paraplegia and tetraplegia.
        ("G10", Pathway.Neuro), ("G11", Pathway.Neuro), ("G23", Pathway.Neuro), ("G24", Pathway.Neuro),
        ("G36", Pathway.Neuro), ("G37", Pathway.Neuro), ("G70", Pathway.Neuro), ("G82", Pathway.Neuro),
        ("S52", Pathway.Hand), ("S53", Pathway.Hand), ("S56", Pathway.Hand), ("S59", Pathway.Hand), ("S60", Pathway.Hand),
        ("S61", Pathway.Hand), ("S62", Pathway.Hand), ("S63", Pathway.Hand), ("S64", Pathway.Hand), ("S66", Pathway.Hand),
        ("S67", Pathway.Hand), ("S68", Pathway.Hand), ("M18", Pathway.Hand), ("M65.3", Pathway.Hand), ("M72.0", Pathway.Hand),
        ("G56", Pathway.Hand), ("M19.04", Pathway.Hand), ("M77.0", Pathway.Hand), ("M77.1", Pathway.Hand), ("M75", Pathway.Hand),
        ("F82", Pathway.Pediatric), ("F84", Pathway.Pediatric), ("F88", Pathway.Pediatric), ("R62", Pathway.Pediatric),
        ("F80", Pathway.Pediatric), ("Q90", Pathway.Pediatric), ("G80", Pathway.Pediatric), ("P07", Pathway.Pediatric),
    ];

    public static (Pathway Pathway, string Reason) Choose(string text, ReferrerRole? role, int? age, bool selfReferral) =>
        Choose(text, role, age, selfReferral, []);

    /// <summary>As the other overload; each ICD-10 code of a category that names a service line counts as one of its words.</summary>
    public static (Pathway Pathway, string Reason) Choose(string text, ReferrerRole? role, int? age, bool selfReferral, IReadOnlyList<string> codes)
    {
        var scores = Keywords.ToDictionary(k => k.Pathway, k => k.Words.AllIn(text));
        foreach (var code in codes)
        {
            foreach (var (prefix, pathway) in CodeCategories)
            {
                if (code.StartsWith(prefix, StringComparison.Ordinal))
                {
                    scores[pathway] = [.. scores[pathway], $"ICD-10 {code}"];
                    break;
                }
            }
        }

        // "Ms. Osterhout" is no multiple sclerosis: the abbreviation counts only in capitals.
        if (scores[Pathway.Neuro].Contains("MS", StringComparer.OrdinalIgnoreCase) && !MultipleSclerosis().IsMatch(text))
        {
            scores[Pathway.Neuro] = [.. scores[Pathway.Neuro].Where(w => !w.Equals("MS", StringComparison.OrdinalIgnoreCase))];
        }

        // Neuropathy from diabetes (DM2 w/ neuropathy, E11.42) or chemotherapy (CIPN) is a complication adult rehab
        // treats, not neurologic disease.
        if (scores[Pathway.Neuro] is ["neuropathy"] && (Diabetes.IsIn(text) || Chemotherapy.IsIn(text)))
        {
            scores[Pathway.Neuro] = [];
        }

        if (role == ReferrerRole.School)
        {
            return (Pathway.School, "sent by school staff");
        }

        // A teenager's injured hand or a brain injury is seen by those service lines, not for development; so is a
        // child's fracture an orthopedist sends.
        if ((age is >= 10 and < 18 && role != ReferrerRole.Pediatrician) || (age is < 18 && role == ReferrerRole.Orthopedist))
        {
            // A neurologist's referral counts one more neurologic word, an orthopedist's one more hand word, as for adults.
            var specialty = new[] { Pathway.Hand, Pathway.Neuro }.Select(p => (Pathway: p, Words: scores[p])).MaxBy(s => s.Words.Count);
            var bonus = (specialty.Pathway == Pathway.Neuro && role == ReferrerRole.Neurologist)
                || (specialty.Pathway == Pathway.Hand && role == ReferrerRole.Orthopedist) ? 1 : 0;
            if (specialty.Words.Count + bonus > scores[Pathway.Pediatric].Count)
            {
                return (specialty.Pathway, $"age {age}, {specialty.Pathway.ToString().ToLowerInvariant()} words: {string.Join(", ", specialty.Words.Take(3))}");
            }
        }

        if (age is < 18 || role == ReferrerRole.Pediatrician)
        {
            // A parent asking about school skills still goes to the pediatric clinic.
            return (Pathway.Pediatric, age is < 18 ? $"child, age {age}" : "referred by a pediatrician");
        }

        // On a tie a neurologic diagnosis wins over the hand it affects ("a small stroke ... my left hand is clumsy").
        var adultLines = new[] { Pathway.Neuro, Pathway.Hand, Pathway.Adult };
        var candidates = age is >= 18 ? adultLines : [Pathway.Pediatric, .. adultLines];
        if (!selfReferral && role is not null && age is null)
        {
            candidates = role switch
            {
                ReferrerRole.Orthopedist => [Pathway.Hand, Pathway.Adult],
                ReferrerRole.Neurologist => [Pathway.Neuro, Pathway.Pediatric],
                _ => candidates,
            };
        }

        // Adult rehab is the line for what no specialty line takes: its words (ADLs, falls, cognition) are what a
        // stroke or a brain injury costs too, so a neurologic diagnosis is not outvoted by them.
        var best = candidates
            .Select(p => (Pathway: p, Words: scores[p]))
            .OrderByDescending(s => s.Words.Count + (s.Pathway == Pathway.Neuro && role == ReferrerRole.Neurologist ? 2 : 0)
                + (s.Pathway == Pathway.Hand && role == ReferrerRole.Orthopedist ? 1 : 0)
                + (s.Pathway == Pathway.Neuro && s.Words.Count > 0 ? 1 : 0))
            .First();
        if (best.Words.Count == 0)
        {
            // A fax or note that says nothing of the patient but comes from an orthopedic practice ("CSID: RIDGECREST
            // ORTHO", "Harbor Bone & Joint", a coordinator at "Lakeview Orthopedic Surgery") is the hand line's.
            return role == ReferrerRole.Orthopedist || (role is (null or ReferrerRole.Physician) && !selfReferral && OrthopedicPractice().IsMatch(text))
                ? (Pathway.Hand, "referred by an orthopedic office")
                : role == ReferrerRole.Neurologist ? (Pathway.Neuro, "referred by a neurologist")
                : (Pathway.Adult, "no pathway words; adult by default");
        }

        return (best.Pathway, $"{best.Pathway.ToString().ToLowerInvariant()} words: {string.Join(", ", best.Words.Take(3))}");
    }

    [GeneratedRegex(@"\bortho(?:p(?:a)?ed(?:ics?|ist))?\b|\bbone\s*(?:&|and)?\s*joint\b", RegexOptions.IgnoreCase)]
    private static partial Regex OrthopedicPractice();

    [GeneratedRegex(@"\bMS\b(?!\.)")]
    private static partial Regex MultipleSclerosis();
}
