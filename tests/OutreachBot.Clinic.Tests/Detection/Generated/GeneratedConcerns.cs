namespace OutreachBot.Clinic.Tests.Detection.Generated;

/// <summary>What the sender says is wrong, per pathway; the detector's concern reading is not scored here.</summary>
internal static class GeneratedConcerns
{
    public static string For(Random random, Pathway pathway, bool isMale)
    {
        var his = isMale ? "his" : "her";
        string[] options = pathway switch
        {
            Pathway.Pediatric =>
            [
                $"Concerns include poor pencil grasp, avoiding messy play and trouble with buttons and zippers.",
                $"Parents report picky eating, gagging with new textures and sensory seeking at daycare.",
                $"Recently diagnosed with autism; struggles with self-care routines and transitions.",
            ],
            Pathway.School =>
            [
                $"The IEP team is concerned about handwriting legibility, letter reversals and slow copying from the board.",
                $"Teachers report difficulty with scissors, organizing materials and staying regulated in class.",
                $"We are reviewing {his} 504 plan and would like an outside opinion on fine motor and sensory needs.",
            ],
            Pathway.Hand =>
            [
                $"Status post ORIF of a distal radius fracture on 10/28, with stiffness and decreased grip.",
                $"Right carpal tunnel release two weeks ago; please evaluate and treat.",
                $"Flexor tendon repair of the left index finger; needs a splint and the early motion protocol.",
            ],
            Pathway.Neuro =>
            [
                $"Left MCA stroke with right hemiparesis; needs help with ADLs and upper extremity function.",
                $"Parkinson's disease with declining handwriting and difficulty dressing.",
                $"Multiple sclerosis with fatigue and hand weakness affecting {his} work.",
            ],
            _ =>
            [
                $"Recently hospitalized for pneumonia; deconditioned and needs ADL retraining and fall prevention.",
                $"Total hip replacement, going home this week; needs bathroom safety and dressing training.",
                $"Breast cancer survivor with lymphedema and shoulder stiffness limiting self-care.",
            ],
        };
        return options[random.Next(options.Length)];
    }
}
