namespace OutreachBot.Clinic.Detection;

/// <summary>One line of the intake checklist: shown as missing when its check fails for a referral on its pathways.</summary>
public sealed record ChecklistItem(string Item, ChecklistCheck Check, IReadOnlyList<Pathway> Pathways)
{
    public static IReadOnlyList<ChecklistItem> Defaults { get; } =
    [
        new("signed order", ChecklistCheck.SignedOrder, [Pathway.Hand, Pathway.Neuro, Pathway.Adult]),
        new("IEP or 504 documents", ChecklistCheck.IepDocuments, [Pathway.School]),
        new("parent consent", ChecklistCheck.ParentConsent, [Pathway.School]),
        new("hospital discharge date", ChecklistCheck.DischargeDate, []),
        new("contact number for the patient or family", ChecklistCheck.ContactNumber, []),
        new("date of birth", ChecklistCheck.DateOfBirth, []),
        new("diagnosis or ICD-10 code", ChecklistCheck.Diagnosis, [Pathway.Hand, Pathway.Neuro]),
        new("insurance", ChecklistCheck.Insurance, []),
    ];
}

/// <summary>The facts a checklist item can ask for.</summary>
public enum ChecklistCheck
{
    /// <summary>A signed order, prescription or referral form attached or included.</summary>
    SignedOrder,

    /// <summary>IEP, 504 plan or evaluation report attached.</summary>
    IepDocuments,

    /// <summary>A parent's signed consent or release.</summary>
    ParentConsent,

    /// <summary>For a patient leaving hospital: the discharge date (only asked when the message mentions a discharge).</summary>
    DischargeDate,

    /// <summary>A phone number for the patient or family.</summary>
    ContactNumber,

    DateOfBirth,

    Diagnosis,

    Insurance,
}
