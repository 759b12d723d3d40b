namespace OutreachBot.Clinic.Detection;

/// <summary>Reads the sender's role from credentials and titles in the signature, then from the organization.</summary>
internal static class ReferrerRoles
{
    private static readonly (ReferrerRole Role, Phrases Words)[] ByTitle =
    [
        (ReferrerRole.CaseManager, new Phrases(
            "case manager", "case management", "care manager", "care coordinator", "service coordinator", "CCM", "ACM",
            "discharge planner", "discharge planning", "nurse case manager", "claims adjuster", "utilization")),
        (ReferrerRole.SocialWorker, new Phrases("LCSW", "LMSW", "LICSW", "LSW", "MSW", "social worker", "social work", "caseworker", "DCFS")),
        (ReferrerRole.SpeechLanguagePathologist, new Phrases("CCC-SLP", "SLP", "speech-language", "speech language pathologist", "speech therapist")),
        (ReferrerRole.PhysicalTherapist, new Phrases("DPT", "PT, DPT", "PT", "physical therapist", "physical therapy", "MPT")),
        (ReferrerRole.School, new Phrases(
            "elementary", "school", "USD", "CUSD", "ISD", "unified school district", "school district", "early learning", "teacher",
            "school psychologist", "NCSP", "principal", "IEP", "special education", "Ed.S.", "M.Ed.", "academy")),
        (ReferrerRole.Orthopedist, new Phrases("orthopaedic", "orthopedic", "orthopaedics", "orthopedics", "ortho", "hand surgery", "hand surgeon", "hand & wrist", "hand and wrist", "hand & upper extremity", "hand and upper extremity", "hand center", "hand clinic", "hand institute", "hand specialists", "bone & joint", "bone and joint", "orthopaedic surgery", "orthopedic surgery")),
        (ReferrerRole.Neurologist, new Phrases("neurology", "neurologist", "movement disorders", "neuromuscular", "neuroscience", "neurosciences")),
        (ReferrerRole.Pediatrician, new Phrases("pediatrics", "pediatric", "pediatrician", "FAAP", "children's", "kids", "peds",
            // The British spelling a doctor trained abroad writes ("Paediatrician").
            "paediatrics", "paediatric", "paediatrician",
            // A Spanish-speaking practice's department or title ("Clínica Familiar - Pediatría", "médico pediatra").
            "pediatría", "pediatria", "pediatra")),

        // A home-health or hospice nurse refers as "other" (LABELS.md); a case manager or therapist there is matched above.
        (ReferrerRole.Other, new Phrases("home health", "home healthcare", "home care", "visiting nurse", "VNA", "hospice", "home health nurse")),
    ];

    // Nurse practitioners and physician assistants by their many credentials ("AGACNP-BC", "PNP-PC", "CRNP").
    private static readonly Phrases MidLevel = new(
        "NP", "CPNP", "FNP", "FNP-C", "FNP-BC", "APRN", "PA-C", "PA", "DNP", "ARNP", "CNP", "CRNP", "NP-C", "ANP", "ANP-BC",
        "ACNP", "ACNP-BC", "AGACNP", "AGACNP-BC", "AGPCNP", "AGPCNP-BC", "AGNP", "AGNP-C", "PNP", "PNP-BC", "PNP-PC", "CPNP-PC",
        "CPNP-AC", "PMHNP", "PMHNP-BC", "WHNP", "WHNP-BC", "ENP", "MPAS", "MSPAS", "NNP", "NNP-BC", "PPCNP-BC", "nurse practitioner",
        "physician assistant");

    private static readonly Phrases SchoolSetting = new(
        "elementary", "middle school", "high school", "preschool", "school district", "unified school district", "USD", "CUSD",
        "ISD", "IEP", "special education", "504 coordinator", "student services", "academy");

    private static readonly Phrases LicensedSocialWorker = new("LCSW", "LSW", "LMSW", "LICSW", "LCSW-C", "LISW", "LCSW-R");

    private static readonly Phrases Physician = new(
        "MD", "M.D.", "DO", "D.O.", "physician", "medicine", "hospitalist", "physiatry", "PM&R", "cardiology", "oncology",
        // "Eastlake Family Med": a fax machine's station id shortens the practice's name.
        "family practice", "internal medicine", "FACP", "family med");

    // A children's doctor of one organ system ("Pediatric Gastroenterology & Nutrition") is one of the "other
    // physicians" (LABELS.md), not a pediatrician; children's neurologists and orthopedists keep their specialty.
    private static readonly Phrases PediatricSubspecialty = new(
        "pediatric gastroenterology", "pediatric GI", "pediatric cardiology", "pediatric pulmonology", "pediatric endocrinology",
        "pediatric nephrology", "pediatric hematology", "pediatric oncology", "pediatric rheumatology", "pediatric allergy",
        "pediatric gastroenterologist", "pediatric cardiologist", "pediatric pulmonologist", "pediatric endocrinologist");

    private static readonly Phrases PhysicianCredential = new("MD", "M.D.", "DO", "D.O.");

    // "Jane Roe, MD | Northfield Neurology, PA": the credentials are those before the first bar.
    private static string NamePart(string line) => line.IndexOf('|', StringComparison.Ordinal) is var bar and > 0 ? line[..bar] : line;

    /// <summary>Whether the name's credentials are a nurse practitioner's or a physician assistant's ("Kelly Ames, PA-C").</summary>
    public static bool IsMidLevel(string? name) => name is not null && MidLevel.IsIn(NamePart(name));

    /// <summary>Whether the name's credentials are a physician's, a nurse practitioner's or a physician assistant's.</summary>
    public static bool IsProvider(string? name) => name is not null && (MidLevel.IsIn(NamePart(name)) || PhysicianCredential.IsIn(NamePart(name)));

    public static ReferrerRole? FromSignature(IReadOnlyList<string> signature, string? organization)
    {
        if (signature.Count == 0)
        {
            return null;
        }

        var text = string.Join('\n', signature.Take(6));
        // The name line is the first, or the second after a first name alone ("Ximena" above "Ximena Northcott, PA-C");
        // a practice's ", PA" (professional association) on a later line is no physician assistant.
        var nameLine = signature.Count > 1 && !signature[0].Contains(' ', StringComparison.Ordinal) ? NamePart(signature[1]) : NamePart(signature[0]);
        var isMidLevel = MidLevel.IsIn(NamePart(signature[0])) || (nameLine != NamePart(signature[0]) && MidLevel.IsIn(nameLine));
        if (LicensedSocialWorker.IsIn(nameLine))
        {
            // "Pam Voight, LCSW" above "Discharge Planning": the licence says what she is, the department where she works.
            return ReferrerRole.SocialWorker;
        }

        // "Dr. Tamsin Wexler" above "Pediatrician": the title is a doctor's.
        var isPhysician = Physician.IsIn(text) || isMidLevel || signature[0].StartsWith("Dr.", StringComparison.Ordinal) || signature[0].StartsWith("Dr ", StringComparison.Ordinal);
        foreach (var (role, words) in ByTitle)
        {
            if (!words.IsIn(text))
            {
                continue;
            }

            // "Special Education Case Manager, Cedar Grove Elementary": anything school staff send is the school's.
            if (role == ReferrerRole.CaseManager && SchoolSetting.IsIn(text))
            {
                return ReferrerRole.School;
            }

            // Physician specialties need a physician; office staff of an orthopedic practice are read as writing for it.
            if (role is ReferrerRole.Orthopedist or ReferrerRole.Neurologist or ReferrerRole.Pediatrician)
            {
                if (isMidLevel)
                {
                    return ReferrerRole.Physician;
                }

                if (role == ReferrerRole.Pediatrician && isPhysician && PediatricSubspecialty.IsIn(text))
                {
                    return ReferrerRole.Physician;
                }

                if (isPhysician || (organization is not null && words.IsIn(organization)))
                {
                    return role;
                }

                continue;
            }

            return role;
        }

        return isPhysician ? ReferrerRole.Physician : null;
    }
}
