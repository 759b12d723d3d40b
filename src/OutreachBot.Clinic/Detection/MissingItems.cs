using System.Text.RegularExpressions;

namespace OutreachBot.Clinic.Detection;

/// <summary>Applies the intake checklist to what a referral message gave.</summary>
internal static partial class MissingItems
{
    public static IReadOnlyList<string> For(ReferralDetection detection, MessageText text, IReadOnlyList<MessageAttachment> attachments, IReadOnlyList<ChecklistItem> checklist)
    {
        if (detection.Kind is MessageKind.NotReferral || detection.Pathway is not { } pathway)
        {
            return [];
        }

        var names = string.Join('\n', attachments.Select(a => a.FileName.Replace('_', ' ')));
        var all = text.All + "\n" + names;
        var missing = new List<string>();
        foreach (var item in checklist.Where(i => i.Pathways.Count == 0 || i.Pathways.Contains(pathway)))
        {
            var present = item.Check switch
            {
                ChecklistCheck.SignedOrder => detection.OrderAttached,
                ChecklistCheck.IepDocuments => IepDocument().IsMatch(names) || IepAttached().IsMatch(all),
                ChecklistCheck.ParentConsent => Consent().IsMatch(all),
                ChecklistCheck.DischargeDate => !Discharge().IsMatch(all) || DischargeDate().IsMatch(all),
                ChecklistCheck.ContactNumber => detection.Patient.Phone is not null,
                ChecklistCheck.DateOfBirth => detection.Patient.DateOfBirth is not null || detection.Patient.AgeYears is not null,
                ChecklistCheck.Diagnosis => detection.Icd10Codes.Count > 0 || detection.Concern is not null,
                ChecklistCheck.Insurance => detection.Insurance is not null,
                _ => true,
            };
            if (!present)
            {
                missing.Add(item.Item);
            }
        }

        return missing;
    }

    [GeneratedRegex(@"\b(?:IEP|504|ETR|MFE|eval(?:uation)? report)\b", RegexOptions.IgnoreCase)]
    private static partial Regex IepDocument();

    [GeneratedRegex(@"(?:IEP|504(?: plan)?|evaluation report)[^.\n]{0,40}\b(?:attached|enclosed|included)|attached[^.\n]{0,40}\b(?:IEP|504)", RegexOptions.IgnoreCase)]
    private static partial Regex IepAttached();

    [GeneratedRegex(@"\b(?:parent(?:al)?|guardian)(?:'s)?\s+(?:signed\s+)?(?:consent|release|permission)|(?:consent|release)[^.\n]{0,30}\bsigned\b|signed by (?:a |the )?(?:parent|guardian)", RegexOptions.IgnoreCase)]
    private static partial Regex Consent();

    [GeneratedRegex(@"\bdischarg(?:e|ed|ing)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Discharge();

    [GeneratedRegex(@"\bdischarg\w*\b[^.\n]{0,40}?(?:\b\d{1,2}/\d{1,2}\b|\btoday\b|\btomorrow\b|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\b)", RegexOptions.IgnoreCase)]
    private static partial Regex DischargeDate();
}
