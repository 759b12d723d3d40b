namespace OutreachBot.Host.Correspondence;

/// <summary>A letter template that cannot be used (missing, or with a placeholder OutreachBot does not know).</summary>
public sealed class LetterTemplateException : Exception
{
    public LetterTemplateException()
    {
    }

    public LetterTemplateException(string message)
        : base(message)
    {
    }

    public LetterTemplateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
