namespace OutreachBot.Mime;

/// <summary>
/// Thrown when a file is not a readable e-mail message. The message says why (no headers, no sender and no body,
/// not MIME) and never includes any of the content, which may hold patient information.
/// </summary>
public sealed class UnreadableMessageException : Exception
{
    public UnreadableMessageException()
        : base("The message could not be read.")
    {
    }

    public UnreadableMessageException(string message)
        : base(message)
    {
    }

    public UnreadableMessageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
