using System.Text.RegularExpressions;

namespace OutreachBot.Clinic.Detection;

/// <summary>The person who filled in a web form ("Your name: ...", "Email: ..."), relayed by a no-reply mailbox.</summary>
internal static partial class WebFormContact
{
    public static (string? Name, string? Email)? Read(string own)
    {
        var email = FormEmail().Match(own);
        // A bare "Name:" is the person filling in the form when the form also asks for their e-mail.
        var form = FormContact().Match(own);
        if (!form.Success && email.Success)
        {
            form = BareName().Match(own);
        }

        if (!form.Success)
        {
            return null;
        }

        return (form.Groups["name"].Value.Trim(), email.Success ? email.Groups["email"].Value : null);
    }

    // "Your name: Ann Roe", and a form that puts each answer under its question ("Parent/guardian name:\nAnn Roe").
    [GeneratedRegex(@"^[ \t]*(?:your|parent(?:'s)?(?:[ \t]*/[ \t]*guardian(?:'s)?)?|guardian(?:'s)?|contact|requester(?:'s)?|caller(?:'s)?|sender(?:'s)?)(?:[ \t]+full)?[ \t]+name[ \t]*:[ \t]*(?:\n[ \t]*)?(?<name>\p{Lu}[\p{L}'’\-]+(?:[ \t]+\p{Lu}[\p{L}'’\-.]*){1,3})[ \t]*$|^[ \t]*submitted[ \t]+by[ \t]*:[ \t]*(?:\n[ \t]*)?(?<name>\p{Lu}[\p{L}'’\-]+(?:[ \t]+\p{Lu}[\p{L}'’\-.]*){1,3})[ \t]*$", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex FormContact();

    [GeneratedRegex(@"^[ \t]*(?:full[ \t]+)?name[ \t]*:[ \t]*(?:\n[ \t]*)?(?<name>\p{Lu}[\p{L}'’\-]+(?:[ \t]+\p{Lu}[\p{L}'’\-.]*){1,3})[ \t]*$", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex BareName();

    [GeneratedRegex(@"^[ \t]*(?:your[ \t]+|parent[ \t]+|contact[ \t]+)?e-?mail(?:[ \t]+address)?[ \t]*:[ \t]*(?:\n[ \t]*)?(?<email>[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex FormEmail();
}
