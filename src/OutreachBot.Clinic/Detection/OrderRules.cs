namespace OutreachBot.Clinic.Detection;

/// <summary>An order counts as attached when a file is named like one or the sender says a signed order is attached.</summary>
internal static class OrderRules
{
    public static string? Find(IReadOnlyList<MessageAttachment> attachments, string ownText)
    {
        foreach (var attachment in attachments)
        {
            // "OT_order_Jennings.pdf": separators become spaces so the words match on their boundaries.
            var words = attachment.FileName.Replace('_', ' ').Replace('-', ' ').Replace('.', ' ');
            if (Vocabulary.OrderFileName.FirstIn(words) is not null)
            {
                return $"order attached: {attachment.FileName}";
            }
        }

        return Vocabulary.OrderAttachedText.FirstIn(ownText) is { } phrase ? $"order attached: \"{phrase}\"" : null;
    }
}
