namespace OutreachBot.Protocol.Authentication;

/// <summary>Reads the token out of an <c>Authorization: Bearer</c> header; any other scheme is refused.</summary>
internal static class BearerToken
{
    private const string Scheme = "Bearer";

    public static bool TryParse(string? authorizationHeader, out string token, out string failure)
    {
        token = string.Empty;
        failure = string.Empty;
        if (string.IsNullOrWhiteSpace(authorizationHeader))
        {
            failure = "Authorization header missing";
            return false;
        }

        var header = authorizationHeader.AsSpan().Trim();
        var space = header.IndexOf(' ');
        if (space < 0 && header.Equals(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            failure = "Bearer token missing";
            return false;
        }

        // Auth schemes are case-insensitive (RFC 9110 11.1).
        if (space <= 0 || !header[..space].Equals(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            failure = "Authorization scheme is not Bearer";
            return false;
        }

        var value = header[(space + 1)..].Trim();
        if (value.IsEmpty)
        {
            failure = "Bearer token missing";
            return false;
        }

        token = value.ToString();
        return true;
    }
}
