namespace OutreachBot.Clinic.Detection;

/// <summary>
/// The words that name a condition, an operation or an injury: what intake staff put first in a reason for referral
/// ("left MCA ischemic stroke with ...", "2 weeks s/p carpal tunnel release; ..."). Deficits and requests follow it.
/// </summary>
internal static class ConcernVocabulary
{
    public static readonly Phrases Conditions = new(
        "fracture", "fx", "ORIF", "Colles", "scaphoid", "repair", "release", "arthroplasty", "reconstruction", "fusion",
        "replacement", "amputation", "laceration", "crush injury", "injury", "sprain", "strain", "tear", "rupture",
        "dislocation", "tendonitis", "tendinitis", "tenosynovitis", "epicondylitis", "de Quervain", "trigger finger",
        "carpal tunnel", "cubital tunnel", "Dupuytren", "ganglion", "mallet", "boutonniere", "arthritis", "osteoarthritis",
        "rheumatoid", "stroke", "CVA", "MCA", "hemorrhage", "TBI", "brain injury", "concussion", "post-concussion",
        "multiple sclerosis", "Parkinson", "Parkinson's", "ALS", "spinal cord injury", "SCI", "Guillain-Barre",
        "neuropathy", "myopathy", "dementia", "cerebral palsy", "autism", "ASD", "ADHD", "developmental coordination disorder",
        "DCD", "developmental delay", "developmental delays", "fine motor delay", "global delay", "Down syndrome", "prematurity",
        "preemie", "premature", "torticollis", "hypotonia", "low muscle tone", "low tone", "dysgraphia", "dyspraxia",
        "apraxia", "failure to thrive", "sensory processing disorder", "lymphedema", "mastectomy", "lumpectomy", "cancer",
        "chemotherapy", "heart failure", "CHF", "COPD", "CABG", "pneumonia", "sepsis", "urosepsis", "COVID", "COVID-19",
        "deconditioning", "deconditioned", "debility", "hip fracture", "falls", "s/p", "status post", "post-op", "POD",
        "post-operative", "surgery", "syndrome", "disease", "disorder", "diagnosis", "hemiparesis", "hemiplegia",
        "diplegia", "quadriplegia", "tetraplegia", "rotator cuff", "frozen shoulder", "adhesive capsulitis", "burn",
        "diabetes", "amputee", "pulley", "ligament", "tendon", "nerve");

    /// <summary>What the sender asks OT to do: the plan words intake staff keep after the deficits.</summary>
    public static readonly Phrases Plans = new(
        "orthosis", "orthoses", "splint", "splints", "splinting", "protocol", "scar management", "desensitization",
        "energy conservation", "adaptive equipment", "home assessment", "home safety", "ADL training", "IADL training",
        "compression", "edema management", "strengthening", "return to work", "return to school", "strategies",
        "ergonomics", "nerve glides", "tendon glides", "joint protection", "DME", "self-regulation", "sensory processing",
        "visual motor", "visual-motor", "motor planning", "early active motion", "custom", "buddy taping", "ROM");
}
