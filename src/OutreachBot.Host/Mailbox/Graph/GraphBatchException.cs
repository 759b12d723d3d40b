namespace OutreachBot.Host.Mailbox.Graph;

/// <summary>A request inside a JSON batch failed for good (still throttled after the retries, or refused).</summary>
public sealed class GraphBatchException : Exception
{
    public GraphBatchException()
    {
    }

    public GraphBatchException(string message)
        : base(message)
    {
    }

    public GraphBatchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
