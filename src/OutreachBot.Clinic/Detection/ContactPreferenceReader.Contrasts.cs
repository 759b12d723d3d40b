using System.Text.RegularExpressions;

namespace OutreachBot.Clinic.Detection;

internal static partial class ContactPreferenceReader
{
    // A web form's question with the answer after it, on the same line or the next: "Best way to reach you: Text
    // message", "Best way to contact you?:\nEmail". "Best time to reach you" asks when, not how.
    [GeneratedRegex(@"\bbest\s+(?:way|method)\s+to\s+(?:reach|contact)\s+(?:you|the\s+family|the\s+parents?|\w+)\s*\??\s*:\s*" + How, Options)]
    private static partial Regex BestWayField();

    // "she likes texts best", "mom likes email better".
    [GeneratedRegex(@"\blikes?\s+" + How + @"\s+(?:the\s+)?(?:best|better)\b", Options)]
    private static partial Regex LikesBest();

    // "call her, not email", "text me not call": one way named against the other.
    [GeneratedRegex(@"\b(?<how>call|text|e-?mail|phone)\s+(?:(?:her|him|me|them|us|mom|dad)\s*)?,?\s*(?:and\s+)?not\s+(?:by\s+)?(?:an?\s+)?" + AnyWay + @"\b", Options)]
    private static partial Regex NotTheOther();

    // "(555) 402-0000 - phone only please", "text only, please". A signature's "Available by phone only" has no plea and no
    // number before it.
    [GeneratedRegex(@"\d{4}\s*[-–—,(]\s*(?:by\s+)?(?<how>phone|calls?|texts?|e-?mail)\s+only\b|\b(?<how>phone|calls?|texts?|e-?mail)\s+only,?\s*(?:please|pls)\b", Options)]
    private static partial Regex OnlyPlease();
}
